import { parseAnswers } from '../../core/answers/parse';
import { architectureToMarkdown } from '../../core/architecture/markdown';
import { recommend } from '../../core/architecture/recommend';
import { toMermaid } from '../../core/diagram/mermaid';
import { LOCALES, type Locale } from '../../core/locales';
import { explainArchitecture } from '../../core/rules/explain';
import { RULE_EXPLANATIONS } from '../../core/rules/explanations';
import type { CliCommand } from '../command';
import { choose, readCommandArgs } from '../flags';
import { inputError, onlyAnswersFile, readJsonFile, usageError } from '../problems';

export const RECOMMEND_FORMATS = ['markdown', 'json', 'mermaid'] as const;
type RecommendFormat = (typeof RECOMMEND_FORMATS)[number];

const USAGE = `Usage: lakewise recommend <answers.json> [--locale pt-BR|en] [--format markdown|json|mermaid]

Reads a customer's answers and prints the recommended AWS analytics architecture:
  markdown  components with their rationale, data flows, alternatives, warnings,
            sizing inputs and the Mermaid diagram (default)
  json      the architecture model, its explanations in the chosen locale
            and the diagram, for other tools
  mermaid   the diagram source only

--locale defaults to the answers' own locale.
Exit codes: 0 printed, 1 the answers file is unreadable or invalid, 2 bad usage.
`;

export const command: CliCommand = {
  async run(args, io) {
    const parsed = readCommandArgs(args, { locale: { type: 'string' }, format: { type: 'string' } }, io, USAGE, (message) => usageError(io, 'recommend', message, USAGE));
    if (typeof parsed === 'number') return parsed;
    const file = onlyAnswersFile(parsed.positionals);
    if (typeof file === 'object') return usageError(io, 'recommend', file.problem, USAGE);
    const localeFlag = choose<Locale>('locale', parsed.values.locale, LOCALES);
    if (typeof localeFlag === 'object') return usageError(io, 'recommend', localeFlag.problem, USAGE);
    const formatFlag = choose<RecommendFormat>('format', parsed.values.format, RECOMMEND_FORMATS);
    if (typeof formatFlag === 'object') return usageError(io, 'recommend', formatFlag.problem, USAGE);

    const read = await readJsonFile(file);
    if (!read.ok) return inputError(io, 'recommend', read.message);
    const answers = parseAnswers(read.value, file);
    if (!answers.ok) return inputError(io, 'recommend', answers.error.message);

    if (answers.migratedFrom !== undefined) {
      io.stderr(`lakewise recommend: note: ${file} uses answers version ${answers.migratedFrom}; read as the current version (lakewise answers migrate ${file} prints it updated)\n`);
    }
    const locale = localeFlag ?? answers.answers.locale;
    const { opportunity } = answers.answers;
    const model = recommend(answers.answers);
    const diagram = toMermaid(model, { locale, customerName: opportunity.customerName });
    const format = formatFlag ?? 'markdown';
    if (format === 'mermaid') io.stdout(diagram.text);
    else if (format === 'json') io.stdout(`${JSON.stringify({ locale, model, explanation: explainArchitecture(model, locale, RULE_EXPLANATIONS[locale]), diagram }, null, 2)}\n`);
    else {
      io.stdout(
        architectureToMarkdown(model, {
          locale,
          customerName: opportunity.customerName,
          industry: opportunity.industry,
          region: opportunity.region,
          mermaid: diagram.text,
        }),
      );
    }
    return 0;
  },
};
