import type Big from 'big.js';
import { ceilOfRatio, ceilWhole, GB_PER_KB, largest, MB_PER_KB, MB_PER_GB, TB_PER_MB } from './money';

/**
 * AWS billing rules as pure functions of usage, each citing the pricing page that states it.
 * Prices are applied elsewhere; these only turn usage into billed quantities.
 */

/** One provisioned shard takes 1 MB/s or 1,000 records/s in and serves 2 MB/s out (https://aws.amazon.com/kinesis/data-streams/pricing/). */
export function kinesisShardCount(eventsPerSecond: Big, recordSizeKb: Big, consumers: Big): Big {
  const inKbPerSecond = eventsPerSecond.times(recordSizeKb);
  return largest(1, ceilWhole(inKbPerSecond.times(MB_PER_KB)), ceilWhole(eventsPerSecond.div(1000)), ceilWhole(inKbPerSecond.times(consumers).times(MB_PER_KB).div(2)));
}

/** A PUT payload unit is a 25 KB chunk of a record: a 5 KB record is one unit, a 45 KB record two (https://aws.amazon.com/kinesis/data-streams/pricing/). */
export function putPayloadUnitsPerRecord(recordSizeKb: Big): Big {
  return largest(1, ceilWhole(recordSizeKb.div(25)));
}

/** Kinesis on-demand bills data in with each record rounded up to the next 1 KB (https://aws.amazon.com/kinesis/data-streams/pricing/). */
export function kinesisOnDemandGb(records: Big, recordSizeKb: Big): Big {
  return records.times(largest(1, ceilWhole(recordSizeKb))).times(GB_PER_KB);
}

/** Firehose bills ingestion with each record rounded up to the nearest 5 KB (https://aws.amazon.com/firehose/pricing/). */
export function firehoseBilledRecordKb(recordSizeKb: Big): Big {
  return largest(1, ceilWhole(recordSizeKb.div(5))).times(5);
}

export function firehoseBilledGb(records: Big, recordSizeKb: Big): Big {
  return records.times(firehoseBilledRecordKb(recordSizeKb)).times(GB_PER_KB);
}

/** Athena rounds each query's scan up to the next MB with a 10 MB minimum (https://aws.amazon.com/athena/pricing/). */
export function athenaBilledMbPerQuery(scannedGb: Big): Big {
  return largest(10, ceilWhole(scannedGb.times(MB_PER_GB)));
}

export function athenaBilledTb(queries: Big, scannedGbPerQuery: Big): Big {
  return queries.times(athenaBilledMbPerQuery(scannedGbPerQuery)).times(TB_PER_MB);
}

/** Glue Spark and Python jobs bill per second with a 1-minute minimum per run (https://aws.amazon.com/glue/pricing/). */
export function glueBilledMinutesPerRun(minutes: Big): Big {
  return largest(1, minutes);
}

export function glueDpuHours(runs: Big, dpus: Big, minutesPerRun: Big): Big {
  return runs.times(dpus).times(glueBilledMinutesPerRun(minutesPerRun)).div(60);
}

/** Lambda bills duration in 1 ms steps times the memory configured, in GB (https://aws.amazon.com/lambda/pricing/). */
export function lambdaGbSeconds(requests: Big, durationMs: Big, memoryMb: Big): Big {
  return requests.times(ceilWhole(durationMs)).div(1000).times(memoryMb).div(1024);
}

/** An SQS request carries up to 64 KB; bigger messages count one request per 64 KB chunk (https://aws.amazon.com/sqs/pricing/). */
export function sqsRequestsPerMessage(recordSizeKb: Big, requestsPerMessage: Big): Big {
  return largest(1, ceilWhole(recordSizeKb.div(64))).times(requestsPerMessage);
}

/** Objects written when `gb` are written in objects of `objectSizeMb`. */
export function objectsForGb(gb: Big, objectSizeMb: Big): Big {
  return ceilOfRatio([gb, MB_PER_GB], [objectSizeMb]);
}
