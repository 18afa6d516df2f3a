import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseAnswersOrThrow } from '../../core/answers/parse';
import { recommend } from '../../core/architecture/recommend';
import { InputError } from '../../core/errors';
import { answersHash } from '../../deploy/answers-hash';
import { planLocalPipeline } from '../../local-pipeline/plan';
import { QUERY_LIMITS, queryLocalRun } from '../../local-pipeline/query';
import { REPORT_FILE, runLocalPipeline, type LocalPipelinePlan, type LocalRunReport } from '../../local-pipeline/run';
import { formatQueryResult, formatRunReport } from '../../local-pipeline/terminal-format';
import { readCommandArgs } from '../flags';
import { onlyAnswersFile, readJsonFileOrThrow, usageError } from '../problems';
import type { CliCommand } from '../command';

const USAGE = `Usage: lakewise run-local <answers.json> [--out <dir>] [--rows <n>] [--bad-rows <share>]
                          [--as-of <YYYY-MM-DD>] [--query <id or sql>]

Runs the recommended pipeline on this machine with DuckDB, no AWS account needed:
sample records for the customer's sources (some deliberately bad) land in bronze as
received (CSV, JSON lines), are typed, checked and deduplicated into silver (bad records
quarantined with the reason), and aggregated into gold for the architecture's consumers,
all as Parquet under <dir>. A reconciliation shows received = silver + quarantined.
Re-running with the same answers and options rewrites identical gold files.

  --out       output folder (default: .lakewise/local-run)
  --rows      records to generate across all sources, at least one per sample dataset
              (default: 20000)
  --bad-rows  share of records made bad or hostile, 0 to 0.5 (default: 0.02)
  --as-of     last day the sample covers (default: 2025-11-30)
  --query     run an example query by id, or one SELECT of your own over the gold and
              silver tables, after the run (reuses an existing run with the same options);
              other statements are refused, and a query stops after ${QUERY_LIMITS.timeLimitSeconds} s
              with at most ${QUERY_LIMITS.maxRows} rows printed

Exit codes: 0 done, 1 invalid answers or records lost, 2 bad usage.
`;

function numberFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new InputError(`--${name}: expected a number, received ${JSON.stringify(value)}`);
  return parsed;
}

/** A finished run in `outDir` made from exactly this plan, if there is one. */
async function existingRun(outDir: string, plan: LocalPipelinePlan): Promise<LocalRunReport | undefined> {
  try {
    const report = JSON.parse(await readFile(join(outDir, REPORT_FILE), 'utf8')) as LocalRunReport;
    const same = report.answersHash === plan.answersHash && report.rows === plan.rows && report.asOf === plan.asOf && report.badRowRate === plan.badRowRate;
    return same ? report : undefined;
  } catch {
    return undefined;
  }
}

export const command: CliCommand = {
  async run(args, io) {
    const parsed = readCommandArgs(
      args,
      {
        out: { type: 'string' },
        rows: { type: 'string' },
        'bad-rows': { type: 'string' },
        'as-of': { type: 'string' },
        query: { type: 'string' },
      },
      io,
      USAGE,
      (message) => usageError(io, 'run-local', message, USAGE),
    );
    if (typeof parsed === 'number') return parsed;
    const { values } = parsed;
    const file = onlyAnswersFile(parsed.positionals);
    if (typeof file === 'object') return usageError(io, 'run-local', file.problem, USAGE);
    const answers = parseAnswersOrThrow(await readJsonFileOrThrow(file), file);
    const model = recommend(answers);
    const plan = planLocalPipeline(answers, model, answersHash(answers), {
      rows: numberFlag('rows', values.rows),
      badRowRate: numberFlag('bad-rows', values['bad-rows']),
      asOf: values['as-of'],
    });
    const outDir = resolve(values.out ?? join('.lakewise', 'local-run'));

    let report = values.query === undefined ? undefined : await existingRun(outDir, plan);
    if (report === undefined) {
      const result = await runLocalPipeline(plan, outDir);
      report = result.report;
      io.stdout(formatRunReport(report, outDir, result.timings));
    }
    if (values.query !== undefined) {
      const example = report.queries.find((query) => query.id === values.query);
      const sql = example?.sql ?? values.query;
      io.stdout(`\n${example ? `${example.title.en}\n` : ''}${sql}\n\n`);
      try {
        io.stdout(formatQueryResult(await queryLocalRun(outDir, sql)));
      } catch (error) {
        throw new InputError(`--query: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    return report.balanced ? 0 : 1;
  },
};
