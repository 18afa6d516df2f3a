import Big from 'big.js';
import type { ArchitectureModel } from '../architecture/model';
import { catalogService, type ServiceId } from '../catalog/services';
import { isCalendarDay } from '../calendar';
import { InputError, type SchemaIssue } from '../errors';
import type { Layer } from '../layers';
import type { UnitLabel } from '../i18n/unit-label';
import type { Localized } from '../locales';
import type { PriceBook } from '../pricing/price-book';
import type { RegionCode } from '../pricing/regions';
import { type Assumptions, scaledUsageReader, type UsageProvenance, type UsageScale, usageReader } from '../sizing/assumptions';
import { USAGE_KEYS, USAGE_SCHEMA, type UsageDefinition, type UsageKey } from '../sizing/usage-schema';
import type { CostLine } from './cost-line';
import { checkModelContract, type ComponentStatus, type EngineComponent, runPricing } from './engine';
import { FREE_TIER_ALLOWANCES } from './free-tier';
import { localized } from './line-draft';
import { centsString, Money, plainString, roundToCents, ZERO } from './money';

export interface ExchangeRate {
  /** BRL per 1 USD as a decimal string, e.g. "5.40". */
  readonly brlPerUsd: string;
  /** YYYY-MM-DD the user read the rate on. */
  readonly date: string;
}

export interface EstimateOptions {
  /** Subtract AWS Free Tier allowances (off by default: a production account rarely has them to spare). */
  readonly freeTier?: boolean;
  /** Also show BRL at this user-entered rate; USD is always shown. */
  readonly exchangeRate?: ExchangeRate;
  /**
   * Today (YYYY-MM-DD) for the person who typed the rate: a rate dated after it is refused.
   * Needed with `exchangeRate`, since the core has no clock. It is the user's own calendar
   * day, not UTC's: at 22:00 on 5 December in São Paulo, UTC is already on the 6th, and the
   * seller must be able to enter the 5th but not the 6th. The CLI and the wizard pass the day in
   * their machine's time zone; the export server, which does not know the user's zone, passes
   * the newest day begun anywhere (`EARLIEST_TIME_ZONE`), refusing only what is future for all.
   */
  readonly today?: string;
}

export interface ComponentEstimate {
  readonly componentId: string;
  readonly serviceId: ServiceId;
  readonly serviceName: string;
  readonly role: string;
  readonly roleLabel: Localized;
  readonly layer: Layer;
  readonly pricingPage: string;
  readonly status: ComponentStatus;
  readonly reason?: Localized;
  /** Sum of the component's rounded priced lines. */
  readonly usd: string;
  readonly brl?: string;
  readonly lines: readonly CostLine[];
}

export interface NotPricedItem {
  readonly componentId: string;
  readonly serviceId: ServiceId;
  /** Absent when the whole component is not priced. */
  readonly lineId?: string;
  readonly name: Localized;
  readonly reason: Localized;
}

export interface AssumptionRow {
  readonly key: UsageKey;
  readonly label: Localized;
  readonly value: string;
  readonly unit?: UnitLabel;
  readonly provenance: UsageProvenance;
  readonly defaultSource: Localized;
}

/** A value the user set (`--set`, or inline in the wizard) that no cost line read. */
export interface UnusedOverride {
  readonly key: UsageKey;
  readonly label: Localized;
  /** As the user gave it. */
  readonly value: string;
  readonly unit?: UnitLabel;
}

export interface SensitivityRow {
  readonly componentId: string;
  readonly serviceId: ServiceId;
  readonly usd: string;
  readonly usdAtScale: string;
  /** usdAtScale ÷ usd, two decimals; null when the component costs nothing today. */
  readonly growth: string | null;
  /** Percent of the scaled total, two decimals. */
  readonly shareAtScale: string;
}

export interface Sensitivity {
  readonly factor: number;
  /** Keys multiplied (those that grow with data). */
  readonly scaledKeys: readonly UsageKey[];
  readonly totalUsd: string;
  /** Components by cost at scale, largest first. */
  readonly rows: readonly SensitivityRow[];
  /** The component that costs most at scale, if any is priced. */
  readonly dominant: string | null;
}

export interface Estimate {
  readonly region: RegionCode;
  readonly priceSnapshotGeneratedAt: string;
  readonly currency: 'USD';
  readonly freeTier: { readonly applied: boolean; readonly allowances: readonly { readonly label: Localized; readonly source: string }[] };
  readonly components: readonly ComponentEstimate[];
  readonly totals: {
    /** Sum of every rounded priced line. */
    readonly expectedUsd: string;
    readonly lowUsd: string;
    readonly highUsd: string;
    /** True when some charges are not priced: the real bill will be higher. */
    readonly excludesUnpriced: boolean;
    readonly pricedLines: number;
    readonly notPricedItems: number;
  };
  /** How the low and high totals were computed. */
  readonly band: { readonly low: Localized; readonly high: Localized };
  readonly notPriced: readonly NotPricedItem[];
  readonly sensitivity: Sensitivity;
  readonly assumptions: readonly AssumptionRow[];
  /**
   * Overrides no cost line read, because nothing in this architecture uses them (an events rate
   * without a streaming source). Not an error: the wizard keeps overrides while answers change.
   */
  readonly unusedOverrides: readonly UnusedOverride[];
  /** Newest price date per Price List service code the lines used. */
  readonly priceDates: readonly { readonly serviceCode: string; readonly priceDate: string; readonly priceDateKind: 'published' | 'retrieved' }[];
  readonly exclusions: readonly Localized[];
  readonly brl?: { readonly brlPerUsd: string; readonly date: string; readonly expected: string; readonly low: string; readonly high: string };
}

/**
 * How far the band reaches. A figure the customer gave (or the user set) is their own estimate:
 * −20 % / +25 %. A default is a guess: half to double.
 */
const BAND_FACTORS: Record<'low' | 'high', Record<UsageProvenance, Big>> = {
  low: { override: new Money('0.8'), answer: new Money('0.8'), preset: new Money('0.5'), derived: new Money('0.5') },
  high: { override: new Money('1.25'), answer: new Money('1.25'), preset: new Money(2), derived: new Money(2) },
};
const GROWTH = new Money(10);

export const SENSITIVITY_FACTOR = 10;

const bandScale = (side: 'low' | 'high'): UsageScale => (_key, definition, provenance) => (definition.uncertain ? BAND_FACTORS[side][provenance] : 1);
const growthScale: UsageScale = (_key, definition) => (definition.growsWithData ? GROWTH : 1);

const GROWING_KEYS = USAGE_KEYS.filter((key) => {
  const definition = USAGE_SCHEMA[key] as UsageDefinition;
  return definition.kind === 'number' && definition.growsWithData;
});

const EXCLUSIONS: readonly Localized[] = [
  localized(
    'Data transfer out to the internet, between Availability Zones and between Regions: those prices are not in the price data.',
    'Transferência de dados para a internet, entre zonas de disponibilidade e entre regiões: esses preços não estão nos dados de preço.',
  ),
  localized(
    'On-Demand list prices only: no Savings Plans, Reserved Instances, private pricing, taxes or support plan.',
    'Apenas preços de tabela On-Demand: sem Savings Plans, instâncias reservadas, preços privados, impostos ou plano de suporte.',
  ),
];

const BAND: Estimate['band'] = {
  low: localized('Usage the customer gave ×0.8, defaults ×0.5', 'Uso informado pelo cliente ×0,8, padrões ×0,5'),
  high: localized('Usage the customer gave ×1.25, defaults ×2', 'Uso informado pelo cliente ×1,25, padrões ×2'),
};

function validateExchangeRate(rate: ExchangeRate, today: string | undefined): void {
  if (today === undefined || !isCalendarDay(today)) throw new Error(`an exchange rate is checked against today as YYYY-MM-DD, received ${JSON.stringify(today)}`);
  const issues: SchemaIssue[] = [];
  if (!/^\d+(\.\d+)?$/.test(rate.brlPerUsd) || new Money(rate.brlPerUsd).lte(0)) {
    const message = `exchange rate: expected BRL per USD as a positive decimal such as 5.40, received "${rate.brlPerUsd}"`;
    issues.push({ path: ['exchangeRate', 'brlPerUsd'], message, problem: { kind: 'not-a-rate' } });
  }
  if (!isCalendarDay(rate.date)) {
    const message = `exchange rate date: expected a calendar day as YYYY-MM-DD, received "${rate.date}"`;
    issues.push({ path: ['exchangeRate', 'date'], message, problem: { kind: 'not-a-day' } });
  } else if (rate.date > today) {
    // Both are YYYY-MM-DD, so the text order is the calendar order.
    const message = `exchange rate date: ${rate.date} is in the future (today is ${today}); give the day you read the rate`;
    issues.push({ path: ['exchangeRate', 'date'], message, problem: { kind: 'after-today', day: rate.date, today } });
  }
  if (issues.length > 0) throw new InputError(issues.map((issue) => issue.message).join('\n'), issues);
}

function sum(components: readonly EngineComponent[]): Big {
  let total: Big = ZERO;
  for (const component of components) total = total.plus(component.subtotal);
  return total;
}

/** The keys the cost lines read, and the keys those were derived from. */
function usedKeys(assumptions: Assumptions, components: readonly EngineComponent[]): Set<UsageKey> {
  const used = new Set<UsageKey>();
  const visit = (key: UsageKey) => {
    if (used.has(key)) return;
    used.add(key);
    for (const dependency of assumptions.dependencies[key] ?? []) visit(dependency);
  };
  for (const component of components) for (const line of component.lines) line.usageKeys.forEach(visit);
  return used;
}

function unusedOverrides(assumptions: Assumptions, used: ReadonlySet<UsageKey>): UnusedOverride[] {
  return USAGE_KEYS.flatMap((key) => {
    const value = assumptions.overrides[key];
    if (value === undefined || used.has(key)) return [];
    const definition = USAGE_SCHEMA[key] as UsageDefinition;
    return [{ key, label: definition.label, value, ...(definition.kind === 'number' ? { unit: definition.unit } : {}) }];
  });
}

function assumptionRows(assumptions: Assumptions, used: ReadonlySet<UsageKey>): AssumptionRow[] {
  return USAGE_KEYS.filter((key) => used.has(key)).map((key) => {
    const definition = USAGE_SCHEMA[key] as UsageDefinition;
    const value = assumptions.values[key];
    return {
      key,
      label: definition.label,
      value: typeof value === 'string' ? value : plainString(value),
      ...(definition.kind === 'number' ? { unit: definition.unit } : {}),
      provenance: assumptions.provenance[key],
      defaultSource: definition.defaultSource,
    };
  });
}

/**
 * Growth factors and shares are shown to two decimals: the quotient is cut there, once, half up,
 * rather than carried to Money's 28 places and rounded again.
 */
const Ratio = Big();
Ratio.DP = 2;
Ratio.RM = Big.roundHalfUp;

function sensitivityRows(expected: readonly EngineComponent[], grown: readonly EngineComponent[], grownTotal: Big): SensitivityRow[] {
  return grown
    .map((result, index) => {
      const base = (expected[index] as EngineComponent).subtotal;
      return {
        componentId: result.component.id,
        serviceId: result.component.serviceId as ServiceId,
        usd: centsString(base),
        usdAtScale: centsString(result.subtotal),
        growth: base.eq(0) ? null : new Ratio(result.subtotal).div(base).toFixed(2),
        shareAtScale: grownTotal.eq(0) ? '0.00' : new Ratio(result.subtotal).times(100).div(grownTotal).toFixed(2),
        at: result.subtotal,
      };
    })
    .sort((a, b) => b.at.cmp(a.at) || (a.componentId < b.componentId ? -1 : 1))
    .map(({ at: _at, ...row }) => row);
}

/**
 * The monthly cost of an architecture: one priced, dated, explained line per billing dimension,
 * "not priced" (never $0) where the price data has no price, a low/high band from the
 * assumptions, a 10× data-growth view and optional BRL. Pure: same inputs, same cents.
 */
export function estimateCost(model: ArchitectureModel, assumptions: Assumptions, prices: PriceBook, options: EstimateOptions = {}): Estimate {
  checkModelContract(model);
  if (options.exchangeRate !== undefined) validateExchangeRate(options.exchangeRate, options.today);
  const freeTier = options.freeTier ?? false;
  const rate = options.exchangeRate === undefined ? undefined : new Money(options.exchangeRate.brlPerUsd);
  const toBrl = rate === undefined ? undefined : (usd: Big) => roundToCents(usd.times(rate));
  const expected = runPricing(model, usageReader(assumptions), prices, freeTier, true, toBrl);
  const low = sum(runPricing(model, scaledUsageReader(assumptions, bandScale('low')), prices, freeTier, false));
  const high = sum(runPricing(model, scaledUsageReader(assumptions, bandScale('high')), prices, freeTier, false));
  const grown = runPricing(model, scaledUsageReader(assumptions, growthScale), prices, freeTier, false);
  const total = sum(expected);
  const used = usedKeys(assumptions, expected);

  let brlTotal: Big = ZERO;
  const components: ComponentEstimate[] = expected.map((result) => {
    const service = catalogService(result.component.serviceId as ServiceId);
    let componentBrl: Big = ZERO;
    for (const line of result.lines) if (line.status === 'priced' && line.brl !== undefined) componentBrl = componentBrl.plus(line.brl);
    brlTotal = brlTotal.plus(componentBrl);
    return {
      componentId: result.component.id,
      serviceId: service.id as ServiceId,
      serviceName: service.name,
      role: result.component.role,
      roleLabel: result.component.roleLabel,
      layer: result.component.layer,
      pricingPage: service.pricingPage,
      status: result.status,
      ...(result.reason === undefined ? {} : { reason: result.reason }),
      usd: centsString(result.subtotal),
      ...(rate === undefined || result.lines.every((line) => line.status !== 'priced') ? {} : { brl: centsString(componentBrl) }),
      lines: result.lines,
    };
  });

  const notPriced: NotPricedItem[] = [];
  for (const component of components) {
    if (component.status === 'not-priced' && component.lines.length === 0 && component.reason !== undefined) {
      notPriced.push({ componentId: component.componentId, serviceId: component.serviceId, name: localized(component.serviceName, component.serviceName), reason: component.reason });
    }
    for (const line of component.lines) {
      if (line.status === 'not-priced') notPriced.push({ componentId: component.componentId, serviceId: component.serviceId, lineId: line.id, name: line.name, reason: line.reason });
    }
  }

  const grownTotal = sum(grown);
  const rows = sensitivityRows(expected, grown, grownTotal);
  const top = rows[0];
  const dominant = top !== undefined && new Money(top.usdAtScale).gt(0) ? top.componentId : null;

  const priceDates = new Map<string, { serviceCode: string; priceDate: string; priceDateKind: 'published' | 'retrieved' }>();
  let pricedLines = 0;
  for (const component of components) {
    for (const line of component.lines) {
      if (line.status !== 'priced') continue;
      pricedLines += 1;
      const current = priceDates.get(line.price.serviceCode);
      if (current === undefined || line.price.priceDate > current.priceDate) {
        priceDates.set(line.price.serviceCode, { serviceCode: line.price.serviceCode, priceDate: line.price.priceDate, priceDateKind: line.price.priceDateKind });
      }
    }
  }

  return {
    region: prices.region,
    priceSnapshotGeneratedAt: prices.snapshotGeneratedAt,
    currency: 'USD',
    freeTier: { applied: freeTier, allowances: FREE_TIER_ALLOWANCES.map((allowance) => ({ label: allowance.label, source: allowance.source })) },
    components,
    totals: {
      expectedUsd: centsString(total),
      lowUsd: centsString(low),
      highUsd: centsString(high),
      excludesUnpriced: notPriced.length > 0,
      pricedLines,
      notPricedItems: notPriced.length,
    },
    band: BAND,
    notPriced,
    sensitivity: { factor: SENSITIVITY_FACTOR, scaledKeys: GROWING_KEYS, totalUsd: centsString(grownTotal), rows, dominant },
    assumptions: assumptionRows(assumptions, used),
    unusedOverrides: unusedOverrides(assumptions, used),
    priceDates: [...priceDates.values()].sort((a, b) => (a.serviceCode < b.serviceCode ? -1 : 1)),
    exclusions: EXCLUSIONS,
    ...(options.exchangeRate === undefined || toBrl === undefined
      ? {}
      : { brl: { brlPerUsd: options.exchangeRate.brlPerUsd, date: options.exchangeRate.date, expected: centsString(brlTotal), low: centsString(toBrl(low)), high: centsString(toBrl(high)) } }),
  };
}
