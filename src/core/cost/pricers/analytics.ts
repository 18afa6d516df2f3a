import { athenaBilledMbPerQuery, athenaBilledTb } from '../billing-rules';
import { INSTANCE_HOURS } from '../../pricing/price-keys';
import { type LineDraft, localized, type PricerContext, words } from '../line-draft';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, perMonthFromPerDay } from '../money';

export function priceAthena(ctx: PricerContext): LineDraft[] {
  const perDay = ctx.num('queriesPerDay');
  const queries = perMonthFromPerDay(perDay);
  const scanned = ctx.num('scannedGbPerQuery');
  const billedMb = athenaBilledMbPerQuery(scanned);
  return [
    {
      kind: 'priced', id: 'athena.data-scanned', name: localized('Data scanned by SQL queries', 'Dados lidos por consultas SQL'), priceKey: 'athena.data-scanned',
      quantity: athenaBilledTb(queries, scanned), usageKeys: ['queriesPerDay', 'scannedGbPerQuery'],
      derivation: words((n, en, pt) => [
        `${en(perDay, 'query', 'queries')} per day × ${n(DAYS_PER_MONTH)} days × ${n(billedMb)} MB per query (${n(scanned)} GB rounded up to the MB, 10 MB minimum) ÷ 1,048,576 MB per TB`,
        `${pt(perDay, 'consulta', 'consultas')} por dia × ${n(DAYS_PER_MONTH)} dias × ${n(billedMb)} MB por consulta (${pt(scanned, 'GB arredondado', 'GB arredondados')} para o MB acima, mínimo de 10 MB) ÷ 1.048.576 MB por TB`,
      ]),
    },
  ];
}

const REDSHIFT_STORAGE_GAP = localized(
  'Redshift Managed Storage is billed per GB-month, and that price is not in the price data.',
  'O Redshift Managed Storage é cobrado por GB-mês, e esse preço não está nos dados de preço.',
);

export function priceRedshift(ctx: PricerContext): LineDraft[] {
  if (ctx.choice('redshiftDeployment') === 'provisioned') {
    const node = ctx.choice('redshiftNodeType');
    const nodes = ctx.num('redshiftNodeCount');
    const lines: LineDraft[] = [
      {
        kind: 'priced', id: 'redshift.node-hours', name: localized(`Node hours (${node})`, `Horas de nó (${node})`), priceKey: 'redshift.node-hours', variant: node,
        quantity: nodes.times(HOURS_PER_MONTH), usageKeys: ['redshiftDeployment', 'redshiftNodeType', 'redshiftNodeCount'],
        derivation: words((n, en, pt) => [`${en(nodes, 'node', 'nodes')} × ${n(HOURS_PER_MONTH)} hours per month`, `${pt(nodes, 'nó', 'nós')} × ${n(HOURS_PER_MONTH)} horas por mês`]),
      },
    ];
    if (node.startsWith('ra3')) lines.push({ kind: 'unpriced', id: 'redshift.managed-storage', name: localized('Managed storage (RA3)', 'Armazenamento gerenciado (RA3)'), reason: REDSHIFT_STORAGE_GAP, usageKeys: ['redshiftNodeType'] });
    return lines;
  }
  const rpus = ctx.num('redshiftBaseRpus');
  const hoursPerDay = ctx.num('redshiftActiveHoursPerDay');
  return [
    {
      kind: 'priced', id: 'redshift.serverless-compute', name: localized('Serverless compute', 'Computação serverless'), priceKey: 'redshift.serverless-rpu-hours',
      quantity: perMonthFromPerDay(rpus.times(hoursPerDay)), usageKeys: ['redshiftDeployment', 'redshiftBaseRpus', 'redshiftActiveHoursPerDay'],
      derivation: words((n, en, pt) => [
        `${en(rpus, 'RPU', 'RPUs')} × ${en(hoursPerDay, 'busy hour', 'busy hours')} per day × ${n(DAYS_PER_MONTH)} days`,
        `${pt(rpus, 'RPU', 'RPUs')} × ${pt(hoursPerDay, 'hora ativa', 'horas ativas')} por dia × ${n(DAYS_PER_MONTH)} dias`,
      ]),
    },
    { kind: 'unpriced', id: 'redshift.managed-storage', name: localized('Managed storage', 'Armazenamento gerenciado'), reason: REDSHIFT_STORAGE_GAP, usageKeys: ['redshiftDeployment'] },
  ];
}

export function priceQuickSight(ctx: PricerContext): LineDraft[] {
  const authors = ctx.num('dashboardAuthors');
  const readers = ctx.num('dashboardReaders');
  const readerPro = ctx.choice('quicksightReaderPlan') === 'reader-pro';
  return [
    {
      kind: 'priced', id: 'quicksight.authors', name: localized('Author seats (Author Pro)', 'Assentos de autor (Author Pro)'), priceKey: 'quicksight.author-pro',
      quantity: authors, usageKeys: ['dashboardAuthors'],
      derivation: words((_n, en, pt) => [`${en(authors, 'author', 'authors')} × 1 month`, `${pt(authors, 'autor', 'autores')} × 1 mês`]),
      note: localized('The price data has no plain Author seat, so authors are priced as Author Pro.', 'Os dados de preço não têm o assento Author simples, então autores são precificados como Author Pro.'),
    },
    {
      kind: 'priced', id: 'quicksight.readers', name: localized(readerPro ? 'Reader seats (Reader Pro)' : 'Reader seats', readerPro ? 'Assentos de leitor (Reader Pro)' : 'Assentos de leitor'),
      priceKey: readerPro ? 'quicksight.reader-pro' : 'quicksight.reader',
      quantity: readers, usageKeys: ['dashboardReaders', 'quicksightReaderPlan'],
      derivation: words((_n, en, pt) => [`${en(readers, 'reader', 'readers')} × 1 month`, `${pt(readers, 'leitor', 'leitores')} × 1 mês`]),
    },
  ];
}

export function priceSageMaker(ctx: PricerContext): LineDraft[] {
  const instance = ctx.choice('sagemakerNotebookInstance');
  const notebookHours = ctx.num('monthlyNotebookHours');
  const trainingHours = ctx.num('monthlyTrainingHours');
  const inferenceHours = ctx.num('monthlyInferenceHours');
  return [
    {
      kind: 'priced', id: 'sagemaker.notebooks', name: localized(`Studio notebooks (${instance})`, `Notebooks do Studio (${instance})`), priceKey: 'sagemaker.notebook-hours', variant: instance,
      quantity: notebookHours, usageKeys: ['monthlyNotebookHours', 'sagemakerNotebookInstance'],
      derivation: words((_n, en, pt) => [`${en(notebookHours, 'notebook hour', 'notebook hours')} per month`, `${pt(notebookHours, 'hora', 'horas')} de notebook por mês`]),
    },
    {
      kind: 'unpriced', id: 'sagemaker.training', name: localized('Training instances', 'Instâncias de treinamento'), quantity: trainingHours, unit: INSTANCE_HOURS, usageKeys: ['monthlyTrainingHours'],
      reason: localized('SageMaker training instance prices are not in the price data.', 'Os preços de instâncias de treinamento do SageMaker não estão nos dados de preço.'),
    },
    {
      kind: 'unpriced', id: 'sagemaker.inference', name: localized('Real-time inference endpoints', 'Endpoints de inferência em tempo real'), quantity: inferenceHours, unit: INSTANCE_HOURS, usageKeys: ['monthlyInferenceHours'],
      reason: localized('SageMaker inference instance prices are not in the price data.', 'Os preços de instâncias de inferência do SageMaker não estão nos dados de preço.'),
    },
  ];
}

export function priceOpenSearch(ctx: PricerContext): LineDraft[] {
  const instance = ctx.choice('opensearchInstanceType');
  const nodes = ctx.num('opensearchInstanceCount');
  return [
    {
      kind: 'priced', id: 'opensearch.instances', name: localized(`Data nodes (${instance})`, `Nós de dados (${instance})`), priceKey: 'opensearch.instance-hours', variant: instance,
      quantity: nodes.times(HOURS_PER_MONTH), usageKeys: ['opensearchInstanceType', 'opensearchInstanceCount'],
      derivation: words((n, en, pt) => [`${en(nodes, 'node', 'nodes')} × ${n(HOURS_PER_MONTH)} hours per month`, `${pt(nodes, 'nó', 'nós')} × ${n(HOURS_PER_MONTH)} horas por mês`]),
    },
    {
      kind: 'unpriced', id: 'opensearch.ebs-storage', name: localized('EBS storage of the data nodes', 'Armazenamento EBS dos nós de dados'), usageKeys: ['opensearchInstanceCount'],
      reason: localized('OpenSearch Service EBS storage prices are not in the price data.', 'Os preços de armazenamento EBS do OpenSearch Service não estão nos dados de preço.'),
    },
  ];
}
