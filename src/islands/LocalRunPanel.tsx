import { memo, useCallback, useEffect, useId, useState } from 'react';
import type { Locale } from '../core/locales';
import type { LocalRunReport } from '../local-pipeline/run';

/** Every text the panel shows; the page passes one locale's set. */
export interface LocalRunStrings {
  readonly title: string;
  readonly intro: string;
  readonly run: string;
  readonly running: string;
  readonly noRunYet: string;
  readonly failed: string;
  readonly busy: string;
  readonly dataset: string;
  readonly received: string;
  readonly silver: string;
  readonly quarantined: string;
  readonly balanced: string;
  readonly balancedYes: string;
  readonly balancedNo: string;
  readonly reconciled: string;
  readonly lost: string;
  readonly reasons: string;
  readonly reason: string;
  readonly records: string;
  readonly gold: string;
  readonly rows: string;
  readonly chartLabel: string;
  readonly queries: string;
  readonly seconds: string;
}

export const LOCAL_RUN_STRINGS: Readonly<Record<Locale, LocalRunStrings>> = {
  en: {
    title: 'Run it locally',
    intro:
      'Generates sample records for these sources (some deliberately bad), lands them in bronze, checks them into silver and aggregates gold with DuckDB on this machine. No AWS account needed.',
    run: 'Run locally',
    running: 'Running…',
    noRunYet: 'No local run yet.',
    failed: 'The local run failed: {message}',
    busy: 'Many people are running the pipeline on this server right now and its queue is full. Nothing failed: try again in a minute.',
    dataset: 'Dataset',
    received: 'Received',
    silver: 'Silver',
    quarantined: 'Quarantined',
    balanced: 'Balanced',
    balancedYes: 'yes',
    balancedNo: 'no',
    reconciled: 'Every received record is in silver or in quarantine.',
    lost: 'Some records are missing: received is not silver + quarantined.',
    reasons: 'Why records were quarantined',
    reason: 'Reason',
    records: 'Records',
    gold: 'Gold tables',
    rows: 'Rows',
    chartLabel: 'Records per dataset: silver and quarantined',
    queries: 'Athena-style queries to try',
    seconds: '{seconds} s',
  },
  'pt-BR': {
    title: 'Rodar localmente',
    intro:
      'Gera registros de exemplo para estas fontes (alguns ruins de propósito), grava na bronze, valida na prata e agrega a ouro com DuckDB nesta máquina. Não precisa de conta AWS.',
    run: 'Rodar localmente',
    running: 'Rodando…',
    noRunYet: 'Nenhuma execução local ainda.',
    failed: 'A execução local falhou: {message}',
    busy: 'Muita gente está rodando o pipeline neste servidor agora e a fila dele está cheia. Nada falhou: tente de novo daqui a um minuto.',
    dataset: 'Conjunto',
    received: 'Recebidos',
    silver: 'Prata',
    quarantined: 'Em quarentena',
    balanced: 'Fecha',
    balancedYes: 'sim',
    balancedNo: 'não',
    reconciled: 'Todo registro recebido está na prata ou na quarentena.',
    lost: 'Faltam registros: recebidos não é igual a prata + quarentena.',
    reasons: 'Por que registros foram para a quarentena',
    reason: 'Motivo',
    records: 'Registros',
    gold: 'Tabelas ouro',
    rows: 'Linhas',
    chartLabel: 'Registros por conjunto: prata e quarentena',
    queries: 'Consultas no estilo Athena para testar',
    seconds: '{seconds} s',
  },
};

export interface LocalRunPanelProps {
  readonly locale: Locale;
  readonly strings: LocalRunStrings;
  /** The answers the wizard holds right now (validated again by the server). */
  readonly answers: unknown;
  /** The server route; the site's trailing-slash setting applies to it too. */
  readonly endpoint?: string;
}

type PanelState =
  | { readonly kind: 'idle'; readonly report?: LocalRunReport; readonly seconds?: number }
  | { readonly kind: 'running'; readonly report?: LocalRunReport }
  | { readonly kind: 'failed'; readonly message: string; readonly report?: LocalRunReport }
  | { readonly kind: 'busy'; readonly report?: LocalRunReport };

const fill = (text: string, values: Readonly<Record<string, string>>) => text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

const CHART_ROW_HEIGHT = 28;
const CHART_LABEL_WIDTH = 130;
const CHART_BAR_WIDTH = 300;

/** Silver and quarantined records per dataset as horizontal stacked bars (the table below has the numbers). */
function ReconciliationChart({ report, strings, locale }: { readonly report: LocalRunReport; readonly strings: LocalRunStrings; readonly locale: Locale }) {
  const titleId = useId();
  const largest = Math.max(1, ...report.datasets.map((entry) => entry.received));
  const height = report.datasets.length * CHART_ROW_HEIGHT + 8;
  const number = new Intl.NumberFormat(locale);
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      width={CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 70}
      height={height}
      viewBox={`0 0 ${CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 70} ${height}`}
    >
      <title id={titleId}>{strings.chartLabel}</title>
      {report.datasets.map((entry, index) => {
        const y = index * CHART_ROW_HEIGHT + 4;
        const silverWidth = (entry.silverRows / largest) * CHART_BAR_WIDTH;
        const quarantinedWidth = Math.max(entry.quarantined > 0 ? 2 : 0, (entry.quarantined / largest) * CHART_BAR_WIDTH);
        return (
          <g key={entry.dataset}>
            <text x={0} y={y + 15} fontSize="12" fill="currentColor">
              {entry.dataset}
            </text>
            <rect x={CHART_LABEL_WIDTH} y={y} width={silverWidth} height={18} fill="#2f7d4f">
              <title>{`${strings.silver}: ${number.format(entry.silverRows)}`}</title>
            </rect>
            <rect x={CHART_LABEL_WIDTH + silverWidth} y={y} width={quarantinedWidth} height={18} fill="#c0392b">
              <title>{`${strings.quarantined}: ${number.format(entry.quarantined)}`}</title>
            </rect>
            <text x={CHART_LABEL_WIDTH + silverWidth + quarantinedWidth + 6} y={y + 14} fontSize="11" fill="currentColor">
              {number.format(entry.quarantined)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

// Memoised: the wizard re-renders this panel on every keystroke in an answer, and the report does not change with them.
const RunSummary = memo(function RunSummary({ report, strings, locale }: { readonly report: LocalRunReport; readonly strings: LocalRunStrings; readonly locale: Locale }) {
  const number = new Intl.NumberFormat(locale);
  const reasons = report.datasets.flatMap((entry) =>
    Object.entries(entry.quarantineByReason)
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => ({ dataset: entry.dataset, reason, count })),
  );
  return (
    <div className="local-run__summary">
      <p role="status">{report.balanced ? strings.reconciled : strings.lost}</p>
      <ReconciliationChart report={report} strings={strings} locale={locale} />
      <table className="local-run__counts">
        <thead>
          <tr>
            <th scope="col">{strings.dataset}</th>
            <th scope="col">{strings.received}</th>
            <th scope="col">{strings.silver}</th>
            <th scope="col">{strings.quarantined}</th>
            <th scope="col">{strings.balanced}</th>
          </tr>
        </thead>
        <tbody>
          {report.datasets.map((entry) => (
            <tr key={entry.dataset}>
              <th scope="row">{entry.dataset}</th>
              <td>{number.format(entry.received)}</td>
              <td>{number.format(entry.silverRows)}</td>
              <td>{number.format(entry.quarantined)}</td>
              <td>{entry.balanced ? strings.balancedYes : strings.balancedNo}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {reasons.length > 0 && (
        <>
          <h4>{strings.reasons}</h4>
          <table className="local-run__reasons">
            <thead>
              <tr>
                <th scope="col">{strings.dataset}</th>
                <th scope="col">{strings.reason}</th>
                <th scope="col">{strings.records}</th>
              </tr>
            </thead>
            <tbody>
              {reasons.map((row) => (
                <tr key={`${row.dataset}/${row.reason}`}>
                  <td>{row.dataset}</td>
                  <td>
                    <code>{row.reason}</code>
                  </td>
                  <td>{number.format(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h4>{strings.gold}</h4>
      <ul className="local-run__gold">
        {report.gold.map((table) => (
          <li key={table.table}>
            <code>{table.table}</code>: {number.format(table.rows)} {strings.rows.toLowerCase()}
          </li>
        ))}
      </ul>
      <details>
        <summary>{strings.queries}</summary>
        {report.queries.map((query) => (
          <figure key={query.id}>
            <figcaption>{query.title[locale]}</figcaption>
            <pre>
              <code>{query.sql}</code>
            </pre>
          </figure>
        ))}
      </details>
    </div>
  );
});

/**
 * "Run locally" for the wizard: posts the current answers to the local-run route and
 * shows the reconciliation, quarantine reasons, a chart and the gold tables. On mount it
 * shows the last run the server kept. All data is rendered as text by React (sample rows
 * carry hostile strings on purpose).
 */
export default function LocalRunPanel({ locale, strings, answers, endpoint = '/api/local-run/' }: LocalRunPanelProps) {
  const [state, setState] = useState<PanelState>({ kind: 'idle' });

  useEffect(() => {
    let cancelled = false;
    fetch(endpoint, { headers: { accept: 'application/json' } })
      .then(async (response) => (response.ok ? ((await response.json()) as { report: LocalRunReport }) : undefined))
      .then((body) => {
        if (!cancelled && body) setState((current) => (current.kind === 'idle' && !current.report ? { kind: 'idle', report: body.report } : current));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [endpoint]);

  const run = useCallback(async () => {
    setState((current) => ({ kind: 'running', report: current.report }));
    try {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(answers) });
      const body = (await response.json()) as {
        report?: LocalRunReport;
        timings?: { generateMs: number; pipelineMs: number; publishMs: number };
        error?: string;
        code?: string;
      };
      if (response.status === 503 && body.code === 'busy') {
        setState((current) => ({ kind: 'busy', report: current.report }));
        return;
      }
      if (!response.ok || !body.report) throw new Error(body.error ?? `HTTP ${response.status}`);
      const timings = body.timings;
      setState({ kind: 'idle', report: body.report, seconds: timings ? (timings.generateMs + timings.pipelineMs + timings.publishMs) / 1000 : undefined });
    } catch (error) {
      setState((current) => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error), report: current.report }));
    }
  }, [answers, endpoint]);

  const headingId = useId();
  const report = state.report;
  return (
    <section className="local-run" aria-labelledby={headingId} aria-busy={state.kind === 'running'}>
      <h3 id={headingId}>{strings.title}</h3>
      <p>{strings.intro}</p>
      <button type="button" onClick={run} disabled={state.kind === 'running'}>
        {state.kind === 'running' ? strings.running : strings.run}
      </button>
      {state.kind === 'idle' && state.seconds !== undefined && <span> {fill(strings.seconds, { seconds: state.seconds.toFixed(1) })}</span>}
      {state.kind === 'failed' && <p role="alert">{fill(strings.failed, { message: state.message })}</p>}
      {state.kind === 'busy' && <p role="status">{strings.busy}</p>}
      {report ? <RunSummary report={report} strings={strings} locale={locale} /> : state.kind !== 'running' && <p>{strings.noRunYet}</p>}
    </section>
  );
}
