import type { Locale } from '../locales';
import { CURRENT_ANSWERS_VERSION, type AnswersInput } from './schema';

/**
 * A filled example answers file (`lakewise answers template`): a mid-sized
 * retailer with a lake in mind, every field answered, to copy and edit.
 */
export function answersTemplate(locale: Locale): AnswersInput {
  const english = locale === 'en';
  return {
    schemaVersion: CURRENT_ANSWERS_VERSION,
    opportunity: {
      customerName: english ? 'Example Retail Co.' : 'Varejo Exemplo Ltda.',
      industry: english ? 'Retail' : 'Varejo',
      region: 'sa-east-1',
    },
    locale,
    sources: { kinds: ['relational-databases', 'file-exports', 'saas-apis'] },
    volume: { dailyIngestGb: 40, retainedHistoryGb: 8000, eventsPerSecond: 0, recordSizeKb: 1 },
    freshness: 'daily-batch',
    consumers: { kinds: ['bi-dashboards', 'adhoc-sql'], dashboardUsers: 60, queriesPerDay: 800, concurrentQueries: 8 },
    estate: { existing: ['none'] },
    team: { preference: 'serverless-managed', skills: ['sql', 'python'] },
    governance: { needs: ['audit'] },
    budget: { sensitivity: 'high' },
    goals: { priorities: ['self-service-analytics', 'cut-costs'] },
    notes: english
      ? 'Seller notes stay in this file and never reach customer-facing exports.'
      : 'As anotações do vendedor ficam neste arquivo e nunca vão para exportações do cliente.',
  };
}
