import { choose, PRICING_FLAG_OPTIONS, pricingFlagsProblem, readCommandArgs } from '../flags';
import { parseAnswers } from '../../core/answers/parse';
import { recommend } from '../../core/architecture/recommend';
import { calendarDayIn } from '../../core/calendar';
import { estimateCost } from '../../core/cost/estimate';
import { ESTIMATE_FORMATS, type EstimateFormat, formatEstimate } from '../../core/cost/format-estimate';
import { LOCALES, type Locale } from '../../core/locales';
import { createPriceBook } from '../../core/pricing/price-book';
import { DEFAULT_PRICING_REGION, isRegionCode, PRICING_REGIONS, type RegionCode } from '../../core/pricing/regions';
import { parseUsageOverrides, resolveAssumptions } from '../../core/sizing/assumptions';
import { SIZING_PRESETS, type SizingPreset, USAGE_KEYS, USAGE_SCHEMA, type UsageDefinition } from '../../core/sizing/usage-schema';
import { loadBundledSnapshot } from '../../data/price-snapshot/bundled';
import { readSnapshot } from '../../pricing-client/snapshot-store';
import type { CliCommand, CliIo } from '../command';
import { inputError, onlyAnswersFile, readJsonFile, usageError } from '../problems';

const USAGE = `Usage: lakewise estimate <answers.json> [--region CODE] [--format table|json|csv|markdown]
                         [--locale pt-BR|en] [--preset small|medium|large] [--set key=value ...]
                         [--free-tier] [--brl-rate 5.40 --brl-date YYYY-MM-DD] [--snapshot-dir DIR]
       lakewise estimate --list-usage [--locale pt-BR|en]

Recommends the architecture for the answers (as lakewise recommend does) and prices it from the
dated price snapshot: every line with its quantity, unit price, formula, SKU and price date;
"not priced" with the reason where the data has no price; a low/high range; a 10× growth view.

  --region      ${PRICING_REGIONS.join(', ')} (default: the answers' region, else ${DEFAULT_PRICING_REGION})
  --format      table (default), json, csv or markdown
  --locale      language of the text (default: the answers' locale)
  --preset      defaults for what the customer did not say (default: medium)
  --set         override one usage quantity, e.g. --set events_per_second=500 (repeatable;
                camelCase or snake_case; --list-usage shows every key)
  --free-tier   subtract AWS Free Tier allowances (off by default)
  --brl-rate    BRL per USD you read on --brl-date; adds BRL next to USD
  --snapshot-dir  read prices from this folder instead of the bundled snapshot

Exit codes: 0 printed, 1 invalid answers, usage values or price snapshot, 2 bad usage.
`;

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function listUsage(locale: Locale): string {
  const lines = [`Usage keys (--set key=value; presets ${SIZING_PRESETS.join(' / ')}):`, ''];
  for (const key of USAGE_KEYS) {
    const definition = USAGE_SCHEMA[key] as UsageDefinition;
    const defaults =
      definition.kind === 'choice'
        ? `${definition.options.join(' | ')}; default ${SIZING_PRESETS.map((preset) => definition.preset[preset]).join(' / ')}`
        : definition.preset !== undefined
          ? `${definition.unit[locale]}; default ${SIZING_PRESETS.map((preset) => (definition.preset as Record<SizingPreset, number>)[preset]).join(' / ')}`
          : `${definition.unit[locale]}; derived`;
    lines.push(`  ${snakeCase(key)} (${key})`, `      ${definition.label[locale]} — ${defaults}`, `      ${definition.defaultSource[locale]}`);
  }
  return `${lines.join('\n')}\n`;
}


export const command: CliCommand = {
  async run(args, io: CliIo) {
    const parsed = readCommandArgs(
      args,
      {
        ...PRICING_FLAG_OPTIONS,
        format: { type: 'string' },
        'snapshot-dir': { type: 'string' },
        'list-usage': { type: 'boolean' },
      },
      io,
      USAGE,
      (message) => usageError(io, 'estimate', message, USAGE),
    );
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const localeFlag = choose<Locale>('locale', values.locale, LOCALES);
    if (typeof localeFlag === 'object') return usageError(io, 'estimate', localeFlag.problem, USAGE);
    if (values['list-usage']) {
      io.stdout(listUsage(localeFlag ?? 'en'));
      return 0;
    }
    const formatFlag = choose<EstimateFormat>('format', values.format, ESTIMATE_FORMATS);
    if (typeof formatFlag === 'object') return usageError(io, 'estimate', formatFlag.problem, USAGE);
    const presetFlag = choose<SizingPreset>('preset', values.preset, SIZING_PRESETS);
    if (typeof presetFlag === 'object') return usageError(io, 'estimate', presetFlag.problem, USAGE);
    const pricingProblem = pricingFlagsProblem(values);
    if (pricingProblem !== undefined) return usageError(io, 'estimate', pricingProblem, USAGE);
    const file = onlyAnswersFile(positionals);
    if (typeof file === 'object') return usageError(io, 'estimate', file.problem, USAGE);

    const overrides = parseUsageOverrides(values.set ?? []);
    const read = await readJsonFile(file);
    if (!read.ok) return inputError(io, 'estimate', read.message);
    const answers = parseAnswers(read.value, file);
    if (!answers.ok) return inputError(io, 'estimate', answers.error.message);

    const answeredRegion = answers.answers.opportunity.region;
    let region: RegionCode;
    if (values.region !== undefined) region = values.region as RegionCode;
    else if (answeredRegion === undefined) {
      region = DEFAULT_PRICING_REGION;
      io.stderr(`lakewise estimate: note: the answers name no region; priced in ${region} (use --region to choose)\n`);
    } else if (isRegionCode(answeredRegion)) region = answeredRegion;
    else {
      return inputError(io, 'estimate', `${file}: opportunity.region "${answeredRegion}" has no price snapshot (have ${PRICING_REGIONS.join(', ')}); pass --region to price it in one of them`);
    }

    const model = recommend(answers.answers);
    const assumptions = resolveAssumptions(model.sizing, { ...(presetFlag === undefined ? {} : { preset: presetFlag }), overrides });
    const snapshot = values['snapshot-dir'] === undefined ? await loadBundledSnapshot(region) : await readSnapshot(values['snapshot-dir'], region);
    const estimate = estimateCost(model, assumptions, createPriceBook(snapshot), {
      freeTier: values['free-tier'] ?? false,
      // The day on this machine's calendar, so a rate read today is accepted until local midnight (see `EstimateOptions.today`).
      ...(values['brl-rate'] === undefined || values['brl-date'] === undefined ? {} : { exchangeRate: { brlPerUsd: values['brl-rate'], date: values['brl-date'] }, today: calendarDayIn(new Date()) }),
    });
    io.stdout(formatEstimate(estimate, formatFlag ?? 'table', localeFlag ?? answers.answers.locale));
    return 0;
  },
};
