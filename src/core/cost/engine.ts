import type Big from 'big.js';
import type { ArchitectureModel, Component } from '../architecture/model';
import { isServiceId, type ServiceId } from '../catalog/services';
import { InputError } from '../errors';
import type { Locale, Localized } from '../locales';
import { LOCALES } from '../locales';
import type { PriceBook, PriceTier } from '../pricing/price-book';
import { PRICE_KEYS, type PriceKey } from '../pricing/price-keys';
import type { UsageReader } from '../sizing/assumptions';
import type { CostLine, PricedCostLine, PriceReference, TierLine, UnpricedCostLine } from './cost-line';
import { FREE_TIER_ALLOWANCES } from './free-tier';
import { type LineDraft, localized, type PricedDraft, type PricerContext } from './line-draft';
import { centsString, Money, plainString, roundToCents, smallest, ZERO } from './money';
import { formatQuantity, formatQuantityWithUnit, formatUnitPrice, formatUsd } from './number-format';
import { S3_ZONES, s3Zone } from './pricers/storage';
import { SERVICE_PRICING } from './service-pricing';
import { chargeTiers, type TieredCharge } from './tiers';

export type ComponentStatus = 'priced' | 'partially-priced' | 'not-priced' | 'free' | 'no-usage';

/** One component's lines in full (detail) or only its subtotal (lean runs for bands and views). */
export interface EngineComponent {
  readonly component: Component;
  readonly status: ComponentStatus;
  /** Why the component is free or not priced, or has no usage. */
  readonly reason?: Localized;
  readonly subtotal: Big;
  readonly lines: readonly CostLine[];
}

/** Each serviceId at most once, except `s3`: up to three medallion zones, one per zone. */
export function checkModelContract(model: ArchitectureModel): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const zones = new Map<string, string>();
  const ids = new Set<string>();
  model.components.forEach((component, index) => {
    const where = `components[${index}] (${component.id})`;
    if (ids.has(component.id)) problems.push(`${where}: component id "${component.id}" is used twice`);
    ids.add(component.id);
    if (!isServiceId(component.serviceId)) {
      problems.push(`${where}: unknown serviceId "${String(component.serviceId)}"`);
      return;
    }
    if (component.serviceId === 's3') {
      const zone = s3Zone(component);
      const other = zones.get(zone);
      if (other !== undefined) problems.push(`${where}: S3 zone "${zone}" is already ${other}`);
      zones.set(zone, component.id);
      return;
    }
    const other = seen.get(component.serviceId);
    if (other !== undefined) problems.push(`${where}: service "${component.serviceId}" already appears as ${other}; the cost model prices each service once`);
    seen.set(component.serviceId, component.id);
  });
  if (problems.length > 0) throw new InputError(`architecture model: ${problems.join('\n')}`);
}

/** S3 zones are priced bronze → silver → gold so they fill AWS's volume tiers in that order. */
function pricingOrder(components: readonly Component[]): Component[] {
  const rank = (component: Component) => (component.serviceId === 's3' ? S3_ZONES.indexOf(s3Zone(component)) : -1);
  const s3 = components.filter((component) => component.serviceId === 's3').sort((a, b) => rank(a) - rank(b));
  const others = components.filter((component) => component.serviceId !== 's3');
  return [...s3, ...others];
}

function priceReference(draft: PricedDraft, tiers: readonly PriceTier[], charged: readonly PriceTier[]): PriceReference {
  const record = (charged[0] ?? tiers[0] as PriceTier).record;
  const rateCodes = (charged.length > 0 ? charged : [tiers[0] as PriceTier]).flatMap((tier) => (tier.record.rateCode === null ? [] : [tier.record.rateCode]));
  return {
    priceKey: draft.priceKey,
    variant: draft.variant ?? null,
    serviceCode: record.serviceCode,
    sku: record.sku,
    rateCodes,
    priceDate: (record.publicationDate ?? record.source.retrieved).slice(0, 10),
    priceDateKind: record.publicationDate === null ? 'retrieved' : 'published',
    sourceKind: record.source.kind,
    sourceUrl: record.source.url,
    description: record.description,
  };
}

const byLocale = (build: (locale: Locale) => string): Localized => Object.fromEntries(LOCALES.map((locale) => [locale, build(locale)])) as Localized;

interface RunState {
  readonly book: PriceBook;
  readonly detail: boolean;
  /** BRL for a rounded USD amount, when the user gave an exchange rate. */
  readonly toBrl?: (usd: Big) => Big;
  readonly offsets: Map<string, Big>;
  readonly freeLeft: Map<PriceKey, Big>;
}

function missingPrice(draft: PricedDraft, region: string): UnpricedCostLine {
  const what = draft.variant === undefined ? draft.priceKey : `${draft.priceKey} (${draft.variant})`;
  return {
    status: 'not-priced',
    id: draft.id,
    name: draft.name,
    quantity: plainString(draft.quantity),
    unit: PRICE_KEYS[draft.priceKey].displayUnit,
    usageKeys: draft.usageKeys,
    reason: localized(`The price snapshot has no ${what} price for ${region}.`, `O snapshot de preços não tem preço de ${what} para ${region}.`),
  };
}

/** Turns one priced draft into its line(s): free tier, tiers, one rounding to cents. */
function resolvePriced(draft: PricedDraft, state: RunState): { lines: CostLine[]; usd: Big } {
  const available = state.book.tiers(draft.priceKey, draft.variant ?? null);
  if (available === undefined || available.length === 0) return { lines: state.detail ? [missingPrice(draft, state.book.region)] : [], usd: ZERO };
  const definition = PRICE_KEYS[draft.priceKey];
  const allowance = state.freeLeft.get(draft.priceKey);
  let free: Big = ZERO;
  let billable = draft.quantity;
  if (allowance !== undefined) {
    free = smallest(allowance, draft.quantity);
    state.freeLeft.set(draft.priceKey, allowance.minus(free));
    billable = draft.quantity.minus(free);
  }
  // A price that is not tiered applies from the first unit whatever range its record states
  // (DynamoDB's paid storage row starts at 25 GB because the first 25 GB are the free tier).
  const flat = available[0] as PriceTier;
  let charge: TieredCharge;
  if (definition.tiered) {
    const offsetKey = draft.variant === undefined ? draft.priceKey : `${draft.priceKey}|${draft.variant}`;
    const offset = state.offsets.get(offsetKey) ?? ZERO;
    charge = chargeTiers(billable, available, offset);
    state.offsets.set(offsetKey, offset.plus(billable));
  } else {
    const exactUsd = billable.times(flat.usd);
    charge = { charges: billable.eq(0) ? [] : [{ tier: flat, quantity: billable, exactUsd }], exactUsd, unpricedQuantity: ZERO };
  }
  const usd = roundToCents(charge.exactUsd);
  if (!state.detail) return { lines: [], usd };

  const unit = definition.displayUnit;
  const first = charge.charges[0]?.tier ?? flat;
  const brl = state.toBrl?.(usd);
  const buildFormula = (): Localized =>
    byLocale((locale) => {
      const n = (value: Big.BigSource) => formatQuantity(value, locale, 4);
      const counted = (value: Big.BigSource) => formatQuantityWithUnit(value, unit, locale, 4);
      const freeText = free.gt(0)
        ? locale === 'en'
          ? ` − ${n(free)} free (AWS Free Tier) = ${counted(billable)}`
          : ` − ${n(free)} gratuitos (nível gratuito da AWS) = ${counted(billable)}`
        : '';
      const parts = charge.charges.map((part) => `${n(part.quantity)} × ${formatUnitPrice(part.tier.usd, locale)}`);
      const priced = parts.length === 0 ? formatUsd(0, locale) : `${parts.join(' + ')} = ${formatUsd(usd, locale)}`;
      const note = draft.note === undefined ? '' : ` ${draft.note[locale]}`;
      return `${draft.derivation(locale)} = ${counted(draft.quantity)}${freeText}; ${priced}.${note}`;
    });
  // The formula is text for people, the costliest part of an estimate to build: it is built on
  // first read (rendering, JSON.stringify) and kept, so number-only consumers never pay for it.
  let formula: Localized | undefined;
  const line: PricedCostLine = {
    status: 'priced',
    id: draft.id,
    name: draft.name,
    unit,
    quantity: plainString(draft.quantity),
    freeQuantity: free.gt(0) ? plainString(free) : null,
    unitPriceUsd: plainString(first.usd),
    tiers: definition.tiered
      ? charge.charges.map(
          (part): TierLine => ({
            beginRange: part.tier.record.beginRange,
            endRange: part.tier.record.endRange,
            quantity: plainString(part.quantity),
            unitPriceUsd: plainString(part.tier.usd),
            rateCode: part.tier.record.rateCode,
            exactUsd: plainString(part.exactUsd),
          }),
        )
      : null,
    exactUsd: plainString(charge.exactUsd),
    usd: centsString(usd),
    belowOneCent: usd.eq(0) && charge.exactUsd.gt(0),
    usageKeys: draft.usageKeys,
    price: priceReference(draft, available, charge.charges.map((part) => part.tier)),
    ...(brl === undefined ? {} : { brl: centsString(brl) }),
    get formula() {
      formula ??= buildFormula();
      return formula;
    },
  };
  const lines: CostLine[] = [line];
  if (charge.unpricedQuantity.gt(0)) {
    const lastEnd = available[available.length - 1]?.record.endRange ?? 'Inf';
    lines.push({
      status: 'not-priced',
      id: `${draft.id}.beyond-known-tiers`,
      name: localized(`${draft.name.en} beyond ${lastEnd} ${definition.unit}`, `${draft.name['pt-BR']} acima de ${lastEnd} ${definition.unit}`),
      quantity: plainString(charge.unpricedQuantity),
      unit,
      usageKeys: draft.usageKeys,
      reason: localized('The price of the next volume tier is not in the price data.', 'O preço da próxima faixa de volume não está nos dados de preço.'),
    });
  }
  return { lines, usd };
}

function resolveDraft(draft: LineDraft, state: RunState): { lines: CostLine[]; usd: Big } {
  if (draft.kind === 'unpriced') {
    if (draft.quantity !== undefined && draft.quantity.eq(0)) return { lines: [], usd: ZERO };
    const line: UnpricedCostLine = {
      status: 'not-priced',
      id: draft.id,
      name: draft.name,
      reason: draft.reason,
      usageKeys: draft.usageKeys,
      ...(draft.quantity === undefined ? {} : { quantity: plainString(draft.quantity) }),
      ...(draft.unit === undefined ? {} : { unit: draft.unit }),
    };
    return { lines: [line], usd: ZERO };
  }
  // A zero quantity is no usage, not a $0 price: the line is left out and the component says so.
  if (draft.quantity.eq(0)) return { lines: [], usd: ZERO };
  return resolvePriced(draft, state);
}

const NO_USAGE = localized('No usage under the current assumptions.', 'Sem uso com as premissas atuais.');

/**
 * Prices every component of the model. In lean mode only subtotals are computed (same amounts,
 * same rounding), which is what the low/high band and the growth view need.
 */
export function runPricing(
  model: ArchitectureModel,
  usage: UsageReader,
  book: PriceBook,
  freeTier: boolean,
  detail: boolean,
  toBrl?: (usd: Big) => Big,
): EngineComponent[] {
  const state: RunState = {
    book,
    detail,
    ...(toBrl === undefined ? {} : { toBrl }),
    offsets: new Map(),
    freeLeft: new Map(freeTier ? FREE_TIER_ALLOWANCES.map((allowance) => [allowance.priceKey, allowance.quantity]) : []),
  };
  const results = new Map<Component, EngineComponent>();
  for (const component of pricingOrder(model.components)) {
    const pricing = SERVICE_PRICING[component.serviceId as ServiceId];
    if (pricing.kind !== 'priced') {
      results.set(component, { component, status: pricing.kind, reason: pricing.reason, subtotal: ZERO, lines: [] });
      continue;
    }
    const context: PricerContext = { component, model, num: usage.num, choice: usage.choice };
    const lines: CostLine[] = [];
    let subtotal: Big = ZERO;
    let priced = 0;
    let unpriced = 0;
    for (const draft of pricing.price(context)) {
      const resolved = resolveDraft(draft, state);
      subtotal = subtotal.plus(resolved.usd);
      lines.push(...resolved.lines);
      if (!detail) {
        if (draft.kind === 'priced' && !draft.quantity.eq(0)) priced += 1;
        continue;
      }
      for (const line of resolved.lines) {
        if (line.status === 'priced') priced += 1;
        else unpriced += 1;
      }
    }
    const status: ComponentStatus = priced + unpriced === 0 ? 'no-usage' : unpriced === 0 ? 'priced' : priced === 0 ? 'not-priced' : 'partially-priced';
    results.set(component, { component, status, subtotal, lines, ...(status === 'no-usage' ? { reason: NO_USAGE } : {}) });
  }
  return model.components.map((component) => results.get(component) as EngineComponent);
}
