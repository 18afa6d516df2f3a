import type { ServiceId } from '../catalog/services';
import type { Localized } from '../locales';

/**
 * The jobs a component does in a recommended architecture. Rules fill a role
 * with a service, edges join roles, and the cost model reads the role of the
 * S3 zones. Keys are stable; labels are for people.
 */
export const ROLE_LABELS = {
  'bronze-zone': { en: 'Bronze zone, raw data', 'pt-BR': 'Zona bronze, dados brutos' },
  'silver-zone': { en: 'Silver zone, cleaned data', 'pt-BR': 'Zona prata, dados limpos' },
  'gold-zone': { en: 'Gold zone, curated data', 'pt-BR': 'Zona ouro, dados curados' },
  'raw-archive': { en: 'Raw-data archive', 'pt-BR': 'Arquivo de dados brutos' },
  'data-catalog': { en: 'Central data catalog', 'pt-BR': 'Catálogo central de dados' },
  'batch-etl': { en: 'Batch ETL with Spark', 'pt-BR': 'ETL em lote com Spark' },
  'change-capture': { en: 'Database change capture', 'pt-BR': 'Captura de alterações dos bancos' },
  'warehouse-migration': { en: 'Warehouse data migration', 'pt-BR': 'Migração dos dados do data warehouse' },
  'schema-conversion': { en: 'Schema and code conversion', 'pt-BR': 'Conversão de esquema e código' },
  'bulk-transfer': { en: 'Offline bulk transfer', 'pt-BR': 'Transferência offline em massa' },
  'private-link': { en: 'Private network link', 'pt-BR': 'Link de rede privado' },
  'file-gateway': { en: 'File share into S3', 'pt-BR': 'Compartilhamento de arquivos para o S3' },
  'api-extract': { en: 'SaaS API extraction', 'pt-BR': 'Extração de APIs SaaS' },
  'stream-buffer': { en: 'Event stream buffer', 'pt-BR': 'Buffer do fluxo de eventos' },
  'stream-delivery': { en: 'Delivery into the lake', 'pt-BR': 'Entrega no data lake' },
  'stream-processing': { en: 'Real-time processing', 'pt-BR': 'Processamento em tempo real' },
  warehouse: { en: 'Data warehouse', 'pt-BR': 'Data warehouse' },
  'lake-query-from-warehouse': { en: 'Lake queries from the warehouse', 'pt-BR': 'Consultas ao data lake pelo warehouse' },
  'interactive-sql': { en: 'Interactive SQL on the lake', 'pt-BR': 'SQL interativo no data lake' },
  dashboards: { en: 'BI dashboards', 'pt-BR': 'Painéis de BI' },
  'machine-learning': { en: 'Model training and hosting', 'pt-BR': 'Treino e hospedagem de modelos' },
  'key-value-serving': { en: 'Low-latency lookups for applications', 'pt-BR': 'Consultas de baixa latência para aplicações' },
  'search-serving': { en: 'Search and log analytics', 'pt-BR': 'Busca e análise de logs' },
  'data-sharing': { en: 'Data products for subscribers', 'pt-BR': 'Produtos de dados para assinantes' },
  'access-control': { en: 'Fine-grained access control', 'pt-BR': 'Controle de acesso granular' },
  'pii-discovery': { en: 'Sensitive-data discovery', 'pt-BR': 'Descoberta de dados sensíveis' },
  workflow: { en: 'Pipeline workflow', 'pt-BR': 'Fluxo de trabalho do pipeline' },
  scheduler: { en: 'Schedules and events', 'pt-BR': 'Agendamentos e eventos' },
  monitoring: { en: 'Metrics, logs and alarms', 'pt-BR': 'Métricas, logs e alarmes' },
} as const satisfies Record<string, Localized>;

export type Role = keyof typeof ROLE_LABELS;

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

/**
 * S3 is the one service that appears more than once in a model: one component per
 * medallion zone. The cost model relies on these ids and roles.
 */
export const S3_ZONE_COMPONENT_IDS = {
  'bronze-zone': 's3-bronze',
  'silver-zone': 's3-silver',
  'gold-zone': 's3-gold',
} as const satisfies Partial<Record<Role, string>>;

export type S3ZoneRole = keyof typeof S3_ZONE_COMPONENT_IDS;

export function isS3ZoneRole(role: Role): role is S3ZoneRole {
  return role in S3_ZONE_COMPONENT_IDS;
}

/**
 * Id of the component that fills `role` with `service`: the service id, except
 * for S3 zones (`s3-bronze`, `s3-silver`, `s3-gold`).
 */
export function componentIdFor(service: ServiceId, role: Role): string {
  if (service === 's3') {
    if (!isS3ZoneRole(role)) throw new Error(`S3 can only fill a medallion zone role, not "${role}"`);
    return S3_ZONE_COMPONENT_IDS[role];
  }
  return service;
}
