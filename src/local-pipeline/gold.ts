import type { Localized } from '../core/locales';
import type { SampleDatasetId } from './sample-data';

/**
 * Gold tables: the aggregates each kind of consumer reads, written once in a SQL subset
 * that DuckDB, Athena (Trino) and Spark SQL all accept (ordinal GROUP BY, CAST,
 * date_trunc(unit, ts), CASE, COALESCE; no engine-specific functions). The local run,
 * the Glue gold job and the Athena named queries use these same strings.
 *
 * Table names are static identifiers; no customer text ever becomes part of this SQL.
 */

/** What a consumer does with the data; the plan derives these from the architecture. */
export const GOLD_CONSUMERS = ['dashboards', 'ad-hoc-sql', 'machine-learning', 'operational-serving', 'data-products'] as const;
export type GoldConsumer = (typeof GOLD_CONSUMERS)[number];

export const GOLD_TABLE_IDS = [
  'daily_sales',
  'customer_360',
  'customer_features',
  'monthly_country_sales',
  'event_daily',
  'device_hourly',
  'service_health_hourly',
] as const;
export type GoldTableId = (typeof GOLD_TABLE_IDS)[number];

export interface GoldTable {
  readonly id: GoldTableId;
  readonly title: Localized;
  /** Silver datasets the SQL reads; the table exists only when all of them do. */
  readonly requires: readonly SampleDatasetId[];
  /** Consumers that need it; an empty list means every architecture with the data gets it. */
  readonly servedTo: readonly GoldConsumer[];
  /** The SELECT producing the table, given which silver datasets exist. */
  readonly sql: (available: ReadonlySet<SampleDatasetId>) => string;
}

const notCancelled = "o.status <> 'cancelled'";

export const GOLD_TABLES: readonly GoldTable[] = [
  {
    id: 'daily_sales',
    title: { en: 'Daily sales by country and channel', 'pt-BR': 'Vendas diárias por país e canal' },
    requires: ['orders'],
    servedTo: [],
    sql: (available) =>
      available.has('customers')
        ? `SELECT CAST(o.order_ts AS DATE) AS order_date, COALESCE(c.country, 'unknown') AS country, o.channel,
       COUNT(*) AS orders, SUM(o.amount_usd) AS revenue_usd, COUNT(DISTINCT o.customer_id) AS buyers
FROM orders o
LEFT JOIN customers c ON c.customer_id = o.customer_id
WHERE ${notCancelled}
GROUP BY 1, 2, 3`
        : `SELECT CAST(o.order_ts AS DATE) AS order_date, 'unknown' AS country, o.channel,
       COUNT(*) AS orders, SUM(o.amount_usd) AS revenue_usd, COUNT(DISTINCT o.customer_id) AS buyers
FROM orders o
WHERE ${notCancelled}
GROUP BY 1, 2, 3`,
  },
  {
    id: 'customer_360',
    title: { en: 'Customer 360 (one row per customer)', 'pt-BR': 'Cliente 360 (uma linha por cliente)' },
    requires: ['customers', 'orders'],
    servedTo: ['operational-serving', 'ad-hoc-sql'],
    sql: () => `SELECT c.customer_id, c.full_name, c.email, c.country, c.segment, c.signup_date,
       COUNT(o.order_id) AS orders, COALESCE(SUM(o.amount_usd), 0) AS lifetime_value_usd, MAX(o.order_ts) AS last_order_ts
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id AND ${notCancelled}
GROUP BY 1, 2, 3, 4, 5, 6`,
  },
  {
    id: 'customer_features',
    title: { en: 'Customer features for models', 'pt-BR': 'Atributos de clientes para modelos' },
    requires: ['orders'],
    servedTo: ['machine-learning'],
    sql: (available) => {
      const spend = `SELECT o.customer_id, COUNT(*) AS orders, SUM(o.amount_usd) AS spend_usd,
         ROUND(AVG(o.amount_usd), 2) AS avg_order_usd,
         SUM(CASE WHEN o.status = 'returned' THEN 1 ELSE 0 END) AS returns,
         MIN(o.order_ts) AS first_order_ts, MAX(o.order_ts) AS last_order_ts
  FROM orders o
  GROUP BY 1`;
      if (!available.has('events')) return `WITH spend AS (\n  ${spend}\n)\nSELECT s.*, 0 AS events, 0 AS sessions FROM spend s`;
      return `WITH spend AS (
  ${spend}
), activity AS (
  SELECT e.customer_id, COUNT(*) AS events, COUNT(DISTINCT e.session_id) AS sessions
  FROM events e
  WHERE e.customer_id IS NOT NULL
  GROUP BY 1
)
SELECT s.*, COALESCE(a.events, 0) AS events, COALESCE(a.sessions, 0) AS sessions
FROM spend s
LEFT JOIN activity a ON a.customer_id = s.customer_id`;
    },
  },
  {
    id: 'monthly_country_sales',
    title: { en: 'Monthly sales by country (shareable, no personal data)', 'pt-BR': 'Vendas mensais por país (compartilhável, sem dados pessoais)' },
    requires: ['orders'],
    servedTo: ['data-products'],
    // Groups with fewer than five buyers are left out so no row points at one person.
    sql: (available) => `SELECT CAST(date_trunc('month', o.order_ts) AS DATE) AS month, ${available.has('customers') ? "COALESCE(c.country, 'unknown')" : "'unknown'"} AS country,
       COUNT(*) AS orders, SUM(o.amount_usd) AS revenue_usd, COUNT(DISTINCT o.customer_id) AS buyers
FROM orders o
${available.has('customers') ? 'LEFT JOIN customers c ON c.customer_id = o.customer_id\n' : ''}WHERE ${notCancelled}
GROUP BY 1, 2
HAVING COUNT(DISTINCT o.customer_id) >= 5`,
  },
  {
    id: 'event_daily',
    title: { en: 'Daily events by type and device', 'pt-BR': 'Eventos diários por tipo e dispositivo' },
    requires: ['events'],
    servedTo: [],
    sql: () => `SELECT CAST(e.event_ts AS DATE) AS event_date, e.event_type, e.device,
       COUNT(*) AS events, COUNT(DISTINCT e.session_id) AS sessions, COUNT(DISTINCT e.customer_id) AS known_customers
FROM events e
GROUP BY 1, 2, 3`,
  },
  {
    id: 'device_hourly',
    title: { en: 'Hourly readings per device', 'pt-BR': 'Leituras por hora e dispositivo' },
    requires: ['sensor_readings'],
    servedTo: [],
    sql: () => `SELECT r.device_id, date_trunc('hour', r.reading_ts) AS reading_hour, COUNT(*) AS readings,
       ROUND(AVG(r.temperature_c), 2) AS avg_temperature_c, MIN(r.temperature_c) AS min_temperature_c,
       MAX(r.temperature_c) AS max_temperature_c, MIN(r.battery_pct) AS min_battery_pct
FROM sensor_readings r
GROUP BY 1, 2`,
  },
  {
    id: 'service_health_hourly',
    title: { en: 'Hourly service health', 'pt-BR': 'Saúde dos serviços por hora' },
    requires: ['app_logs'],
    servedTo: [],
    sql: () => `SELECT l.service, date_trunc('hour', l.log_ts) AS log_hour, COUNT(*) AS requests,
       SUM(CASE WHEN l.status_code >= 500 THEN 1 ELSE 0 END) AS server_errors,
       ROUND(CAST(SUM(CASE WHEN l.status_code >= 500 THEN 1 ELSE 0 END) AS DOUBLE) / COUNT(*), 4) AS error_rate,
       MAX(l.latency_ms) AS max_latency_ms, ROUND(AVG(l.latency_ms), 1) AS avg_latency_ms
FROM app_logs l
GROUP BY 1, 2`,
  },
];

export function goldTable(id: GoldTableId): GoldTable {
  const table = GOLD_TABLES.find((candidate) => candidate.id === id);
  if (!table) throw new Error(`Unknown gold table "${id}"`);
  return table;
}

/** The gold tables an architecture with these datasets and consumers gets, in `GOLD_TABLE_IDS` order. */
export function selectGoldTables(datasets: readonly SampleDatasetId[], consumers: readonly GoldConsumer[]): GoldTableId[] {
  const available = new Set(datasets);
  return GOLD_TABLES.filter(
    (table) =>
      table.requires.every((dataset) => available.has(dataset)) &&
      (table.servedTo.length === 0 || table.servedTo.some((consumer) => consumers.includes(consumer))),
  ).map((table) => table.id);
}

/** A question an analyst can paste into Athena (or `lakewise run-local --query`). */
export interface ExampleQuery {
  readonly id: string;
  readonly title: Localized;
  readonly sql: string;
}

const EXAMPLE_QUERIES: Readonly<Record<GoldTableId, ExampleQuery>> = {
  daily_sales: {
    id: 'revenue-by-day',
    title: { en: 'Revenue per day', 'pt-BR': 'Receita por dia' },
    sql: 'SELECT order_date, SUM(orders) AS orders, SUM(revenue_usd) AS revenue_usd FROM daily_sales GROUP BY order_date ORDER BY order_date',
  },
  customer_360: {
    id: 'top-customers',
    title: { en: 'Ten customers with the highest lifetime value', 'pt-BR': 'Dez clientes com maior valor acumulado' },
    sql: 'SELECT customer_id, country, orders, lifetime_value_usd FROM customer_360 ORDER BY lifetime_value_usd DESC, customer_id LIMIT 10',
  },
  customer_features: {
    id: 'feature-summary',
    title: { en: 'Feature table size and averages', 'pt-BR': 'Tamanho e médias da tabela de atributos' },
    sql: 'SELECT COUNT(*) AS customers, AVG(orders) AS avg_orders, AVG(spend_usd) AS avg_spend_usd, SUM(returns) AS returns FROM customer_features',
  },
  monthly_country_sales: {
    id: 'monthly-by-country',
    title: { en: 'Monthly revenue by country', 'pt-BR': 'Receita mensal por país' },
    sql: 'SELECT month, country, revenue_usd FROM monthly_country_sales ORDER BY month, revenue_usd DESC',
  },
  event_daily: {
    id: 'funnel-by-day',
    title: { en: 'Daily funnel: views, carts, checkouts', 'pt-BR': 'Funil diário: visitas, carrinhos, compras' },
    sql: "SELECT event_date, SUM(CASE WHEN event_type = 'page_view' THEN events ELSE 0 END) AS views, SUM(CASE WHEN event_type = 'add_to_cart' THEN events ELSE 0 END) AS carts, SUM(CASE WHEN event_type = 'checkout' THEN events ELSE 0 END) AS checkouts FROM event_daily GROUP BY event_date ORDER BY event_date",
  },
  device_hourly: {
    id: 'hottest-devices',
    title: { en: 'Devices with the highest peak temperature', 'pt-BR': 'Dispositivos com maior temperatura de pico' },
    sql: 'SELECT device_id, MAX(max_temperature_c) AS peak_temperature_c, MIN(min_battery_pct) AS lowest_battery_pct FROM device_hourly GROUP BY device_id ORDER BY peak_temperature_c DESC, device_id LIMIT 10',
  },
  service_health_hourly: {
    id: 'error-rate-by-service',
    title: { en: 'Server error rate per service', 'pt-BR': 'Taxa de erros de servidor por serviço' },
    sql: 'SELECT service, SUM(requests) AS requests, SUM(server_errors) AS server_errors, ROUND(CAST(SUM(server_errors) AS DOUBLE) / SUM(requests), 4) AS error_rate FROM service_health_hourly GROUP BY service ORDER BY error_rate DESC, service',
  },
};

export const QUARANTINE_QUERY: ExampleQuery = {
  id: 'quarantine-by-reason',
  title: { en: 'Quarantined records by dataset and reason', 'pt-BR': 'Registros em quarentena por conjunto e motivo' },
  sql: "SELECT dataset, split_part(reason, ':', 1) AS reason, COUNT(*) AS records FROM quarantine GROUP BY 1, 2 ORDER BY 1, 2",
};

/** The example queries for these gold tables, plus the quarantine breakdown. */
export function exampleQueries(gold: readonly GoldTableId[]): ExampleQuery[] {
  return [...gold.map((id) => EXAMPLE_QUERIES[id]), QUARANTINE_QUERY];
}
