import { parseAnswers } from '../answers/parse';
import type { Answers, AnswersInput } from '../answers/schema';
import { InputError } from '../errors';
import type { Localized } from '../locales';
import { EXAMPLE_IDS, isExampleId, type ExampleId } from './ids';

export { EXAMPLE_IDS, isExampleId, type ExampleId } from './ids';

/**
 * Example customers: the one source of the answers the training decks draw and the
 * wizard opens with `/<locale>/wizard/?example=<id>`. Each is a fictional Brazilian
 * company whose answers give one of the advisor's customer shapes. The answers are
 * written in the format a person would type and parsed at import, so a schema change
 * that breaks one fails every test instead of shipping a broken example.
 */
export interface ExampleCustomer {
  readonly id: ExampleId;
  /** What the example teaches, for lists and link titles. */
  readonly shape: Localized;
  readonly answers: Answers;
}

const INPUTS: Record<ExampleId, { shape: Localized; answers: AnswersInput }> = {
  'batch-data-lake': {
    shape: { en: 'Batch data lake', 'pt-BR': 'Data lake em lote' },
    answers: {
      schemaVersion: 2,
      opportunity: { customerName: 'Mercado Serra Azul', industry: 'Retail', region: 'sa-east-1' },
      locale: 'pt-BR',
      sources: { kinds: ['relational-databases', 'file-exports', 'saas-apis'] },
      volume: { dailyIngestGb: 40, retainedHistoryGb: 8000 },
      freshness: 'daily-batch',
      consumers: { kinds: ['bi-dashboards', 'adhoc-sql'], dashboardUsers: 60, queriesPerDay: 800 },
      estate: { existing: ['none'] },
      team: { preference: 'serverless-managed', skills: ['sql', 'python'] },
      governance: { needs: ['audit'] },
      budget: { sensitivity: 'high' },
      goals: { priorities: ['faster-insights', 'self-service-analytics'] },
    },
  },
  'dw-modernisation': {
    shape: { en: 'Data-warehouse modernisation', 'pt-BR': 'Modernização do data warehouse' },
    answers: {
      schemaVersion: 2,
      opportunity: { customerName: 'Seguradora Horizonte', industry: 'Insurance', region: 'sa-east-1' },
      locale: 'pt-BR',
      sources: { kinds: ['relational-databases', 'file-exports'] },
      volume: { dailyIngestGb: 120, retainedHistoryGb: 60000 },
      freshness: 'daily-batch',
      consumers: { kinds: ['bi-dashboards', 'adhoc-sql'], dashboardUsers: 400, queriesPerDay: 6000, concurrentQueries: 50 },
      estate: { existing: ['onprem-dw'] },
      team: { preference: 'serverless-managed', skills: ['sql'] },
      governance: { needs: ['audit', 'fine-grained-access'] },
      budget: { sensitivity: 'medium' },
      goals: { priorities: ['retire-legacy', 'cut-costs'] },
    },
  },
  'real-time-streaming': {
    shape: { en: 'Real-time streaming', 'pt-BR': 'Streaming em tempo real' },
    answers: {
      schemaVersion: 2,
      opportunity: { customerName: 'PagFácil Pagamentos', industry: 'Payments', region: 'sa-east-1' },
      locale: 'pt-BR',
      sources: { kinds: ['event-streams', 'relational-databases'] },
      volume: { dailyIngestGb: 400, retainedHistoryGb: 30000, eventsPerSecond: 5000, recordSizeKb: 1 },
      freshness: 'realtime-seconds',
      consumers: { kinds: ['operational-apps', 'bi-dashboards'], dashboardUsers: 40 },
      estate: { existing: ['none'] },
      team: { preference: 'serverless-managed', skills: ['python', 'java-scala'] },
      governance: { needs: ['pii', 'lgpd-gdpr'] },
      budget: { sensitivity: 'medium' },
      goals: { priorities: ['real-time-decisions'] },
    },
  },
  'lambda-architecture': {
    shape: { en: 'Batch and speed layers together', 'pt-BR': 'Camadas em lote e de velocidade juntas' },
    answers: {
      schemaVersion: 2,
      opportunity: { customerName: 'Rota Sul Logística', industry: 'Logistics', region: 'sa-east-1' },
      locale: 'pt-BR',
      sources: { kinds: ['iot', 'relational-databases', 'file-exports'] },
      volume: { dailyIngestGb: 150, retainedHistoryGb: 20000, eventsPerSecond: 2000, recordSizeKb: 2 },
      freshness: 'near-real-time-minutes',
      consumers: { kinds: ['bi-dashboards', 'adhoc-sql', 'operational-apps'], dashboardUsers: 120, queriesPerDay: 1500 },
      estate: { existing: ['none'] },
      team: { preference: 'serverless-managed', skills: ['sql', 'python'] },
      governance: { needs: ['audit'] },
      budget: { sensitivity: 'medium' },
      goals: { priorities: ['real-time-decisions', 'faster-insights'] },
    },
  },
  'governed-lake': {
    shape: { en: 'Governed data lake with personal data', 'pt-BR': 'Data lake governado com dados pessoais' },
    answers: {
      schemaVersion: 2,
      opportunity: { customerName: 'Rede Vida Plena Saúde', industry: 'Healthcare', region: 'sa-east-1' },
      locale: 'pt-BR',
      sources: { kinds: ['relational-databases', 'file-exports', 'saas-apis'] },
      volume: { dailyIngestGb: 60, retainedHistoryGb: 25000 },
      freshness: 'daily-batch',
      consumers: { kinds: ['bi-dashboards', 'adhoc-sql'], dashboardUsers: 150, queriesPerDay: 1200 },
      estate: { existing: ['existing-lake'] },
      team: { preference: 'serverless-managed', skills: ['sql', 'python'] },
      governance: { needs: ['pii', 'lgpd-gdpr', 'fine-grained-access', 'audit'] },
      budget: { sensitivity: 'medium' },
      goals: { priorities: ['compliance', 'self-service-analytics'] },
    },
  },
  'ml-curated': {
    shape: { en: 'Machine learning on curated data', 'pt-BR': 'Machine learning sobre dados curados' },
    answers: {
      schemaVersion: 2,
      opportunity: { customerName: 'Cooperativa de Crédito Ipê', industry: 'Banking', region: 'sa-east-1' },
      locale: 'pt-BR',
      sources: { kinds: ['relational-databases', 'event-streams', 'file-exports'] },
      volume: { dailyIngestGb: 80, retainedHistoryGb: 40000, eventsPerSecond: 300, recordSizeKb: 1 },
      freshness: 'hourly',
      consumers: { kinds: ['data-science-ml', 'data-products', 'bi-dashboards'], dashboardUsers: 80, queriesPerDay: 900 },
      estate: { existing: ['none'] },
      team: { preference: 'serverless-managed', skills: ['sql', 'python', 'machine-learning'] },
      governance: { needs: ['pii', 'lgpd-gdpr', 'audit'] },
      budget: { sensitivity: 'medium' },
      goals: { priorities: ['adopt-ml', 'monetise-data'] },
    },
  },
};

function parseExample(id: ExampleId): ExampleCustomer {
  const { shape, answers } = INPUTS[id];
  const parsed = parseAnswers(answers, `example "${id}"`);
  if (!parsed.ok) throw parsed.error;
  return { id, shape, answers: parsed.answers };
}

export const EXAMPLE_CUSTOMERS: Readonly<Record<ExampleId, ExampleCustomer>> = Object.fromEntries(
  EXAMPLE_IDS.map((id) => [id, parseExample(id)]),
) as Record<ExampleId, ExampleCustomer>;

/** The example customer behind `?example=<id>`, or an error naming the ids that exist. */
export function exampleCustomer(id: string): ExampleCustomer {
  if (!isExampleId(id)) {
    throw new InputError(`example: unknown example "${id}"; expected one of ${EXAMPLE_IDS.join(', ')}`);
  }
  return EXAMPLE_CUSTOMERS[id];
}

/** Answers of an example customer, ready for the advisor, the cost model and the wizard store. */
export function exampleAnswers(id: string): Answers {
  return exampleCustomer(id).answers;
}

/** The customer's name as the answers give it: examples always carry one. */
export function exampleName(customer: ExampleCustomer): string {
  const name = customer.answers.opportunity.customerName;
  if (name === undefined) throw new Error(`example "${customer.id}" has no customer name`);
  return name;
}
