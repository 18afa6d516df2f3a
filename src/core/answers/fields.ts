import { countedUnit, type UnitLabel } from '../i18n/unit-label';
import type { Localized } from '../locales';
import type { AnswerFieldId } from './field-ids';
import {
  BUDGET_SENSITIVITY_LABELS,
  CONSUMER_KIND_LABELS,
  ESTATE_KIND_LABELS,
  FRESHNESS_LABELS,
  GOVERNANCE_NEED_LABELS,
  PRIORITY_LABELS,
  SOURCE_KIND_LABELS,
  TEAM_PREFERENCE_LABELS,
  TEAM_SKILL_LABELS,
} from './options';

/** How a field is answered, so the wizard can pick a control without knowing the schema. */
export type AnswerInputKind = 'text' | 'number' | 'choice' | 'choices';

/**
 * What a person sees about one answer field: its name, a hint on what to write,
 * and the discovery questions (`content/discovery/<locale>/<slug>.mdx`) that ask
 * it. `askedBy` must match the questions' `feeds`; a test holds them together.
 */
export interface AnswerField {
  readonly id: AnswerFieldId;
  readonly label: Localized;
  readonly help: Localized;
  readonly askedBy: readonly string[];
  readonly input: AnswerInputKind;
  /** Unit of a number field, as shown next to the input. */
  readonly unit?: UnitLabel;
  /** Allowed values of a choice field, in display order. */
  readonly options?: Readonly<Record<string, Localized>>;
}

const GB: Localized = { en: 'GB', 'pt-BR': 'GB' };
const QUERIES = countedUnit({ en: 'query', 'pt-BR': 'consulta' }, { en: 'queries', 'pt-BR': 'consultas' });

export const ANSWER_FIELDS: { readonly [Id in AnswerFieldId]: AnswerField & { readonly id: Id } } = {
  'opportunity.customerName': {
    id: 'opportunity.customerName',
    label: { en: 'Customer', 'pt-BR': 'Cliente' },
    help: {
      en: 'Company or opportunity name, as it should appear on the diagram and the proposal.',
      'pt-BR': 'Nome da empresa ou da oportunidade, como deve aparecer no diagrama e na proposta.',
    },
    askedBy: ['company-and-industry'],
    input: 'text',
  },
  'opportunity.industry': {
    id: 'opportunity.industry',
    label: { en: 'Industry', 'pt-BR': 'Setor' },
    help: {
      en: 'The market the customer is in, in a few words (for example retail, banking, logistics).',
      'pt-BR': 'O mercado do cliente, em poucas palavras (por exemplo varejo, banco, logística).',
    },
    askedBy: ['company-and-industry'],
    input: 'text',
  },
  'opportunity.region': {
    id: 'opportunity.region',
    label: { en: 'AWS Region', 'pt-BR': 'Região da AWS' },
    help: {
      en: 'Region code where the data must live, such as sa-east-1 (São Paulo); prices are taken from it.',
      'pt-BR': 'Código da região onde os dados devem ficar, como sa-east-1 (São Paulo); os preços vêm dela.',
    },
    askedBy: ['region-and-residency'],
    input: 'text',
  },
  'sources.kinds': {
    id: 'sources.kinds',
    label: { en: 'Data sources', 'pt-BR': 'Fontes de dados' },
    help: {
      en: 'Every kind of system the data comes from today; pick all that apply.',
      'pt-BR': 'Todos os tipos de sistema de onde os dados vêm hoje; marque todos os que se aplicam.',
    },
    askedBy: ['data-sources', 'events-per-second'],
    input: 'choices',
    options: SOURCE_KIND_LABELS,
  },
  'volume.dailyIngestGb': {
    id: 'volume.dailyIngestGb',
    label: { en: 'New data per day', 'pt-BR': 'Dados novos por dia' },
    help: {
      en: 'Gigabytes arriving per day across all sources, before compression. An order of magnitude is enough.',
      'pt-BR': 'Gigabytes que chegam por dia somando todas as fontes, antes da compressão. A ordem de grandeza basta.',
    },
    askedBy: ['data-volume-and-history'],
    input: 'number',
    unit: GB,
  },
  'volume.retainedHistoryGb': {
    id: 'volume.retainedHistoryGb',
    label: { en: 'History kept queryable', 'pt-BR': 'Histórico consultável' },
    help: {
      en: 'Gigabytes of history that must stay available to queries, including what will be migrated.',
      'pt-BR': 'Gigabytes de histórico que precisam continuar disponíveis para consultas, incluindo o que será migrado.',
    },
    askedBy: ['data-volume-and-history'],
    input: 'number',
    unit: GB,
  },
  'volume.eventsPerSecond': {
    id: 'volume.eventsPerSecond',
    label: { en: 'Peak events per second', 'pt-BR': 'Pico de eventos por segundo' },
    help: {
      en: 'Events per second at peak on the continuous sources (streams, IoT, logs).',
      'pt-BR': 'Eventos por segundo no pico das fontes contínuas (fluxos, IoT, logs).',
    },
    askedBy: ['events-per-second'],
    input: 'number',
    unit: countedUnit({ en: 'event/s', 'pt-BR': 'evento/s' }, { en: 'events/s', 'pt-BR': 'eventos/s' }),
  },
  'volume.recordSizeKb': {
    id: 'volume.recordSizeKb',
    label: { en: 'Average event size', 'pt-BR': 'Tamanho médio de um evento' },
    help: {
      en: 'Kilobytes in one streamed record on average; 1 KB is typical for JSON events.',
      'pt-BR': 'Kilobytes em um registro transmitido, em média; 1 KB é comum para eventos JSON.',
    },
    askedBy: ['events-per-second'],
    input: 'number',
    unit: { en: 'KB', 'pt-BR': 'KB' },
  },
  freshness: {
    id: 'freshness',
    label: { en: 'Freshness needed', 'pt-BR': 'Atualização necessária' },
    help: {
      en: 'How old the data can be when someone acts on it; give the freshest need if consumers differ.',
      'pt-BR': 'Quão antigo o dado pode estar quando alguém age com base nele; se os consumidores divergem, informe a necessidade mais exigente.',
    },
    askedBy: ['data-freshness'],
    input: 'choice',
    options: FRESHNESS_LABELS,
  },
  'consumers.kinds': {
    id: 'consumers.kinds',
    label: { en: 'Data consumers', 'pt-BR': 'Consumidores dos dados' },
    help: {
      en: 'Who uses the data once it is ready, and how; pick all that apply.',
      'pt-BR': 'Quem usa os dados quando estão prontos, e como; marque todos os que se aplicam.',
    },
    askedBy: ['data-consumers'],
    input: 'choices',
    options: CONSUMER_KIND_LABELS,
  },
  'consumers.dashboardUsers': {
    id: 'consumers.dashboardUsers',
    label: { en: 'Dashboard users', 'pt-BR': 'Usuários de painéis' },
    help: {
      en: 'People who read or build dashboards.',
      'pt-BR': 'Pessoas que leem ou constroem painéis.',
    },
    askedBy: ['dashboard-users-and-queries'],
    input: 'number',
    unit: countedUnit({ en: 'person', 'pt-BR': 'pessoa' }, { en: 'people', 'pt-BR': 'pessoas' }),
  },
  'consumers.queriesPerDay': {
    id: 'consumers.queriesPerDay',
    label: { en: 'Queries per day', 'pt-BR': 'Consultas por dia' },
    help: {
      en: 'SQL queries per day from dashboards and analysts together.',
      'pt-BR': 'Consultas SQL por dia, somando painéis e analistas.',
    },
    askedBy: ['dashboard-users-and-queries'],
    input: 'number',
    unit: QUERIES,
  },
  'consumers.concurrentQueries': {
    id: 'consumers.concurrentQueries',
    label: { en: 'Concurrent queries at peak', 'pt-BR': 'Consultas simultâneas no pico' },
    help: {
      en: 'Queries running at the same moment at the busiest hour, such as Monday morning dashboards.',
      'pt-BR': 'Consultas rodando ao mesmo tempo no horário de pico, como os painéis da segunda de manhã.',
    },
    askedBy: ['dashboard-users-and-queries'],
    input: 'number',
    unit: QUERIES,
  },
  'estate.existing': {
    id: 'estate.existing',
    label: { en: 'Existing data platforms', 'pt-BR': 'Plataformas de dados existentes' },
    help: {
      en: 'What the customer already runs and would migrate or keep; "Nothing yet" cannot be combined with others.',
      'pt-BR': 'O que o cliente já opera e migraria ou manteria; "Nada ainda" não pode ser combinado com outros.',
    },
    askedBy: ['current-analytics-projects', 'execution-challenges', 'existing-investments'],
    input: 'choices',
    options: ESTATE_KIND_LABELS,
  },
  'team.preference': {
    id: 'team.preference',
    label: { en: 'Team preference', 'pt-BR': 'Preferência da equipe' },
    help: {
      en: 'Whether the team would rather run nothing (serverless) or keep open-source engines it can move elsewhere.',
      'pt-BR': 'Se a equipe prefere não operar nada (serverless) ou manter motores de código aberto que possa levar para outro lugar.',
    },
    askedBy: ['team-skills-and-preference'],
    input: 'choice',
    options: TEAM_PREFERENCE_LABELS,
  },
  'team.skills': {
    id: 'team.skills',
    label: { en: 'Team skills', 'pt-BR': 'Habilidades da equipe' },
    help: {
      en: 'Skills the team that builds and runs the platform already has.',
      'pt-BR': 'Habilidades que a equipe que vai construir e operar a plataforma já tem.',
    },
    askedBy: ['execution-challenges', 'team-skills-and-preference'],
    input: 'choices',
    options: TEAM_SKILL_LABELS,
  },
  'governance.needs': {
    id: 'governance.needs',
    label: { en: 'Governance needs', 'pt-BR': 'Necessidades de governança' },
    help: {
      en: 'Sensitive data and the rules about who may see it; pick all that apply.',
      'pt-BR': 'Dados sensíveis e as regras sobre quem pode vê-los; marque todos os que se aplicam.',
    },
    askedBy: ['governance-requirements', 'region-and-residency'],
    input: 'choices',
    options: GOVERNANCE_NEED_LABELS,
  },
  'budget.sensitivity': {
    id: 'budget.sensitivity',
    label: { en: 'Budget sensitivity', 'pt-BR': 'Sensibilidade a custo' },
    help: {
      en: 'How much the monthly bill weighs against speed and convenience.',
      'pt-BR': 'Quanto a conta mensal pesa frente a velocidade e conveniência.',
    },
    askedBy: ['budget-sensitivity', 'cost-of-doing-nothing'],
    input: 'choice',
    options: BUDGET_SENSITIVITY_LABELS,
  },
  'goals.priorities': {
    id: 'goals.priorities',
    label: { en: 'Priorities', 'pt-BR': 'Prioridades' },
    help: {
      en: 'The outcomes the customer named as most important.',
      'pt-BR': 'Os resultados que o cliente apontou como mais importantes.',
    },
    askedBy: ['business-problems', 'cost-of-doing-nothing', 'cost-of-not-delivering', 'current-analytics-projects', 'top-priorities'],
    input: 'choices',
    options: PRIORITY_LABELS,
  },
  locale: {
    id: 'locale',
    label: { en: 'Language', 'pt-BR': 'Idioma' },
    help: {
      en: 'Language of the conversation, used for the diagram and exports unless another is chosen.',
      'pt-BR': 'Idioma da conversa, usado no diagrama e nas exportações se nenhum outro for escolhido.',
    },
    askedBy: ['others-involved'],
    input: 'choice',
    options: { 'pt-BR': { en: 'Portuguese (Brazil)', 'pt-BR': 'Português (Brasil)' }, en: { en: 'English', 'pt-BR': 'Inglês' } },
  },
  notes: {
    id: 'notes',
    label: { en: 'Seller notes', 'pt-BR': 'Anotações do vendedor' },
    help: {
      en: 'Free notes for the account team; never printed on customer-facing exports.',
      'pt-BR': 'Anotações livres para o time da conta; nunca aparecem em exportações para o cliente.',
    },
    askedBy: ['others-involved', 'role-in-project'],
    input: 'text',
  },
};

export function answerField(id: AnswerFieldId): AnswerField {
  return ANSWER_FIELDS[id];
}
