import type Decimal from 'decimal.js';
import { ceilOfRatio, GB_PER_KB, MB_PER_KB, MB_PER_GB, Money, TB_PER_MB } from './money';

/**
 * AWS billing rules as pure functions of usage, each citing the pricing page that states it.
 * Prices are applied elsewhere; these only turn usage into billed quantities.
 */

/** One provisioned shard takes 1 MB/s or 1,000 records/s in and serves 2 MB/s out (https://aws.amazon.com/kinesis/data-streams/pricing/). */
export function kinesisShardCount(eventsPerSecond: Decimal, recordSizeKb: Decimal, consumers: Decimal): Decimal {
  const inKbPerSecond = eventsPerSecond.times(recordSizeKb);
  return Money.max(1, inKbPerSecond.times(MB_PER_KB).ceil(), eventsPerSecond.div(1000).ceil(), inKbPerSecond.times(consumers).times(MB_PER_KB).div(2).ceil());
}

/** A PUT payload unit is a 25 KB chunk of a record: a 5 KB record is one unit, a 45 KB record two (https://aws.amazon.com/kinesis/data-streams/pricing/). */
export function putPayloadUnitsPerRecord(recordSizeKb: Decimal): Decimal {
  return Money.max(1, recordSizeKb.div(25).ceil());
}

/** Kinesis on-demand bills data in with each record rounded up to the next 1 KB (https://aws.amazon.com/kinesis/data-streams/pricing/). */
export function kinesisOnDemandGb(records: Decimal, recordSizeKb: Decimal): Decimal {
  return records.times(Money.max(1, recordSizeKb.ceil())).times(GB_PER_KB);
}

/** Firehose bills ingestion with each record rounded up to the nearest 5 KB (https://aws.amazon.com/firehose/pricing/). */
export function firehoseBilledRecordKb(recordSizeKb: Decimal): Decimal {
  return Money.max(1, recordSizeKb.div(5).ceil()).times(5);
}

export function firehoseBilledGb(records: Decimal, recordSizeKb: Decimal): Decimal {
  return records.times(firehoseBilledRecordKb(recordSizeKb)).times(GB_PER_KB);
}

/** Athena rounds each query's scan up to the next MB with a 10 MB minimum (https://aws.amazon.com/athena/pricing/). */
export function athenaBilledMbPerQuery(scannedGb: Decimal): Decimal {
  return Money.max(10, scannedGb.times(MB_PER_GB).ceil());
}

export function athenaBilledTb(queries: Decimal, scannedGbPerQuery: Decimal): Decimal {
  return queries.times(athenaBilledMbPerQuery(scannedGbPerQuery)).times(TB_PER_MB);
}

/** Glue Spark and Python jobs bill per second with a 1-minute minimum per run (https://aws.amazon.com/glue/pricing/). */
export function glueBilledMinutesPerRun(minutes: Decimal): Decimal {
  return Money.max(1, minutes);
}

export function glueDpuHours(runs: Decimal, dpus: Decimal, minutesPerRun: Decimal): Decimal {
  return runs.times(dpus).times(glueBilledMinutesPerRun(minutesPerRun)).div(60);
}

/** Lambda bills duration in 1 ms steps times the memory configured, in GB (https://aws.amazon.com/lambda/pricing/). */
export function lambdaGbSeconds(requests: Decimal, durationMs: Decimal, memoryMb: Decimal): Decimal {
  return requests.times(durationMs.ceil()).div(1000).times(memoryMb).div(1024);
}

/** An SQS request carries up to 64 KB; bigger messages count one request per 64 KB chunk (https://aws.amazon.com/sqs/pricing/). */
export function sqsRequestsPerMessage(recordSizeKb: Decimal, requestsPerMessage: Decimal): Decimal {
  return Money.max(1, recordSizeKb.div(64).ceil()).times(requestsPerMessage);
}

/** Objects written when `gb` are written in objects of `objectSizeMb`. */
export function objectsForGb(gb: Decimal, objectSizeMb: Decimal): Decimal {
  return ceilOfRatio([gb, MB_PER_GB], [objectSizeMb]);
}
