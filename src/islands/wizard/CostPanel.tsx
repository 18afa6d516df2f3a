import { useEffect, useState, type ChangeEvent } from 'react';
import type { AssumptionRow, ComponentEstimate, Estimate, UnusedOverride } from '../../core/cost/estimate';
import type { CostLine } from '../../core/cost/cost-line';
import { formatBrl, formatBrlPerUsd, formatQuantityWithUnit, formatUnitPrice, formatUsd } from '../../core/cost/number-format';
import { calendarDayIn, formatCalendarDay } from '../../core/calendar';
import { unitAfter } from '../../core/i18n/unit-label';
import { PRICING_REGIONS, REGION_LOCATION } from '../../core/pricing/regions';
import { SIZING_PRESETS, USAGE_SCHEMA, type UsageDefinition } from '../../core/sizing/usage-schema';
import { readTypedDecimal, writeTypedDecimal } from '../../core/text/typed-decimal';
import { BUNDLED_SNAPSHOT_INDEX } from '../../data/price-snapshot/browser';
import { priceFreshness } from '../../store/cost-derived';
import { CURRENCIES, type Currency } from '../../store/pricing-settings';
import { useLakewise, useWizard } from './context';
import { useEstimate, usePriceBook } from './cost-hooks';
import { usePricingRegion } from './use-derived';
import { Disclosure } from './Disclosure';
import { issuesWithin, type SchemaIssue } from '../../core/errors';
import { describeIssues, describeProblem, usageSubject } from './problem-text';
import { INVALID, useDraft } from './use-draft';

function Money({ usd, brl, currency }: { readonly usd: string; readonly brl: string | undefined; readonly currency: Currency }) {
  const { locale } = useWizard();
  if (currency === 'BRL' && brl !== undefined) {
    return (
      <>
        <span className="wz-money">{formatBrl(brl, locale)}</span> <span className="wz-money wz-money--secondary">{formatUsd(usd, locale)}</span>
      </>
    );
  }
  return <span className="wz-money">{formatUsd(usd, locale)}</span>;
}

function LineRow({ line, currency }: { readonly line: CostLine; readonly currency: Currency }) {
  const { locale, tr } = useWizard();
  if (line.status === 'not-priced') {
    return (
      <tr className="wz-line wz-line--unpriced" data-line={line.id}>
        <th scope="row">{line.name[locale]}</th>
        <td>
          {line.quantity === undefined ? null : formatQuantityWithUnit(line.quantity, line.unit, locale)}
          <span className="wz-line__reason">{line.reason[locale]}</span>
        </td>
        <td className="wz-num">
          <strong>{tr('wizard.cost.notPriced')}</strong>
        </td>
      </tr>
    );
  }
  return (
    <tr className="wz-line" data-line={line.id}>
      <th scope="row">{line.name[locale]}</th>
      <td>
        <span className="wz-line__math">
          {formatQuantityWithUnit(line.quantity, line.unit, locale)} × {formatUnitPrice(line.unitPriceUsd, locale)}
        </span>
        <span className="wz-line__formula wz-seller-only">{line.formula[locale]}</span>
      </td>
      <td className="wz-num">{line.belowOneCent ? tr('wizard.cost.belowCent') : <Money usd={line.usd} brl={line.brl} currency={currency} />}</td>
    </tr>
  );
}

function componentNote(component: ComponentEstimate, tr: ReturnType<typeof useWizard>['tr']): string | undefined {
  if (component.status === 'free') return tr('wizard.cost.free');
  if (component.status === 'no-usage') return tr('wizard.cost.noUsage');
  if (component.status === 'not-priced' && component.lines.length === 0) return tr('wizard.cost.notPriced');
  return undefined;
}

function LinesTable({ estimate, currency }: { readonly estimate: Estimate; readonly currency: Currency }) {
  const { locale, tr } = useWizard();
  return (
    <table className="wz-lines">
      <caption className="wz-visually-hidden">{tr('wizard.cost.linesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{tr('wizard.cost.column.line')}</th>
          <th scope="col">{tr('wizard.cost.column.math')}</th>
          <th scope="col" className="wz-num">
            {tr('wizard.cost.column.monthly')}
          </th>
        </tr>
      </thead>
      {estimate.components.map((component) => {
        const note = componentNote(component, tr);
        return (
          <tbody key={component.componentId} data-component={component.componentId} data-usd={component.usd}>
            <tr className="wz-line-group">
              <th scope="rowgroup" colSpan={2}>
                {component.serviceName} <span className="wz-line-group__role">{component.roleLabel[locale]}</span>
                {note === undefined ? null : <span className="wz-line-group__note">{note}</span>}
                {component.reason === undefined ? null : <span className="wz-line__reason">{component.reason[locale]}</span>}
              </th>
              <td className="wz-num">
                <Money usd={component.usd} brl={component.brl} currency={currency} />
              </td>
            </tr>
            {component.lines.map((line) => (
              <LineRow key={line.id} line={line} currency={currency} />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

const PROVENANCE_KEYS = {
  override: 'wizard.assumptions.source.override',
  answer: 'wizard.assumptions.source.answer',
  preset: 'wizard.assumptions.source.preset',
  derived: 'wizard.assumptions.source.derived',
} as const;

function AssumptionInput({ row }: { readonly row: AssumptionRow }) {
  const wizard = useWizard();
  const { store, locale, tr } = wizard;
  const override = useLakewise((state) => state.pricing.overrides[row.key]);
  const [error, setError] = useState<string | undefined>();
  const definition = USAGE_SCHEMA[row.key] as UsageDefinition;
  const inputId = `wz-assumption-${row.key}`;
  const errorId = `${inputId}-error`;
  const stored = override ?? row.value;
  const numeric = definition.kind !== 'choice';
  // A number is typed as the page's language writes it ("2,5" in pt-BR) and stored as plain
  // decimal text; what does not read as a number is passed on as typed, so the override's
  // own check names the problem.
  const fromText = (text: string) => (text.trim() === '' ? INVALID : numeric ? (readTypedDecimal(text, locale) ?? text.trim()) : text.trim());
  const [draft, setDraft] = useDraft<string>(stored, (value) => (numeric ? writeTypedDecimal(value, locale) : value), fromText);
  const commit = (value: string | undefined) => {
    const result = store.getState().setOverride(row.key, value);
    setError(result.ok ? undefined : describeProblem(result.problem, usageSubject(definition, locale), wizard));
  };
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setDraft(event.target.value);
    const value = fromText(event.target.value);
    if (value !== INVALID) commit(value);
  };
  return (
    <tr data-assumption={row.key}>
      <th scope="row">
        <label htmlFor={inputId}>{row.label[locale]}</label>
      </th>
      <td>
        {definition.kind === 'choice' ? (
          <select id={inputId} className="wz-input wz-input--compact" value={draft} onChange={onChange}>
            {definition.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={inputId}
            className="wz-input wz-input--compact"
            type="text"
            inputMode="decimal"
            value={draft}
            onChange={onChange}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? undefined : errorId}
          />
        )}{' '}
        {row.unit === undefined ? null : <span className="wz-unit">{unitAfter(row.unit, Number(stored), locale)}</span>}
        {error === undefined ? null : (
          <span className="wz-field__error" id={errorId} role="alert">
            {tr('wizard.field.notSaved', { detail: error })}
          </span>
        )}
      </td>
      <td>
        <span className={`wz-source wz-source--${row.provenance}`} title={row.defaultSource[locale]}>
          {tr(PROVENANCE_KEYS[row.provenance])}
        </span>
        {override === undefined ? null : (
          <button
            type="button"
            className="wz-linkish"
            onClick={() => commit(undefined)}
            aria-label={tr('wizard.assumptions.resetLabel', { assumption: row.label[locale] })}
          >
            {tr('wizard.assumptions.reset')}
          </button>
        )}
      </td>
    </tr>
  );
}

/**
 * A value the user set that no cost line reads (an events rate once the answers have no
 * stream). It stays set, as `lakewise estimate --set` keeps it, and applies again if the
 * answers bring its service back; this row says so instead of hiding it.
 */
function UnusedOverrideRow({ row }: { readonly row: UnusedOverride }) {
  const { store, locale, tr } = useWizard();
  const label = row.label[locale];
  const shown = (USAGE_SCHEMA[row.key] as UsageDefinition).kind === 'choice' ? row.value : writeTypedDecimal(row.value, locale);
  return (
    <tr data-unused-override={row.key}>
      <th scope="row">{label}</th>
      <td>
        {shown}
        {row.unit === undefined ? null : <> <span className="wz-unit">{unitAfter(row.unit, Number(row.value), locale)}</span></>}
        <span className="wz-assumptions__unused">{tr('wizard.assumptions.unused', { assumption: label })}</span>
      </td>
      <td>
        <span className="wz-source wz-source--override">{tr(PROVENANCE_KEYS.override)}</span>
        <button
          type="button"
          className="wz-linkish"
          onClick={() => store.getState().setOverride(row.key, undefined)}
          aria-label={tr('wizard.assumptions.resetLabel', { assumption: label })}
        >
          {tr('wizard.assumptions.reset')}
        </button>
      </td>
    </tr>
  );
}

function AssumptionsTable({ estimate }: { readonly estimate: Estimate }) {
  const { tr, trCount } = useWizard();
  const unused = estimate.unusedOverrides.length;
  const summary =
    unused === 0 ? (
      tr('wizard.assumptions.title')
    ) : (
      <>
        {tr('wizard.assumptions.title')}
        <span className="wz-assumptions__unused-count"> · {trCount('wizard.assumptions.unusedCount', unused)}</span>
      </>
    );
  return (
    <Disclosure className="wz-assumptions" summary={summary}>
      {() => (
        <>
          <p className="wz-muted">{tr('wizard.assumptions.lead')}</p>
          <table className="wz-assumptions__table">
            <thead>
              <tr>
                <th scope="col">{tr('wizard.assumptions.column.what')}</th>
                <th scope="col">{tr('wizard.assumptions.column.value')}</th>
                <th scope="col">{tr('wizard.assumptions.column.source')}</th>
              </tr>
            </thead>
            <tbody>
              {estimate.assumptions.map((row) => (
                <AssumptionInput key={row.key} row={row} />
              ))}
              {estimate.unusedOverrides.map((row) => (
                <UnusedOverrideRow key={row.key} row={row} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </Disclosure>
  );
}

function ExchangeRateInputs({ problems }: { readonly problems: readonly SchemaIssue[] | undefined }) {
  const wizard = useWizard();
  const { store, tr, locale } = wizard;
  const rate = useLakewise((state) => state.pricing.exchangeRate);
  // The day on this browser's calendar, as the estimate checks it (`EstimateOptions.today`).
  const today = calendarDayIn(new Date());
  const update = (patch: { brlPerUsd?: string; date?: string }) => {
    const next = { brlPerUsd: rate?.brlPerUsd ?? '', date: rate?.date ?? today, ...patch };
    store.getState().setPricing('exchangeRate', next);
  };
  // "5,40" in pt-BR is stored as 5.40; text that is no number is stored as typed, so the
  // estimate's own check says what is wrong with it.
  const readRate = (text: string) => readTypedDecimal(text, locale) ?? text.trim();
  const [rateDraft, setRateDraft] = useDraft<string>(rate?.brlPerUsd ?? '', (value) => writeTypedDecimal(value, locale), readRate);
  return (
    <div className="wz-rate">
      <div className="wz-control">
        <label htmlFor="wz-cost-rate">{tr('wizard.cost.rate')}</label>
        <input
          id="wz-cost-rate"
          className="wz-input wz-input--compact"
          type="text"
          inputMode="decimal"
          placeholder={writeTypedDecimal('5.40', locale)}
          value={rateDraft}
          onChange={(event) => {
            setRateDraft(event.target.value);
            update({ brlPerUsd: readRate(event.target.value) });
          }}
          aria-describedby="wz-rate-hint"
        />
      </div>
      <div className="wz-control">
        <label htmlFor="wz-cost-rate-date">{tr('wizard.cost.rateDate')}</label>
        <input
          id="wz-cost-rate-date"
          className="wz-input wz-input--compact"
          type="date"
          max={today}
          value={rate?.date ?? ''}
          onChange={(event) => update({ date: event.target.value })}
        />
      </div>
      <p className="wz-muted" id="wz-rate-hint">
        {tr('wizard.cost.rateHint')}
      </p>
      {rate === undefined || rate.brlPerUsd === '' ? (
        <p className="wz-field__error" role="status">
          {tr('wizard.cost.rateMissing')}
        </p>
      ) : problems !== undefined ? (
        <p className="wz-field__error" role="alert">
          {tr('wizard.cost.rateProblem', { detail: describeIssues(issuesWithin('pricing', problems), wizard, USAGE_SCHEMA).replaceAll('\n', ' ') })}
        </p>
      ) : null}
    </div>
  );
}

function CostControls({ rateProblems }: { readonly rateProblems: readonly SchemaIssue[] | undefined }) {
  const { store, tr } = useWizard();
  const { region } = usePricingRegion();
  const pricing = useLakewise((state) => state.pricing);
  return (
    <div className="wz-cost__controls">
      <div className="wz-control">
        <label htmlFor="wz-cost-region">{tr('wizard.cost.region')}</label>
        <select
          id="wz-cost-region"
          className="wz-input wz-input--compact"
          value={region}
          onChange={(event) => store.getState().setAnswer('opportunity.region', event.target.value)}
        >
          {PRICING_REGIONS.map((code) => (
            <option key={code} value={code}>
              {code} · {REGION_LOCATION[code]}
            </option>
          ))}
        </select>
      </div>
      <div className="wz-control">
        <label htmlFor="wz-cost-preset">{tr('wizard.cost.preset')}</label>
        <select
          id="wz-cost-preset"
          className="wz-input wz-input--compact"
          value={pricing.preset}
          onChange={(event) => store.getState().setPricing('preset', event.target.value as (typeof SIZING_PRESETS)[number])}
        >
          {SIZING_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {tr(`wizard.cost.preset.${preset}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="wz-control">
        <label htmlFor="wz-cost-currency">{tr('wizard.cost.currency')}</label>
        <select
          id="wz-cost-currency"
          className="wz-input wz-input--compact"
          value={pricing.currency}
          onChange={(event) => store.getState().setPricing('currency', event.target.value as Currency)}
        >
          {CURRENCIES.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </select>
      </div>
      <label className="wz-control wz-control--check">
        <input type="checkbox" checked={pricing.freeTier} onChange={(event) => store.getState().setPricing('freeTier', event.target.checked)} />
        <span>{tr('wizard.cost.freeTier')}</span>
      </label>
      {pricing.currency === 'BRL' ? <ExchangeRateInputs problems={rateProblems} /> : null}
    </div>
  );
}

function PriceDates() {
  const { tr, locale } = useWizard();
  const { region } = usePricingRegion();
  const freshness = priceFreshness(BUNDLED_SNAPSHOT_INDEX, region, new Date());
  if (freshness === undefined) return null;
  return (
    <p className={freshness.stale ? 'wz-prices wz-prices--stale' : 'wz-prices'} data-price-age={freshness.ageDays}>
      {tr('wizard.cost.priceDates', { retrieved: formatCalendarDay(freshness.retrievedDate, locale), snapshot: formatCalendarDay(freshness.snapshotDate, locale), region })}
      {freshness.stale ? <strong className="wz-prices__warning">{tr('wizard.cost.stale', { days: freshness.ageDays })}</strong> : null}
    </p>
  );
}

const COST_SHOWN_MARK = 'lakewise:cost-shown';

/** Monthly total with its band, the lines behind it and the assumptions, editable in place. */
export default function CostPanel() {
  const wizard = useWizard();
  const { locale, tr, trCount } = wizard;
  const { region, unpricedRegion } = usePricingRegion();
  const bookState = usePriceBook(region);
  const result = useEstimate(bookState.status === 'ready' ? bookState.book : undefined);
  const currency = useLakewise((state) => state.pricing.currency);
  const estimate = result.status === 'ready' ? result.estimate : undefined;
  const shown = estimate !== undefined;
  useEffect(() => {
    // For the bench: when the first total reaches the screen after a cold load.
    if (shown && performance.getEntriesByName(COST_SHOWN_MARK).length === 0) performance.mark(COST_SHOWN_MARK);
  }, [shown]);
  const brl = currency === 'BRL' ? estimate?.brl : undefined;
  return (
    <section className="wz-panel wz-cost" aria-labelledby="wz-cost-title">
      <h2 className="wz-panel__title" id="wz-cost-title">
        {tr('wizard.cost.title')}
      </h2>
      {unpricedRegion === undefined ? null : (
        <p className="wz-notice wz-notice--warning">{tr('wizard.cost.unpricedRegion', { asked: unpricedRegion, region })}</p>
      )}
      {estimate === undefined ? (
        <p className="wz-cost__total" aria-live="polite">
          {bookState.status === 'failed'
            ? tr('wizard.cost.pricesFailed', { detail: bookState.message })
            : result.status === 'failed'
              ? tr('wizard.cost.failed', { detail: describeIssues(issuesWithin('pricing', result.issues), wizard, USAGE_SCHEMA).replaceAll('\n', ' ') })
              : tr('wizard.cost.loading')}
        </p>
      ) : (
        <>
          <div className="wz-cost__summary">
            <p className="wz-cost__total">
              <span className="wz-cost__label">{tr('wizard.cost.expected')}</span>
              <span className="wz-cost__amount" data-testid="cost-total" data-usd={estimate.totals.expectedUsd}>
                {brl === undefined ? formatUsd(estimate.totals.expectedUsd, locale) : formatBrl(brl.expected, locale)}
              </span>
              {brl === undefined ? null : (
                <span className="wz-cost__usd" data-testid="cost-total-usd">
                  {formatUsd(estimate.totals.expectedUsd, locale)}
                </span>
              )}
            </p>
            <p className="wz-cost__band" data-testid="cost-band">
              {tr('wizard.cost.band', {
                low: brl === undefined ? formatUsd(estimate.totals.lowUsd, locale) : formatBrl(brl.low, locale),
                high: brl === undefined ? formatUsd(estimate.totals.highUsd, locale) : formatBrl(brl.high, locale),
              })}
            </p>
            {brl === undefined ? null : <p className="wz-muted">{tr('wizard.cost.brlRate', { rate: formatBrlPerUsd(brl.brlPerUsd, locale), date: formatCalendarDay(brl.date, locale) })}</p>}
            {estimate.totals.excludesUnpriced ? (
              <p className="wz-notice wz-notice--warning">{trCount('wizard.cost.excludes', estimate.totals.notPricedItems)}</p>
            ) : null}
            {estimate.freeTier.applied ? <p className="wz-muted">{tr('wizard.cost.freeTierApplied')}</p> : null}
            <PriceDates />
          </div>
          <CostControls rateProblems={result.status === 'ready' ? result.exchangeRateIssues : undefined} />
          <Disclosure className="wz-cost__lines" summary={tr('wizard.cost.lines')}>
            {() => <LinesTable estimate={estimate} currency={brl === undefined ? 'USD' : 'BRL'} />}
          </Disclosure>
          <AssumptionsTable estimate={estimate} />
          <details className="wz-cost__exclusions">
            <summary>{tr('wizard.cost.exclusions')}</summary>
            <ul>
              {estimate.exclusions.map((exclusion) => (
                <li key={exclusion.en}>{exclusion[locale]}</li>
              ))}
              <li>{estimate.band.low[locale]}</li>
              <li>{estimate.band.high[locale]}</li>
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
