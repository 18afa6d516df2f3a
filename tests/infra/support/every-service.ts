import { SERVICE_CATALOG } from '../../../src/core/catalog/services';
import type { ArchitectureModel, Component } from '../../../src/core/architecture/model';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import type { Answers } from '../../../src/core/answers/schema';

/**
 * A hand-written architecture holding every catalog service once (S3 as its three zones):
 * no advisor shape contains all of them, and the stack must build secure resources for
 * any component a model can contain.
 */
export function everyServiceModel(): ArchitectureModel {
  const components: Component[] = SERVICE_CATALOG.flatMap((service) => {
    const base = {
      serviceId: service.id,
      layer: service.layer,
      roleLabel: { en: service.shortName, 'pt-BR': service.shortName },
      ruleIds: [],
      citations: [],
    };
    if (service.id === 's3') {
      return (['bronze', 'silver', 'gold'] as const).map((zone) => ({ ...base, id: `s3-${zone}`, role: `${zone}-zone` }));
    }
    return [{ ...base, id: service.id, role: service.id }];
  });
  return { components, edges: [], alternatives: [], sizing: { dailyIngestGb: 20, eventsPerSecond: 500, recordSizeKb: 2 }, warnings: [], firedRules: [] };
}

export const HOSTILE_CUSTOMER_NAME = 'Ação "Quotes" <script>alert(1)</script> %% --> ]]; DROP TABLE x; 🚀 ' + 'x'.repeat(400);

export function everyServiceAnswers(customerName = HOSTILE_CUSTOMER_NAME): Answers {
  return parseAnswersOrThrow(
    {
      schemaVersion: 2,
      opportunity: { customerName, industry: 'Retail', region: 'sa-east-1' },
      sources: { kinds: ['relational-databases', 'event-streams', 'iot', 'logs'] },
      consumers: { kinds: ['bi-dashboards', 'adhoc-sql', 'data-science-ml', 'operational-apps', 'data-products'] },
    },
    'every-service answers',
  );
}
