import type { Localized } from '../locales';

/**
 * The closed vocabularies of the answers format. Values are stable kebab-case ids
 * (saved answers, share links and rules use them); labels are for people.
 */

export const SOURCE_KINDS = ['relational-databases', 'file-exports', 'saas-apis', 'event-streams', 'iot', 'logs'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const FRESHNESS_LEVELS = ['realtime-seconds', 'near-real-time-minutes', 'hourly', 'daily-batch'] as const;
export type Freshness = (typeof FRESHNESS_LEVELS)[number];

export const CONSUMER_KINDS = ['bi-dashboards', 'adhoc-sql', 'data-science-ml', 'operational-apps', 'data-products'] as const;
export type ConsumerKind = (typeof CONSUMER_KINDS)[number];

export const ESTATE_KINDS = ['onprem-dw', 'hadoop-spark', 'kafka', 'existing-lake', 'none'] as const;
export type EstateKind = (typeof ESTATE_KINDS)[number];

export const TEAM_PREFERENCES = ['serverless-managed', 'open-source-portability'] as const;
export type TeamPreference = (typeof TEAM_PREFERENCES)[number];

export const TEAM_SKILLS = ['sql', 'python', 'spark', 'kafka', 'java-scala', 'machine-learning'] as const;
export type TeamSkill = (typeof TEAM_SKILLS)[number];

export const GOVERNANCE_NEEDS = ['pii', 'lgpd-gdpr', 'fine-grained-access', 'audit'] as const;
export type GovernanceNeed = (typeof GOVERNANCE_NEEDS)[number];

export const BUDGET_SENSITIVITIES = ['low', 'medium', 'high'] as const;
export type BudgetSensitivity = (typeof BUDGET_SENSITIVITIES)[number];

export const PRIORITIES = [
  'faster-insights',
  'self-service-analytics',
  'cut-costs',
  'retire-legacy',
  'real-time-decisions',
  'adopt-ml',
  'monetise-data',
  'compliance',
] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, Localized> = {
  'relational-databases': { en: 'Relational databases', 'pt-BR': 'Bancos de dados relacionais' },
  'file-exports': { en: 'Files and CSV exports', 'pt-BR': 'Arquivos e exportações CSV' },
  'saas-apis': { en: 'SaaS applications and APIs', 'pt-BR': 'Aplicações SaaS e APIs' },
  'event-streams': { en: 'Event streams', 'pt-BR': 'Fluxos de eventos' },
  iot: { en: 'IoT devices', 'pt-BR': 'Dispositivos IoT' },
  logs: { en: 'Application and infrastructure logs', 'pt-BR': 'Logs de aplicações e infraestrutura' },
};

export const FRESHNESS_LABELS: Record<Freshness, Localized> = {
  'realtime-seconds': { en: 'Real time (seconds)', 'pt-BR': 'Tempo real (segundos)' },
  'near-real-time-minutes': { en: 'Near real time (minutes)', 'pt-BR': 'Quase tempo real (minutos)' },
  hourly: { en: 'Hourly', 'pt-BR': 'De hora em hora' },
  'daily-batch': { en: 'Daily batch', 'pt-BR': 'Lote diário' },
};

export const CONSUMER_KIND_LABELS: Record<ConsumerKind, Localized> = {
  'bi-dashboards': { en: 'BI dashboards', 'pt-BR': 'Painéis de BI' },
  'adhoc-sql': { en: 'Ad-hoc SQL', 'pt-BR': 'SQL ad hoc' },
  'data-science-ml': { en: 'Data science and ML', 'pt-BR': 'Ciência de dados e ML' },
  'operational-apps': { en: 'Operational applications and APIs', 'pt-BR': 'Aplicações operacionais e APIs' },
  'data-products': { en: 'Data products shared or sold', 'pt-BR': 'Produtos de dados compartilhados ou vendidos' },
};

export const ESTATE_KIND_LABELS: Record<EstateKind, Localized> = {
  'onprem-dw': { en: 'On-premises data warehouse', 'pt-BR': 'Data warehouse on-premises' },
  'hadoop-spark': { en: 'Hadoop or Spark clusters', 'pt-BR': 'Clusters Hadoop ou Spark' },
  kafka: { en: 'Apache Kafka', 'pt-BR': 'Apache Kafka' },
  'existing-lake': { en: 'An existing data lake', 'pt-BR': 'Um data lake existente' },
  none: { en: 'Nothing yet', 'pt-BR': 'Nada ainda' },
};

export const TEAM_PREFERENCE_LABELS: Record<TeamPreference, Localized> = {
  'serverless-managed': { en: 'Serverless and managed services', 'pt-BR': 'Serviços serverless e gerenciados' },
  'open-source-portability': { en: 'Open source and portability', 'pt-BR': 'Código aberto e portabilidade' },
};

export const TEAM_SKILL_LABELS: Record<TeamSkill, Localized> = {
  sql: { en: 'SQL', 'pt-BR': 'SQL' },
  python: { en: 'Python', 'pt-BR': 'Python' },
  spark: { en: 'Apache Spark', 'pt-BR': 'Apache Spark' },
  kafka: { en: 'Apache Kafka', 'pt-BR': 'Apache Kafka' },
  'java-scala': { en: 'Java or Scala', 'pt-BR': 'Java ou Scala' },
  'machine-learning': { en: 'Machine learning', 'pt-BR': 'Machine learning' },
};

export const GOVERNANCE_NEED_LABELS: Record<GovernanceNeed, Localized> = {
  pii: { en: 'Personal data (PII)', 'pt-BR': 'Dados pessoais (PII)' },
  'lgpd-gdpr': { en: 'LGPD or GDPR obligations', 'pt-BR': 'Obrigações da LGPD ou GDPR' },
  'fine-grained-access': { en: 'Fine-grained access (columns and rows)', 'pt-BR': 'Acesso granular (colunas e linhas)' },
  audit: { en: 'Audit trail', 'pt-BR': 'Trilha de auditoria' },
};

export const BUDGET_SENSITIVITY_LABELS: Record<BudgetSensitivity, Localized> = {
  low: { en: 'Low: results matter more than the bill', 'pt-BR': 'Baixa: o resultado importa mais que a conta' },
  medium: { en: 'Medium: a predictable bill', 'pt-BR': 'Média: uma conta previsível' },
  high: { en: 'High: the lowest monthly bill', 'pt-BR': 'Alta: a menor conta mensal' },
};

export const PRIORITY_LABELS: Record<Priority, Localized> = {
  'faster-insights': { en: 'Faster insights', 'pt-BR': 'Insights mais rápidos' },
  'self-service-analytics': { en: 'Self-service analytics', 'pt-BR': 'Análises self-service' },
  'cut-costs': { en: 'Lower infrastructure costs', 'pt-BR': 'Reduzir custos de infraestrutura' },
  'retire-legacy': { en: 'Retire legacy platforms', 'pt-BR': 'Desligar plataformas legadas' },
  'real-time-decisions': { en: 'Real-time decisions', 'pt-BR': 'Decisões em tempo real' },
  'adopt-ml': { en: 'Adopt machine learning', 'pt-BR': 'Adotar machine learning' },
  'monetise-data': { en: 'Monetise data', 'pt-BR': 'Monetizar dados' },
  compliance: { en: 'Meet compliance requirements', 'pt-BR': 'Atender requisitos de conformidade' },
};
