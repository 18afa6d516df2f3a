import { answersJsonSchema } from '../../core/answers/json-schema';
import { parseAnswers } from '../../core/answers/parse';
import { answersTemplate } from '../../core/answers/template';
import { LOCALES, type Locale } from '../../core/locales';
import type { CliCommand } from '../command';
import { choose, readCommandArgs } from '../flags';
import { inputError, readJsonFile, usageError } from '../problems';

const USAGE = `Usage: lakewise answers <subcommand>

  schema                         print the JSON Schema of the answers format
  template [--locale pt-BR|en]   print a filled example answers file (default en)
  check <answers.json>           validate a file; names every wrong field
  migrate <answers.json>         print an older file in the current version

Exit codes: 0 done, 1 the answers file is unreadable or invalid, 2 bad usage.
`;

const SUBCOMMANDS = ['schema', 'template', 'check', 'migrate'] as const;

export const command: CliCommand = {
  async run(args, io) {
    const parsed = readCommandArgs(args, { locale: { type: 'string' } }, io, USAGE, (message) => usageError(io, 'answers', message, USAGE));
    if (typeof parsed === 'number') return parsed;
    const [subcommand, ...rest] = parsed.positionals;
    if (subcommand === undefined) return usageError(io, 'answers', 'missing the subcommand', USAGE);
    if (!(SUBCOMMANDS as readonly string[]).includes(subcommand)) {
      return usageError(io, 'answers', `unknown subcommand ${JSON.stringify(subcommand)}; expected one of ${SUBCOMMANDS.join(', ')}`, USAGE);
    }
    const takesFile = subcommand === 'check' || subcommand === 'migrate';
    if (takesFile ? rest.length !== 1 : rest.length !== 0) {
      return usageError(io, 'answers', takesFile ? `${subcommand} expects one answers file` : `${subcommand} takes no file`, USAGE);
    }
    if (parsed.values.locale !== undefined && subcommand !== 'template') return usageError(io, 'answers', `--locale applies to template only`, USAGE);

    if (subcommand === 'schema') {
      io.stdout(`${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
      return 0;
    }
    if (subcommand === 'template') {
      const locale = choose<Locale>('locale', parsed.values.locale, LOCALES);
      if (typeof locale === 'object') return usageError(io, 'answers', locale.problem, USAGE);
      io.stdout(`${JSON.stringify(answersTemplate(locale ?? 'en'), null, 2)}\n`);
      return 0;
    }

    const file = rest[0]!;
    const read = await readJsonFile(file);
    if (!read.ok) return inputError(io, 'answers', read.message);
    const answers = parseAnswers(read.value, file);
    if (!answers.ok) return inputError(io, 'answers', answers.error.message);
    if (subcommand === 'check') {
      const version = answers.migratedFrom === undefined ? '' : ` (version ${answers.migratedFrom}, readable as the current version)`;
      io.stdout(`${file}: valid answers${version}\n`);
    } else {
      io.stdout(`${JSON.stringify(answers.answers, null, 2)}\n`);
    }
    return 0;
  },
};
