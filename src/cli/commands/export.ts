import { resolve } from 'node:path';
import { choose, PRICING_FLAG_OPTIONS, pricingFlagsProblem, readCommandArgs } from '../flags';
import { parseAnswers } from '../../core/answers/parse';
import { formatUsd } from '../../core/cost/number-format';
import { downloadName, EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from '../../core/export/formats';
import { LOCALES, type Locale } from '../../core/locales';
import { PRICING_REGIONS, type RegionCode } from '../../core/pricing/regions';
import { parseUsageOverrides } from '../../core/sizing/assumptions';
import { SIZING_PRESETS, type SizingPreset } from '../../core/sizing/usage-schema';
import { renderExport } from '../../export/artifacts';
import { launchExportBrowser, type ExportBrowser } from '../../export/browser';
import { prepareExport } from '../../export/prepare';
import { prepareFileTarget, writeFileAtomic } from '../../local-pipeline/atomic';
import type { CliCommand } from '../command';
import { inputError, onlyAnswersFile, readJsonFile, usageError } from '../problems';

const USAGE = `Usage: lakewise export <answers.json> [--format ${EXPORT_FORMATS.join('|')}]
                       [--locale pt-BR|en] [--region CODE] [--out FILE|-]
                       [--preset small|medium|large] [--set key=value ...] [--free-tier]
                       [--brl-rate 5.40 --brl-date YYYY-MM-DD] [--no-cdk]

Writes the proposal for the answers, or one of the artifacts behind it, from the same
architecture, diagram and estimate that lakewise recommend and lakewise estimate print:
  pdf     the proposal, A4, printed by headless Chromium (default)
  md      the proposal as Markdown          html   the proposal as one web page
  svg     the diagram, vector               png    the diagram as an image
  mmd     the diagram's Mermaid source      drawio the diagram, editable in diagrams.net
  csv     the cost lines for spreadsheets   json   the whole proposal as data
  zip     all of the above, cost.json, answers.json (without seller notes), the CDK app
          and CloudFormation template (synthesized; takes tens of seconds) and manifest.json

  --locale   language of the documents (default: the answers' locale)
  --region   ${PRICING_REGIONS.join(', ')} (default: the answers' region when priced)
  --out      file to write (default: ./lakewise-<name>); "-" prints a text format
  --preset, --set, --free-tier, --brl-rate, --brl-date   as in lakewise estimate
  --no-cdk   leave the CDK app and template out of the ZIP (fast)

Seller notes never appear in an export. Files are written to a temporary name and renamed.
Exit codes: 0 written, 1 invalid answers or usage values, 2 bad usage.
`;


function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** Formats that are not text, so they cannot go to standard output. */
const BINARY_FORMATS: ReadonlySet<ExportFormat> = new Set(['pdf', 'png', 'zip']);

/** The project folder (content/, src/deploy/): this file is src/cli/commands/export.ts. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..');

export const command: CliCommand = {
  async run(args, io) {
    const parsed = readCommandArgs(
      args,
      {
        ...PRICING_FLAG_OPTIONS,
        format: { type: 'string' },
        out: { type: 'string' },
        'no-cdk': { type: 'boolean' },
      },
      io,
      USAGE,
      (message) => usageError(io, 'export', message, USAGE),
    );
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const format = choose<ExportFormat>('format', values.format, EXPORT_FORMATS);
    if (typeof format === 'object') return usageError(io, 'export', format.problem, USAGE);
    const localeFlag = choose<Locale>('locale', values.locale, LOCALES);
    if (typeof localeFlag === 'object') return usageError(io, 'export', localeFlag.problem, USAGE);
    const preset = choose<SizingPreset>('preset', values.preset, SIZING_PRESETS);
    if (typeof preset === 'object') return usageError(io, 'export', preset.problem, USAGE);
    const pricingProblem = pricingFlagsProblem(values);
    if (pricingProblem !== undefined) return usageError(io, 'export', pricingProblem, USAGE);
    const file = onlyAnswersFile(positionals);
    if (typeof file === 'object') return usageError(io, 'export', file.problem, USAGE);
    const chosenFormat = format ?? 'pdf';
    if (values['no-cdk'] && chosenFormat !== 'zip') return usageError(io, 'export', '--no-cdk only applies to --format zip', USAGE);
    if (values.out === '-' && BINARY_FORMATS.has(chosenFormat)) return usageError(io, 'export', `--out -: ${chosenFormat} is binary; write it to a file`, USAGE);

    const overrides = parseUsageOverrides(values.set ?? []);
    const read = await readJsonFile(file);
    if (!read.ok) return inputError(io, 'export', read.message);
    const answers = parseAnswers(read.value, file);
    if (!answers.ok) return inputError(io, 'export', answers.error.message);
    if (answers.migratedFrom !== undefined) {
      io.stderr(`lakewise export: note: ${file} uses answers version ${answers.migratedFrom}; read as the current version\n`);
    }

    const target = values.out === '-' ? undefined : resolve(values.out ?? downloadName(chosenFormat));
    // A PDF or a ZIP takes seconds to render: an unwritable --out is reported before, not after.
    if (target !== undefined) await prepareFileTarget(target);

    // Chromium and Mermaid load while the proposal is computed.
    let browser: Promise<ExportBrowser> | undefined = EXPORT_FILES[chosenFormat].needsBrowser ? launchExportBrowser() : undefined;
    try {
      const prepared = await prepareExport(
        answers.answers,
        {
          ...(localeFlag === undefined ? {} : { locale: localeFlag }),
          ...(values.region === undefined ? {} : { region: values.region as RegionCode }),
          ...(preset === undefined ? {} : { preset }),
          overrides,
          freeTier: values['free-tier'] ?? false,
          ...(values['brl-rate'] === undefined || values['brl-date'] === undefined ? {} : { exchangeRate: { brlPerUsd: values['brl-rate'], date: values['brl-date'] } }),
        },
        PROJECT_ROOT,
      );
      const { proposal } = prepared;
      if (proposal.pricing.unpricedRegion !== undefined) {
        io.stderr(`lakewise export: note: the answers name ${proposal.pricing.unpricedRegion}, which has no price snapshot; priced in ${proposal.pricing.region} (use --region to choose)\n`);
      }
      const result = await renderExport(prepared, chosenFormat, {
        browser: () => (browser ??= launchExportBrowser()),
        projectRoot: PROJECT_ROOT,
        includeCdk: !(values['no-cdk'] ?? false),
      });
      for (const note of result.notes) io.stderr(`lakewise export: note: ${note}\n`);
      const { bytes } = result.file;
      const summary = `${proposal.model.components.length} components, ${formatUsd(proposal.estimate.totals.expectedUsd, 'en')} per month in ${proposal.estimate.region}`;
      if (target === undefined) {
        io.stdout(new TextDecoder().decode(bytes));
        io.stderr(`lakewise export: ${chosenFormat}, ${sizeText(bytes.byteLength)}: ${summary}\n`);
      } else {
        await writeFileAtomic(target, bytes);
        io.stdout(`Wrote ${target} (${sizeText(bytes.byteLength)}): ${summary}.\n`);
      }
      return 0;
    } finally {
      if (browser !== undefined) await (await browser.catch(() => undefined))?.close();
    }
  },
};
