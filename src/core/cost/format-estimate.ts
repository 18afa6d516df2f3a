import { formatCalendarDay } from '../calendar';
import type { Locale, Localized } from '../locales';
import type { CostLine } from './cost-line';
import { csvRow, escapeMarkdown, escapeMarkdownInline, escapePlainText } from './escape';
import type { ComponentEstimate, Estimate } from './estimate';
import { formatAssumptionValue, formatBrl, formatBrlPerUsd, formatQuantity, formatQuantityWithUnit, formatUnitPrice, formatUsd } from './number-format';

export const ESTIMATE_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type EstimateFormat = (typeof ESTIMATE_FORMATS)[number];

const TEXT = {
  title: { en: 'Monthly cost estimate', 'pt-BR': 'Estimativa de custo mensal' },
  region: { en: 'Region', 'pt-BR': 'Região' },
  snapshot: { en: 'Price snapshot of', 'pt-BR': 'Snapshot de preços de' },
  freeTierOn: { en: 'AWS Free Tier: applied', 'pt-BR': 'Nível gratuito da AWS: aplicado' },
  freeTierOff: { en: 'AWS Free Tier: not applied (turn on with --free-tier)', 'pt-BR': 'Nível gratuito da AWS: não aplicado (ative com --free-tier)' },
  component: { en: 'Component / line', 'pt-BR': 'Componente / linha' },
  quantity: { en: 'Quantity', 'pt-BR': 'Quantidade' },
  unitPrice: { en: 'Unit price', 'pt-BR': 'Preço unitário' },
  monthly: { en: 'Monthly (USD)', 'pt-BR': 'Mensal (USD)' },
  monthlyBrl: { en: 'Monthly (BRL)', 'pt-BR': 'Mensal (BRL)' },
  notPriced: { en: 'NOT PRICED', 'pt-BR': 'NÃO PRECIFICADO' },
  free: { en: 'no charge', 'pt-BR': 'sem cobrança' },
  noUsage: { en: 'no usage', 'pt-BR': 'sem uso' },
  total: { en: 'Total (expected)', 'pt-BR': 'Total (esperado)' },
  band: { en: 'Range from the assumptions', 'pt-BR': 'Faixa pelas premissas' },
  low: { en: 'low', 'pt-BR': 'baixo' },
  high: { en: 'high', 'pt-BR': 'alto' },
  excludes: { en: 'The total leaves out the items below, which could not be priced: the bill will be higher.', 'pt-BR': 'O total deixa de fora os itens abaixo, que não puderam ser precificados: a conta será maior.' },
  notPricedTitle: { en: 'Not priced', 'pt-BR': 'Não precificado' },
  sensitivity: { en: 'If the data grows 10×', 'pt-BR': 'Se os dados crescerem 10×' },
  dominant: { en: 'Largest cost at 10×', 'pt-BR': 'Maior custo em 10×' },
  share: { en: 'share', 'pt-BR': 'participação' },
  assumptions: { en: 'Assumptions', 'pt-BR': 'Premissas' },
  unusedOverrides: {
    en: 'Values you set that no cost line used (nothing in this architecture reads them; they still apply if the answers change)',
    'pt-BR': 'Valores definidos por você que nenhuma linha de custo usou (nada nesta arquitetura os lê; eles valem se as respostas mudarem)',
  },
  priceDates: { en: 'Price dates', 'pt-BR': 'Datas dos preços' },
  published: { en: 'published', 'pt-BR': 'publicado' },
  retrieved: { en: 'retrieved (no publication date in the source)', 'pt-BR': 'obtido (a fonte não traz data de publicação)' },
  exclusions: { en: 'Not included', 'pt-BR': 'Não incluído' },
  exchange: { en: 'BRL at the rate you entered', 'pt-BR': 'BRL pela cotação informada' },
  formula: { en: 'How', 'pt-BR': 'Cálculo' },
  belowCent: { en: '< $0.01', 'pt-BR': '< US$ 0,01' },
  provenance: {
    override: { en: 'set by you', 'pt-BR': 'definido por você' },
    answer: { en: "customer's answer", 'pt-BR': 'resposta do cliente' },
    preset: { en: 'default', 'pt-BR': 'padrão' },
    derived: { en: 'derived', 'pt-BR': 'derivado' },
  },
} as const;

type Texts = typeof TEXT;
const t = (locale: Locale, key: Exclude<keyof Texts, 'provenance'>): string => (TEXT[key] as Localized)[locale];

function lineAmount(line: CostLine, locale: Locale): string {
  if (line.status === 'not-priced') return t(locale, 'notPriced');
  if (line.belowOneCent) return t(locale, 'belowCent');
  return formatUsd(line.usd, locale);
}

function lineQuantity(line: CostLine, locale: Locale): string {
  if (line.quantity === undefined) return '';
  return formatQuantityWithUnit(line.quantity, line.unit, locale);
}

function componentTitle(component: ComponentEstimate, locale: Locale): string {
  return `${component.componentId} · ${component.serviceName} (${component.roleLabel[locale]})`;
}

function componentNote(component: ComponentEstimate, locale: Locale): string {
  if (component.status === 'free') return t(locale, 'free');
  if (component.status === 'no-usage') return t(locale, 'noUsage');
  if (component.status === 'not-priced' && component.lines.length === 0) return t(locale, 'notPriced');
  return '';
}

/** A row whose first cell may run across the next `span` columns (component headings). */
interface TableRow {
  readonly cells: readonly string[];
  readonly span?: number;
}

function padTable(input: readonly (TableRow | readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const rows: TableRow[] = input.map((row) => ('cells' in row ? row : { cells: row }));
  const width = (text: string) => [...text].length;
  const widths: number[] = [];
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      if (index === 0 && row.span !== undefined) return;
      widths[index] = Math.max(widths[index] ?? 0, width(cell));
    });
  }
  const cellText = (cell: string, index: number) => {
    const pad = Math.max(0, (widths[index] ?? 0) - width(cell));
    return rightAligned.has(index) ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
  };
  return rows
    .map((row) => {
      const span = row.span;
      if (span === undefined) return row.cells.map(cellText).join('  ').trimEnd();
      const [first = '', ...rest] = row.cells;
      const spanned = widths.slice(0, span + 1).reduce((total, value) => total + value, 0) + 2 * span;
      const tail = rest.slice(span).map((cell, offset) => cellText(cell, offset + span + 1));
      const lead = width(first) + 2 <= spanned ? first + ' '.repeat(spanned - width(first)) : `${first} `;
      return [lead, ...tail].join('  ').trimEnd();
    })
    .join('\n');
}

function summaryLines(estimate: Estimate, locale: Locale, escape: (text: string) => string): string[] {
  const out: string[] = [];
  const { totals } = estimate;
  out.push(`${t(locale, 'total')}: ${formatUsd(totals.expectedUsd, locale)}${estimate.brl ? ` (${formatBrl(estimate.brl.expected, locale)})` : ''}`);
  out.push(
    `${t(locale, 'band')}: ${t(locale, 'low')} ${formatUsd(totals.lowUsd, locale)} – ${t(locale, 'high')} ${formatUsd(totals.highUsd, locale)} (${escape(estimate.band.low[locale])}; ${escape(estimate.band.high[locale])})`,
  );
  if (estimate.brl) {
    out.push(`${t(locale, 'exchange')}: ${formatBrlPerUsd(estimate.brl.brlPerUsd, locale)} (${formatCalendarDay(estimate.brl.date, locale)})`);
  }
  return out;
}

/** Plain text for a terminal. */
export function formatEstimateTable(estimate: Estimate, locale: Locale = 'en'): string {
  const e = escapePlainText;
  const brl = estimate.brl !== undefined;
  const header = [t(locale, 'component'), t(locale, 'quantity'), t(locale, 'unitPrice'), t(locale, 'monthly'), ...(brl ? [t(locale, 'monthlyBrl')] : [])];
  const rows: (TableRow | string[])[] = [header];
  for (const component of estimate.components) {
    rows.push({ span: 2, cells: [e(componentTitle(component, locale)), '', '', componentNote(component, locale) || formatUsd(component.usd, locale), ...(brl ? [component.brl === undefined ? '' : formatBrl(component.brl, locale)] : [])] });
    for (const line of component.lines) {
      rows.push([
        `  ${e(line.name[locale])}`,
        lineQuantity(line, locale),
        line.status === 'priced' ? formatUnitPrice(line.unitPriceUsd, locale) : '',
        lineAmount(line, locale),
        ...(brl ? [line.status === 'priced' && line.brl !== undefined ? formatBrl(line.brl, locale) : ''] : []),
      ]);
    }
  }
  const out: string[] = [];
  out.push(`${t(locale, 'title')} — ${t(locale, 'region')} ${estimate.region}`);
  out.push(`${t(locale, 'snapshot')} ${snapshotDay(estimate, locale)} · ${t(locale, estimate.freeTier.applied ? 'freeTierOn' : 'freeTierOff')}`);
  out.push('');
  out.push(padTable(rows, new Set([1, 2, 3, 4])));
  out.push('');
  out.push(...summaryLines(estimate, locale, e));
  if (estimate.notPriced.length > 0) {
    out.push('', `${t(locale, 'notPricedTitle')} (${estimate.notPriced.length}) — ${t(locale, 'excludes')}`);
    for (const item of estimate.notPriced) out.push(`  - ${item.componentId}: ${e(item.name[locale])}: ${e(item.reason[locale])}`);
  }
  out.push('', `${t(locale, 'sensitivity')}: ${formatUsd(estimate.sensitivity.totalUsd, locale)}${estimate.sensitivity.dominant ? ` · ${t(locale, 'dominant')}: ${estimate.sensitivity.dominant}` : ''}`);
  const sensitivityRows = estimate.sensitivity.rows
    .filter((row) => row.usdAtScale !== '0.00')
    .map((row) => [`  ${row.componentId}`, formatUsd(row.usd, locale), '→', formatUsd(row.usdAtScale, locale), row.growth === null ? '' : `×${formatQuantity(row.growth, locale)}`, `${formatQuantity(row.shareAtScale, locale)}% ${t(locale, 'share')}`]);
  if (sensitivityRows.length > 0) out.push(padTable(sensitivityRows, new Set([1, 3, 4, 5])));
  out.push('', `${t(locale, 'assumptions')}:`);
  out.push(
    padTable(
      estimate.assumptions.map((row) => [`  ${row.key}`, formatAssumptionValue(row.value, row.unit, locale), TEXT.provenance[row.provenance][locale], e(row.label[locale])]),
      new Set([1]),
    ),
  );
  if (estimate.unusedOverrides.length > 0) {
    out.push('', `${t(locale, 'unusedOverrides')}:`);
    out.push(padTable(estimate.unusedOverrides.map((row) => [`  ${row.key}`, e(formatAssumptionValue(row.value, row.unit, locale)), e(row.label[locale])]), new Set([1])));
  }
  out.push('', `${t(locale, 'priceDates')}: ${estimate.priceDates.map((date) => `${date.serviceCode} ${formatCalendarDay(date.priceDate, locale)}${date.priceDateKind === 'retrieved' ? '*' : ''}`).join(', ')}`);
  if (estimate.priceDates.some((date) => date.priceDateKind === 'retrieved')) out.push(`  * ${t(locale, 'retrieved')}`);
  out.push('', `${t(locale, 'exclusions')}:`, ...estimate.exclusions.map((item) => `  - ${item[locale]}`));
  return `${out.join('\n')}\n`;
}

/** The day the price snapshot was made (its UTC day; the time of day means nothing to a reader of prices). */
function snapshotDay(estimate: Estimate, locale: Locale): string {
  return formatCalendarDay(estimate.priceSnapshotGeneratedAt.slice(0, 10), locale);
}

/**
 * Markdown for proposals and tickets; every piece of text is escaped: with {@link escapeMarkdown}
 * where it starts a line or a list item, with {@link escapeMarkdownInline} in table cells and
 * after other text, so numbers in cells are written as they are.
 */
export function formatEstimateMarkdown(estimate: Estimate, locale: Locale = 'en'): string {
  const m = escapeMarkdown;
  const c = escapeMarkdownInline;
  const brl = estimate.brl !== undefined;
  const out: string[] = [];
  out.push(`## ${m(t(locale, 'title'))} — ${c(estimate.region)}`, '');
  out.push(`${m(t(locale, 'snapshot'))} ${c(snapshotDay(estimate, locale))} · ${c(t(locale, estimate.freeTier.applied ? 'freeTierOn' : 'freeTierOff'))}`, '');
  const header = [t(locale, 'component'), t(locale, 'quantity'), t(locale, 'unitPrice'), t(locale, 'monthly'), ...(brl ? [t(locale, 'monthlyBrl')] : []), t(locale, 'formula')];
  out.push(`| ${header.map(c).join(' | ')} |`, `|${header.map((_, index) => (index >= 1 && index <= (brl ? 4 : 3) ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const component of estimate.components) {
    const note = componentNote(component, locale);
    const reason = component.reason?.[locale] ?? '';
    out.push(`| **${c(componentTitle(component, locale))}** |  |  | ${c(note || formatUsd(component.usd, locale))} |${brl ? ` ${c(component.brl === undefined ? '' : formatBrl(component.brl, locale))} |` : ''} ${c(reason)} |`);
    for (const line of component.lines) {
      const how = line.status === 'priced' ? line.formula[locale] : line.reason[locale];
      out.push(
        `| ${c(line.name[locale])} | ${c(lineQuantity(line, locale))} | ${c(line.status === 'priced' ? formatUnitPrice(line.unitPriceUsd, locale) : '')} | ${c(lineAmount(line, locale))} |${brl ? ` ${c(line.status === 'priced' && line.brl !== undefined ? formatBrl(line.brl, locale) : '')} |` : ''} ${c(how)} |`,
      );
    }
  }
  // The summary lines are escaped whole, once, as list items.
  out.push('', ...summaryLines(estimate, locale, (text) => text).map((line) => `- ${m(line)}`));
  if (estimate.notPriced.length > 0) {
    out.push('', `### ${m(t(locale, 'notPricedTitle'))}`, '', m(t(locale, 'excludes')), '');
    for (const item of estimate.notPriced) out.push(`- ${m(item.componentId)}: ${c(item.name[locale])}: ${c(item.reason[locale])}`);
  }
  out.push('', `### ${m(t(locale, 'sensitivity'))}`, '');
  for (const row of estimate.sensitivity.rows.filter((candidate) => candidate.usdAtScale !== '0.00')) {
    out.push(`- ${m(row.componentId)}: ${c(formatUsd(row.usd, locale))} → ${c(formatUsd(row.usdAtScale, locale))} (${c(formatQuantity(row.shareAtScale, locale))}%)`);
  }
  out.push('', `### ${m(t(locale, 'assumptions'))}`, '');
  for (const row of estimate.assumptions) {
    out.push(`- ${m(row.label[locale])} (\`${row.key}\`): ${c(formatAssumptionValue(row.value, row.unit, locale))}, ${c(TEXT.provenance[row.provenance][locale])}`);
  }
  if (estimate.unusedOverrides.length > 0) {
    out.push('', `### ${m(t(locale, 'unusedOverrides'))}`, '');
    for (const row of estimate.unusedOverrides) out.push(`- ${m(row.label[locale])} (\`${row.key}\`): ${c(formatAssumptionValue(row.value, row.unit, locale))}`);
  }
  out.push('', `### ${m(t(locale, 'priceDates'))}`, '');
  for (const date of estimate.priceDates) out.push(`- ${m(date.serviceCode)}: ${c(formatCalendarDay(date.priceDate, locale))} (${c(t(locale, date.priceDateKind))})`);
  out.push('', `### ${m(t(locale, 'exclusions'))}`, '', ...estimate.exclusions.map((item) => `- ${m(item[locale])}`));
  return `${out.join('\n')}\n`;
}

const CSV_HEADER = [
  'component_id',
  'service_id',
  'line_id',
  'line',
  'status',
  'quantity',
  'unit',
  'unit_price_usd',
  'monthly_usd',
  'monthly_brl',
  'sku',
  'rate_codes',
  'price_date',
  'formula_or_reason',
] as const;

/** CSV for spreadsheets: one row per line, machine-readable numbers, totals at the end. */
export function formatEstimateCsv(estimate: Estimate, locale: Locale = 'en'): string {
  const rows: string[] = [csvRow(CSV_HEADER)];
  for (const component of estimate.components) {
    if (component.lines.length === 0) {
      rows.push(csvRow([component.componentId, component.serviceId, '', component.serviceName, component.status, '', '', '', component.status === 'not-priced' ? '' : '0.00', '', '', '', '', component.reason?.[locale] ?? '']));
    }
    for (const line of component.lines) {
      rows.push(
        csvRow(
          line.status === 'priced'
            ? [component.componentId, component.serviceId, line.id, line.name[locale], line.status, line.quantity, line.unit[locale], line.unitPriceUsd, line.usd, line.brl ?? '', line.price.sku ?? '', line.price.rateCodes.join(' '), line.price.priceDate, line.formula[locale]]
            : [component.componentId, component.serviceId, line.id, line.name[locale], line.status, line.quantity ?? '', line.unit?.[locale] ?? '', '', '', '', '', '', '', line.reason[locale]],
        ),
      );
    }
  }
  const brl = estimate.brl;
  for (const [id, usd, brlValue] of [
    ['total.expected', estimate.totals.expectedUsd, brl?.expected],
    ['total.low', estimate.totals.lowUsd, brl?.low],
    ['total.high', estimate.totals.highUsd, brl?.high],
  ] as const) {
    rows.push(csvRow(['', '', id, '', '', '', '', '', usd, brlValue ?? '', '', '', '', '']));
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function formatEstimateJson(estimate: Estimate): string {
  return `${JSON.stringify(estimate, null, 2)}\n`;
}

export function formatEstimate(estimate: Estimate, format: EstimateFormat, locale: Locale = 'en'): string {
  switch (format) {
    case 'table':
      return formatEstimateTable(estimate, locale);
    case 'markdown':
      return formatEstimateMarkdown(estimate, locale);
    case 'csv':
      return formatEstimateCsv(estimate, locale);
    case 'json':
      return formatEstimateJson(estimate);
  }
}
