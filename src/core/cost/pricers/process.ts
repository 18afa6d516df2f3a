import { glueBilledMinutesPerRun, glueDpuHours, lambdaGbSeconds } from '../billing-rules';
import { INSTANCE_HOURS } from '../../pricing/price-keys';
import { type LineDraft, localized, type PricerContext, words } from '../line-draft';
import { ceilOfRatio, ceilWhole, DAYS_PER_MONTH, HOURS_PER_DAY, HOURS_PER_MONTH, perMonthFromPerDay } from '../money';

export function priceGlue(ctx: PricerContext): LineDraft[] {
  const runsPerDay = ctx.num('etlRunsPerDay');
  const runs = perMonthFromPerDay(runsPerDay);
  const dpus = ctx.num('etlJobDpus');
  const minutes = ctx.num('etlJobMinutes');
  const billed = glueBilledMinutesPerRun(minutes);
  const flex = ctx.choice('etlExecutionClass') === 'flex';
  return [
    {
      kind: 'priced', id: 'glue.etl-job', name: localized(flex ? 'ETL job runs (Flex)' : 'ETL job runs', flex ? 'Execuções de job de ETL (Flex)' : 'Execuções de job de ETL'),
      priceKey: flex ? 'glue.etl-job-flex' : 'glue.etl-job',
      quantity: glueDpuHours(runs, dpus, minutes), usageKeys: ['etlRunsPerDay', 'etlJobDpus', 'etlJobMinutes', 'etlExecutionClass'],
      derivation: words((n, en, pt) => [
        `${en(runsPerDay, 'run', 'runs')} per day × ${n(DAYS_PER_MONTH)} days × ${en(dpus, 'DPU', 'DPUs')} × ${en(billed, 'minute', 'minutes')} (1-minute minimum per run) ÷ 60`,
        `${pt(runsPerDay, 'execução', 'execuções')} por dia × ${n(DAYS_PER_MONTH)} dias × ${pt(dpus, 'DPU', 'DPUs')} × ${pt(billed, 'minuto', 'minutos')} (mínimo de 1 minuto por execução) ÷ 60`,
      ]),
    },
  ];
}

export function priceGlueDataCatalog(ctx: PricerContext): LineDraft[] {
  const objects = ctx.num('catalogObjects');
  const requests = ctx.num('monthlyCatalogRequests');
  return [
    {
      kind: 'priced', id: 'glue-data-catalog.storage', name: localized('Objects stored', 'Objetos armazenados'), priceKey: 'glue.catalog-storage',
      quantity: objects, usageKeys: ['catalogObjects'],
      derivation: words((_n, en, pt) => [en(objects, 'table, partition or database', 'tables, partitions and databases'), pt(objects, 'tabela, partição ou banco', 'tabelas, partições e bancos')]),
    },
    {
      kind: 'priced', id: 'glue-data-catalog.requests', name: localized('Requests', 'Requisições'), priceKey: 'glue.catalog-requests',
      quantity: requests, usageKeys: ['monthlyCatalogRequests'],
      derivation: words((_n, en, pt) => [`${en(requests, 'catalog request', 'catalog requests')} per month`, `${pt(requests, 'requisição', 'requisições')} ao catálogo por mês`]),
    },
  ];
}

export function priceEmr(ctx: PricerContext): LineDraft[] {
  const instance = ctx.choice('emrInstanceType');
  const count = ctx.num('emrInstanceCount');
  const hoursPerDay = ctx.num('emrHoursPerDay');
  const hours = perMonthFromPerDay(count.times(hoursPerDay));
  const usageKeys = ['emrInstanceType', 'emrInstanceCount', 'emrHoursPerDay'] as const;
  const derivation = words((n, en, pt) => [
    `${en(count, 'instance', 'instances')} × ${en(hoursPerDay, 'hour', 'hours')} per day × ${n(DAYS_PER_MONTH)} days`,
    `${pt(count, 'instância', 'instâncias')} × ${pt(hoursPerDay, 'hora', 'horas')} por dia × ${n(DAYS_PER_MONTH)} dias`,
  ]);
  return [
    {
      kind: 'priced', id: 'emr.surcharge', name: localized(`EMR charge on EC2 (${instance})`, `Tarifa do EMR sobre o EC2 (${instance})`), priceKey: 'emr.ec2-surcharge', variant: instance,
      quantity: hours, usageKeys, derivation,
    },
    {
      kind: 'unpriced', id: 'emr.ec2-instances', name: localized(`EC2 instances under EMR (${instance})`, `Instâncias EC2 sob o EMR (${instance})`),
      quantity: hours, unit: INSTANCE_HOURS, usageKeys,
      reason: localized(
        'EMR bills its charge on top of the EC2 instance price, and EC2 On-Demand prices are not in the price data. EMR Serverless prices are not in it either.',
        'O EMR cobra sua tarifa além do preço da instância EC2, e os preços On-Demand do EC2 não estão nos dados de preço. Os preços do EMR Serverless também não.',
      ),
    },
  ];
}

export function priceLambda(ctx: PricerContext): LineDraft[] {
  // An extraction function runs per pipeline run; a stream consumer runs per batch of records.
  const extracting = ctx.component.role === 'api-extract';
  const runsPerDay = ctx.num('etlRunsPerDay');
  const perRun = ctx.num('lambdaInvocationsPerEtlRun');
  const requests = extracting ? ceilOfRatio([runsPerDay, HOURS_PER_MONTH, perRun], [HOURS_PER_DAY]) : ctx.num('monthlyLambdaRequests');
  const requestKeys = extracting ? (['etlRunsPerDay', 'lambdaInvocationsPerEtlRun'] as const) : (['monthlyLambdaRequests'] as const);
  const requestWords = words((n, en, pt) =>
    extracting
      ? [
          `${en(runsPerDay, 'run', 'runs')} per day × ${n(DAYS_PER_MONTH)} days × ${en(perRun, 'invocation', 'invocations')} per run`,
          `${pt(runsPerDay, 'execução', 'execuções')} por dia × ${n(DAYS_PER_MONTH)} dias × ${pt(perRun, 'invocação', 'invocações')} por execução`,
        ]
      : [`${en(requests, 'invocation', 'invocations')} per month`, `${pt(requests, 'invocação', 'invocações')} por mês`],
  );
  const durationMs = ctx.num('lambdaDurationMs');
  const memoryMb = ctx.num('lambdaMemoryMb');
  const architecture = ctx.choice('lambdaArchitecture');
  const gbSeconds = lambdaGbSeconds(requests, durationMs, memoryMb);
  return [
    {
      kind: 'priced', id: 'lambda.requests', name: localized(`Requests (${architecture})`, `Requisições (${architecture})`), priceKey: 'lambda.requests', variant: architecture,
      quantity: requests, usageKeys: [...requestKeys, 'lambdaArchitecture'],
      derivation: requestWords,
    },
    {
      kind: 'priced', id: 'lambda.duration', name: localized(`Duration (${architecture})`, `Duração (${architecture})`), priceKey: 'lambda.duration', variant: architecture,
      quantity: gbSeconds, usageKeys: [...requestKeys, 'lambdaDurationMs', 'lambdaMemoryMb', 'lambdaArchitecture'],
      derivation: words((n, en, pt) => [
        `${en(requests, 'invocation', 'invocations')} × ${n(ceilWhole(durationMs))} ms ÷ 1,000 × ${n(memoryMb)} MB ÷ 1,024`,
        `${pt(requests, 'invocação', 'invocações')} × ${n(ceilWhole(durationMs))} ms ÷ 1.000 × ${n(memoryMb)} MB ÷ 1.024`,
      ]),
    },
  ];
}

export function priceStepFunctions(ctx: PricerContext): LineDraft[] {
  const runsPerDay = ctx.num('etlRunsPerDay');
  const perRun = ctx.num('stateTransitionsPerRun');
  return [
    {
      kind: 'priced', id: 'step-functions.state-transitions', name: localized('State transitions (Standard workflows)', 'Transições de estado (fluxos Standard)'), priceKey: 'step-functions.state-transitions',
      quantity: perMonthFromPerDay(runsPerDay).times(perRun), usageKeys: ['etlRunsPerDay', 'stateTransitionsPerRun'],
      derivation: words((n, en, pt) => [
        `${en(runsPerDay, 'pipeline run', 'pipeline runs')} per day × ${n(DAYS_PER_MONTH)} days × ${en(perRun, 'transition', 'transitions')} per run`,
        `${pt(runsPerDay, 'execução', 'execuções')} do pipeline por dia × ${n(DAYS_PER_MONTH)} dias × ${pt(perRun, 'transição', 'transições')} por execução`,
      ]),
    },
  ];
}

export function priceEventBridge(ctx: PricerContext): LineDraft[] {
  const events = ctx.num('monthlyEventBridgeEvents');
  return [
    {
      kind: 'priced', id: 'eventbridge.custom-events', name: localized('Custom events published', 'Eventos personalizados publicados'), priceKey: 'eventbridge.custom-events',
      quantity: events, usageKeys: ['monthlyEventBridgeEvents'],
      derivation: words((_n, en, pt) => [`${en(events, 'event', 'events')} per month (each up to 64 KB)`, `${pt(events, 'evento', 'eventos')} por mês (cada um até 64 KB)`]),
    },
  ];
}
