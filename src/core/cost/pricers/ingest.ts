import { firehoseBilledGb, firehoseBilledRecordKb, kinesisOnDemandGb, kinesisShardCount, putPayloadUnitsPerRecord, sqsRequestsPerMessage } from '../billing-rules';
import { type LineDraft, localized, type PricerContext, words } from '../line-draft';
import { ceilWhole, DAYS_PER_MONTH, HOURS_PER_MONTH, largest, Money, perMonthFromPerDay } from '../money';

export function priceKinesisDataStreams(ctx: PricerContext): LineDraft[] {
  const events = ctx.num('eventsPerSecond');
  const records = ctx.num('monthlyStreamEvents');
  const recordKb = ctx.num('recordSizeKb');
  const consumers = ctx.num('streamConsumers');
  const monthlyKeys = ['monthlyStreamEvents', 'dailyStreamGb', 'eventsPerSecond', 'dailyIngestGb', 'recordSizeKb'] as const;
  if (ctx.choice('kinesisCapacityMode') === 'on-demand') {
    const dataIn = kinesisOnDemandGb(records, recordKb);
    return [
      {
        kind: 'priced', id: 'kinesis-data-streams.stream-hours', name: localized('Stream hours (on-demand)', 'Horas de stream (sob demanda)'), priceKey: 'kinesis.on-demand-stream-hours',
        quantity: HOURS_PER_MONTH, usageKeys: ['kinesisCapacityMode'],
        derivation: words((n) => [`1 stream × ${n(HOURS_PER_MONTH)} hours per month`, `1 stream × ${n(HOURS_PER_MONTH)} horas por mês`]),
      },
      {
        kind: 'priced', id: 'kinesis-data-streams.data-in', name: localized('Data in (on-demand)', 'Dados de entrada (sob demanda)'), priceKey: 'kinesis.on-demand-data-in',
        quantity: dataIn, usageKeys: monthlyKeys,
        derivation: words((n, en, pt) => [
          `${en(records, 'record', 'records')} per month × ${n(largest(1, ceilWhole(recordKb)))} KB (each record rounded up to 1 KB) ÷ 1,048,576 KB per GB`,
          `${pt(records, 'registro', 'registros')} por mês × ${n(largest(1, ceilWhole(recordKb)))} KB (cada registro arredondado para 1 KB acima) ÷ 1.048.576 KB por GB`,
        ]),
      },
      {
        kind: 'priced', id: 'kinesis-data-streams.data-out', name: localized('Data out (on-demand)', 'Dados de saída (sob demanda)'), priceKey: 'kinesis.on-demand-data-out',
        quantity: dataIn.times(consumers), usageKeys: [...monthlyKeys, 'streamConsumers'],
        derivation: words((n, en, pt) => [`${n(dataIn)} GB in × ${en(consumers, 'consumer application', 'consumer applications')}`, `${n(dataIn)} GB de entrada × ${pt(consumers, 'aplicação consumidora', 'aplicações consumidoras')}`]),
      },
    ];
  }
  const shards = kinesisShardCount(events, recordKb, consumers);
  const units = putPayloadUnitsPerRecord(recordKb);
  return [
    {
      kind: 'priced', id: 'kinesis-data-streams.shard-hours', name: localized('Shard hours (provisioned)', 'Horas de shard (provisionado)'), priceKey: 'kinesis.shard-hours',
      quantity: shards.times(HOURS_PER_MONTH), usageKeys: ['eventsPerSecond', 'recordSizeKb', 'streamConsumers'],
      derivation: words((n, en, pt) => [
        `${en(shards, 'shard', 'shards')} (1 MB/s or 1,000 records/s in and 2 MB/s out each, for a peak of ${n(events)} records/s of ${n(recordKb)} KB read by ${en(consumers, 'application', 'applications')}) × ${n(HOURS_PER_MONTH)} hours per month`,
        `${pt(shards, 'shard', 'shards')} (cada um recebe 1 MB/s ou 1.000 registros/s e entrega 2 MB/s, para um pico de ${n(events)} registros/s de ${n(recordKb)} KB lidos por ${pt(consumers, 'aplicação', 'aplicações')}) × ${n(HOURS_PER_MONTH)} horas por mês`,
      ]),
    },
    {
      kind: 'priced', id: 'kinesis-data-streams.put-payload-units', name: localized('PUT payload units (25 KB)', 'Unidades de payload PUT (25 KB)'), priceKey: 'kinesis.put-payload-units',
      quantity: records.times(units), usageKeys: monthlyKeys,
      derivation: words((n, en, pt) => [
        `${en(records, 'record', 'records')} per month × ${en(units, 'unit', 'units')} per record (${n(recordKb)} KB in 25 KB chunks, rounded up)`,
        `${pt(records, 'registro', 'registros')} por mês × ${pt(units, 'unidade', 'unidades')} por registro (${n(recordKb)} KB em blocos de 25 KB, arredondado para cima)`,
      ]),
    },
  ];
}

export function priceDataFirehose(ctx: PricerContext): LineDraft[] {
  const records = ctx.num('monthlyStreamEvents');
  const recordKb = ctx.num('recordSizeKb');
  const billedKb = firehoseBilledRecordKb(recordKb);
  return [
    {
      kind: 'priced', id: 'data-firehose.ingestion', name: localized('Data ingested', 'Dados ingeridos'), priceKey: 'firehose.ingest',
      quantity: firehoseBilledGb(records, recordKb), usageKeys: ['monthlyStreamEvents', 'dailyStreamGb', 'eventsPerSecond', 'dailyIngestGb', 'recordSizeKb'],
      derivation: words((n, en, pt) => [
        `${en(records, 'record', 'records')} per month × ${n(billedKb)} KB (${n(recordKb)} KB rounded up to the next 5 KB) ÷ 1,048,576 KB per GB`,
        `${pt(records, 'registro', 'registros')} por mês × ${n(billedKb)} KB (${pt(recordKb, 'KB arredondado', 'KB arredondados')} para os próximos 5 KB) ÷ 1.048.576 KB por GB`,
      ]),
    },
  ];
}

export function priceMsk(ctx: PricerContext): LineDraft[] {
  const brokers = ctx.num('mskBrokerCount');
  const broker = ctx.choice('mskBrokerType');
  const storage = ctx.num('mskStorageGbPerBroker');
  return [
    {
      kind: 'priced', id: 'msk.broker-hours', name: localized(`Broker hours (${broker})`, `Horas de broker (${broker})`), priceKey: 'msk.broker-hours', variant: broker,
      quantity: brokers.times(HOURS_PER_MONTH), usageKeys: ['mskBrokerCount', 'mskBrokerType'],
      derivation: words((n, en, pt) => [`${en(brokers, 'broker', 'brokers')} × ${n(HOURS_PER_MONTH)} hours per month`, `${pt(brokers, 'broker', 'brokers')} × ${n(HOURS_PER_MONTH)} horas por mês`]),
    },
    {
      kind: 'priced', id: 'msk.storage', name: localized('Broker storage', 'Armazenamento dos brokers'), priceKey: 'msk.storage',
      quantity: brokers.times(storage), usageKeys: ['mskStorageGbPerBroker', 'mskBrokerCount'],
      derivation: words((n, en, pt) => [`${en(brokers, 'broker', 'brokers')} × ${n(storage)} GB provisioned each`, `${pt(brokers, 'broker', 'brokers')} × ${pt(storage, 'GB provisionado', 'GB provisionados')} cada`]),
    },
  ];
}

export function priceSqs(ctx: PricerContext): LineDraft[] {
  const messages = ctx.num('monthlyStreamEvents');
  const recordKb = ctx.num('recordSizeKb');
  const perMessage = sqsRequestsPerMessage(recordKb, ctx.num('sqsRequestsPerMessage'));
  return [
    {
      kind: 'priced', id: 'sqs.requests', name: localized('Requests (standard queue)', 'Requisições (fila padrão)'), priceKey: 'sqs.standard-requests',
      quantity: messages.times(perMessage), usageKeys: ['monthlyStreamEvents', 'dailyStreamGb', 'eventsPerSecond', 'dailyIngestGb', 'recordSizeKb', 'sqsRequestsPerMessage'],
      derivation: words((_n, en, pt) => [
        `${en(messages, 'message', 'messages')} per month × ${en(perMessage, 'request', 'requests')} per message (send, receive, delete; one per 64 KB chunk)`,
        `${pt(messages, 'mensagem', 'mensagens')} por mês × ${pt(perMessage, 'requisição', 'requisições')} por mensagem (envio, recebimento, exclusão; uma por bloco de 64 KB)`,
      ]),
      note: localized('The price data gives the first paid tier only; AWS charges less per request at very high volumes.', 'Os dados de preço trazem só a primeira faixa paga; a AWS cobra menos por requisição em volumes muito altos.'),
    },
  ];
}

export function priceDms(ctx: PricerContext): LineDraft[] {
  const instance = ctx.choice('dmsInstanceClass');
  const deployment = ctx.choice('dmsDeployment');
  const hoursPerDay = ctx.num('dmsHoursPerDay');
  return [
    {
      kind: 'priced', id: 'dms.replication-instance', name: localized(`Replication instance (${instance}, ${deployment})`, `Instância de replicação (${instance}, ${deployment})`),
      priceKey: 'dms.instance-hours', variant: `${instance}/${deployment}`,
      quantity: perMonthFromPerDay(hoursPerDay), usageKeys: ['dmsInstanceClass', 'dmsDeployment', 'dmsHoursPerDay'],
      derivation: words((n, en, pt) => [`${en(hoursPerDay, 'hour', 'hours')} per day × ${n(DAYS_PER_MONTH)} days per month`, `${pt(hoursPerDay, 'hora', 'horas')} por dia × ${n(DAYS_PER_MONTH)} dias por mês`]),
      note: localized('Storage beyond what the instance includes is not priced.', 'Armazenamento além do incluído na instância não está precificado.'),
    },
  ];
}
