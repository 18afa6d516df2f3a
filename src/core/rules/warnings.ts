import { PERSONAL_DATA, STREAMING_SOURCES } from './predicates';
import type { WarningRule } from './types';

/**
 * Caveats raised after the rules have run: answers that are missing or pull in
 * different directions, so the seller knows which question to go back to.
 * `has` conditions here see the finished architecture.
 */
export const WARNING_RULES: readonly WarningRule[] = [
  {
    id: 'streaming-without-freshness',
    when: { all: [STREAMING_SOURCES, { field: 'freshness', unanswered: true }] },
    message: {
      en: 'Streaming sources were named but no freshness was given: events land in the lake through Firehose within minutes, with no real-time processing. Ask whether anyone must act on them within seconds.',
      'pt-BR': 'Foram citadas fontes de streaming, mas não a atualização necessária: os eventos chegam ao data lake pelo Firehose em minutos, sem processamento em tempo real. Pergunte se alguém precisa agir sobre eles em segundos.',
    },
    fields: ['freshness', 'sources.kinds'],
  },
  {
    id: 'freshness-unknown',
    when: { all: [{ not: STREAMING_SOURCES }, { field: 'freshness', unanswered: true }] },
    message: {
      en: 'Freshness was not answered, so the pipeline is planned as a daily batch. Ask how old the data can be when someone acts on it.',
      'pt-BR': 'A atualização necessária não foi respondida, então o pipeline foi planejado como lote diário. Pergunte quão antigo o dado pode estar quando alguém age com base nele.',
    },
    fields: ['freshness'],
  },
  {
    id: 'realtime-without-streams',
    when: { all: [{ field: 'freshness', in: ['realtime-seconds'] }, { not: STREAMING_SOURCES }] },
    message: {
      en: 'Real-time freshness was asked for, but no source sends events continuously: database changes reach the lake in minutes through DMS at best. Confirm which source must be seen within seconds.',
      'pt-BR': 'Foi pedida atualização em tempo real, mas nenhuma fonte envia eventos continuamente: alterações dos bancos chegam ao data lake em minutos pelo DMS, no melhor caso. Confirme qual fonte precisa ser vista em segundos.',
    },
    fields: ['freshness', 'sources.kinds'],
  },
  {
    id: 'sources-unknown',
    when: { field: 'sources.kinds', unanswered: true },
    message: {
      en: 'No data sources were given, so the architecture assumes files arrive in the bronze zone. Ask where the data comes from today.',
      'pt-BR': 'Nenhuma fonte de dados foi informada, então a arquitetura supõe arquivos chegando à zona bronze. Pergunte de onde os dados vêm hoje.',
    },
    fields: ['sources.kinds'],
  },
  {
    id: 'consumers-unknown',
    when: { field: 'consumers.kinds', unanswered: true },
    message: {
      en: 'No data consumers were given, so Athena is included for SQL on the lake by default. Ask who uses the data once it is ready, and how.',
      'pt-BR': 'Nenhum consumidor dos dados foi informado, então o Athena foi incluído por padrão para SQL no data lake. Pergunte quem usa os dados quando estão prontos, e como.',
    },
    fields: ['consumers.kinds'],
  },
  {
    id: 'volume-unknown',
    when: { field: 'volume.dailyIngestGb', unanswered: true },
    message: {
      en: 'The daily volume is unknown, so storage, processing and query costs use the estimator’s default volume. Ask for an order of magnitude: gigabytes or terabytes a day.',
      'pt-BR': 'O volume diário é desconhecido, então os custos de armazenamento, processamento e consulta usam o volume padrão do estimador. Peça uma ordem de grandeza: gigabytes ou terabytes por dia.',
    },
    fields: ['volume.dailyIngestGb'],
  },
  {
    id: 'event-rate-unknown',
    when: { all: [{ has: 'stream-buffer' }, { field: 'volume.eventsPerSecond', unanswered: true }] },
    message: {
      en: 'The event rate is unknown: stream capacity falls back to the estimator’s default, and stream processing assumes a modest rate (Lambda rather than Flink). Ask for the peak events per second.',
      'pt-BR': 'A taxa de eventos é desconhecida: a capacidade do fluxo usa o padrão do estimador, e o processamento supõe uma taxa modesta (Lambda em vez de Flink). Pergunte o pico de eventos por segundo.',
    },
    fields: ['volume.eventsPerSecond'],
  },
  {
    id: 'history-size-unknown',
    when: {
      all: [
        { field: 'estate.existing', includesAny: ['onprem-dw', 'hadoop-spark', 'existing-lake'] },
        { field: 'volume.retainedHistoryGb', unanswered: true },
      ],
    },
    message: {
      en: 'An existing platform will be migrated but the size of its history is unknown; whether to ship it on Snowball or copy it over the network depends on it. Ask how many terabytes must move.',
      'pt-BR': 'Uma plataforma existente será migrada, mas o tamanho do histórico é desconhecido; enviá-lo por Snowball ou copiá-lo pela rede depende disso. Pergunte quantos terabytes precisam ser movidos.',
    },
    fields: ['volume.retainedHistoryGb', 'estate.existing'],
  },
  {
    id: 'pii-without-access-rules',
    when: { all: [PERSONAL_DATA, { not: { field: 'governance.needs', includesAny: ['fine-grained-access'] } }] },
    message: {
      en: 'Personal data (or LGPD/GDPR) was named but fine-grained access was not: Lake Formation is included anyway, because someone must decide who sees raw identifiers. Confirm who that is.',
      'pt-BR': 'Dados pessoais (ou LGPD/GDPR) foram citados, mas não o acesso granular: o Lake Formation foi incluído mesmo assim, porque alguém precisa decidir quem vê os identificadores originais. Confirme quem é.',
    },
    fields: ['governance.needs'],
  },
  {
    id: 'sharing-without-governance',
    when: { all: [{ field: 'consumers.kinds', includesAny: ['data-products'] }, { field: 'governance.needs', unanswered: true }] },
    message: {
      en: 'Data is to be shared or sold but no governance need was stated. Confirm consent, personal data and licensing before any data set leaves the company.',
      'pt-BR': 'Os dados serão compartilhados ou vendidos, mas nenhuma necessidade de governança foi informada. Confirme consentimento, dados pessoais e licenciamento antes que qualquer conjunto de dados saia da empresa.',
    },
    fields: ['governance.needs', 'consumers.kinds'],
  },
  {
    id: 'ml-without-skills',
    when: { all: [{ has: 'machine-learning' }, { not: { field: 'team.skills', includesAny: ['machine-learning'] } }] },
    message: {
      en: 'Machine learning is planned but the team has no ML skills yet: plan for SageMaker Canvas or a partner, and use the "no data scientists" objection answer.',
      'pt-BR': 'Machine learning está nos planos, mas a equipe ainda não tem essa habilidade: considere o SageMaker Canvas ou um parceiro, e use a resposta à objeção "não temos cientistas de dados".',
    },
    fields: ['team.skills'],
  },
  {
    id: 'region-unknown',
    when: { field: 'opportunity.region', unanswered: true },
    message: {
      en: 'No AWS Region was given, so prices come from the estimator’s default Region. Ask where the data must live.',
      'pt-BR': 'Nenhuma região da AWS foi informada, então os preços vêm da região padrão do estimador. Pergunte onde os dados precisam ficar.',
    },
    fields: ['opportunity.region'],
  },
];
