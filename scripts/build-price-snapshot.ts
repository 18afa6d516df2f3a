/**
 * Builds the bundled price snapshot (src/data/price-snapshot/<region>.json + index.json) from
 * the curated AWS price facts in ../shared/pricing/rates.json, keeping only the prices the cost
 * model reads. Every record is validated before anything is written; a bad record stops the
 * build and leaves the committed snapshot as it was.
 *
 *   npx tsx scripts/build-price-snapshot.ts [--rates PATH] [--out DIR]
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InputError } from '../src/core/errors';
import type { PriceKey } from '../src/core/pricing/price-keys';
import type { PriceRecord } from '../src/core/pricing/price-record';
import { PRICING_REGIONS, type RegionCode } from '../src/core/pricing/regions';
import { validatePriceRecords } from '../src/core/pricing/validate-records';
import { createSnapshot, DEFAULT_SNAPSHOT_DIR, writeSnapshots } from '../src/pricing-client/snapshot-store';

const DEFAULT_RATES = fileURLToPath(new URL('../../shared/pricing/rates.json', import.meta.url));

/** The fields of a rates.json record this script reads (see ../shared/pricing/README.md). */
interface FeedRate {
  serviceCode: string;
  regionCode: string;
  usageType: string | null;
  description: string;
  priceListLabel: string;
  unit: string;
  beginRange: string | null;
  endRange: string | null;
  usd: string;
  sku: string | null;
  rateCode: string | null;
  effectiveDate: string | null;
  publishedAt: string | null;
  feedVersion: string | null;
  rangeSource: string | null;
  feedAttributes?: Record<string, string> | string | null;
  source: { kind: string; upstreamUrl: string; repo: string; path: string; commit: string; retrieved: string };
}

interface Selection {
  priceKey: PriceKey;
  variant?: string;
  /** Price List attributes that pin the product when the feed lost its SKU. */
  attributes?: Record<string, string>;
  /** Bounds the feed states only in its label. */
  range?: { begin: string; end: string; source: string };
}

const FLAT_LABELS: Record<string, Record<string, PriceKey>> = {
  AmazonS3: {
    'Standard Storage First 50 TB per GB Mo': 's3.standard-storage',
    'Standard Storage Next 450 TB per GB Mo': 's3.standard-storage',
    'Standard Storage Over 500 TB per GB Mo': 's3.standard-storage',
    'PUT COPY/POST or LIST requests per Requests': 's3.standard-put-requests',
    'GET and all other requests per Requests': 's3.standard-get-requests',
    'Glacier Storage per GB Mo': 's3.glacier-flexible-storage',
    'Lifecycle Transition Requests into Glacier per Requests': 's3.transition-glacier-flexible',
    'Lifecycle Transition Requests into Glacier Deep Archive per Requests': 's3.transition-deep-archive',
  },
  AmazonS3GlacierDeepArchive: { 'Glacier Deep Archive GB Mo': 's3.deep-archive-storage' },
  AmazonAthena: { 'Athena Queries': 'athena.data-scanned' },
  AWSGlue: {
    'ETL Job run': 'glue.etl-job',
    'ETL Job run Flex': 'glue.etl-job-flex',
    'Data catalog storage': 'glue.catalog-storage',
    'Data catalog requests': 'glue.catalog-requests',
  },
  AmazonKinesis: {
    'Provisioned shard hour per ShardHour': 'kinesis.shard-hours',
    'Payload Units per PutRequest': 'kinesis.put-payload-units',
    'OnDemandStreamHr per StreamHr': 'kinesis.on-demand-stream-hours',
    'OnDemandDataIngested per GB': 'kinesis.on-demand-data-in',
    'OnDemandDataRetrieval per GB': 'kinesis.on-demand-data-out',
  },
  AmazonMSK: { 'RunVolume GP2': 'msk.storage' },
  AWSQueueService: { 'Standard per Requests': 'sqs.standard-requests' },
  AmazonDynamoDB: {
    'PayPerRequest Write Request Units': 'dynamodb.write-request-units',
    'PayPerRequest Read Request Units': 'dynamodb.read-request-units',
    // The feed's $0 "first 25 GB" row is AWS's free tier; the estimator applies free tiers itself.
    'Data Storage Indexed GB-Mo': 'dynamodb.storage',
  },
  AmazonRedshift: { 'Redshift Serverless compute charges per RPU-Hr': 'redshift.serverless-rpu-hours' },
  AmazonQuickSight: {
    'Enterprise Monthly Author Pro subscriptions per User': 'quicksight.author-pro',
    'Enterprise Monthly Reader subscriptions per User': 'quicksight.reader',
    'Enterprise Monthly Reader Pro subscriptions per User': 'quicksight.reader-pro',
  },
  AmazonCloudWatch: {
    'Logs Collected Data Ingestion': 'cloudwatch.log-ingestion',
    'Metric for the first 10000': 'cloudwatch.custom-metrics',
    'Metric for the next 240000': 'cloudwatch.custom-metrics',
    'Metric for the next 750000': 'cloudwatch.custom-metrics',
    'Metric for over 1000000': 'cloudwatch.custom-metrics',
    'Alarm Standard': 'cloudwatch.alarms',
  },
  AmazonStates: { 'AWS Step Functions': 'step-functions.state-transitions' },
  AWSEvents: { 'CloudWatch Events Custom Event': 'eventbridge.custom-events' },
  AmazonRDS: { 'System Operation Aurora I O Operation': 'aurora.io-requests' },
};

function feedAttribute(rate: FeedRate, name: string): string | undefined {
  const attributes = rate.feedAttributes;
  if (typeof attributes === 'object' && attributes !== null) return attributes[name];
  if (typeof attributes === 'string') return new RegExp(`${name}: ([^,)]+)`).exec(attributes)?.[1]?.trim();
  return undefined;
}

function select(rate: FeedRate): Selection | undefined {
  const label = rate.priceListLabel;
  const flat = FLAT_LABELS[rate.serviceCode]?.[label];
  if (flat !== undefined) return { priceKey: flat };
  switch (rate.serviceCode) {
    case 'AmazonKinesisFirehose':
      if (label === 'Per GB of data ingested first 500TB') {
        return {
          priceKey: 'firehose.ingest',
          range: { begin: '0', end: '512000', source: "label 'first 500TB', converted at 1 TB = 1024 GB (the Price List convention the S3 tiers use); the next tiers' bounds are not in the data" },
        };
      }
      return undefined;
    case 'AmazonMSK': {
      const broker = /^RunBroker (\S+)$/.exec(label)?.[1];
      return broker === undefined ? undefined : { priceKey: 'msk.broker-hours', variant: `kafka.${broker}` };
    }
    case 'AWSLambda': {
      const match = /^Lambda (Requests|Duration)(-ARM)?( Tier[23])?$/.exec(label);
      if (match === null) return undefined;
      return { priceKey: match[1] === 'Requests' ? 'lambda.requests' : 'lambda.duration', variant: match[2] === undefined ? 'x86' : 'arm' };
    }
    case 'AmazonRedshift': {
      if (!label.includes('OnDemand Compute Instance')) return undefined;
      const node = feedAttribute(rate, 'Instance Type');
      return node === undefined ? undefined : { priceKey: 'redshift.node-hours', variant: node };
    }
    case 'AWSDatabaseMigrationSvc': {
      const instance = feedAttribute(rate, 'Instance Type');
      const deployment = label.endsWith('Multiple AZ') ? 'multi-az' : label.endsWith('Single AZ') ? 'single-az' : undefined;
      return instance === undefined || deployment === undefined ? undefined : { priceKey: 'dms.instance-hours', variant: `dms.${instance}/${deployment}` };
    }
    case 'AmazonRDS':
      return selectRds(rate);
    case 'AmazonES': {
      const match = /^(\w+) (\w+\.search) - .* OnDemand .* Hourly Cost$/.exec(label);
      if (match === null) return undefined;
      const instanceType = `${match[1]}.${match[2]}`;
      return { priceKey: 'opensearch.instance-hours', variant: instanceType, attributes: { instanceType } };
    }
    case 'ElasticMapReduce': {
      const instanceType = /^Instance-instancetype-(\S+)$/.exec(label)?.[1];
      return instanceType === undefined ? undefined : { priceKey: 'emr.ec2-surcharge', variant: instanceType, attributes: { instanceType, softwareType: 'EMR' } };
    }
    case 'AmazonSageMaker': {
      const instance = feedAttribute(rate, 'Instance');
      return instance === undefined || feedAttribute(rate, 'Component') !== 'Studio-Notebook' ? undefined : { priceKey: 'sagemaker.notebook-hours', variant: instance };
    }
    default:
      return undefined;
  }
}

function selectRds(rate: FeedRate): Selection | undefined {
  const label = rate.priceListLabel;
  const instance = feedAttribute(rate, 'Instance Type');
  if (label.startsWith('Database Instance Aurora PostgreSQL') && instance !== undefined) {
    const storage = label.includes('Aurora IO Optimization Mode') ? 'io-optimized' : 'standard';
    return { priceKey: 'aurora.instance-hours', variant: `${instance}/${storage}` };
  }
  if (label === 'Database Storage DB Engine Aurora PostgreSQL General Purpose Aurora') return { priceKey: 'aurora.storage', variant: 'standard' };
  if (label === 'Aurora PostgreSQL IO Optimized Aurora') return { priceKey: 'aurora.storage', variant: 'io-optimized' };
  if (label === 'Database Storage Single AZ General Purpose-GP3') return { priceKey: 'rds.gp3-storage', variant: 'single-az' };
  if (label === 'Database Storage Multi AZ General Purpose-GP3') return { priceKey: 'rds.gp3-storage', variant: 'multi-az' };
  const postgres = /^Database Instance PostgreSQL No license required .* (Single-AZ|Multi-AZ) Current Generation$/.exec(label);
  if (postgres !== null && instance !== undefined) {
    const deployment = postgres[1] === 'Multi-AZ' ? 'multi-az' : 'single-az';
    return {
      priceKey: 'rds.postgres-instance-hours',
      variant: `${instance}/${deployment}`,
      attributes: { instanceType: instance, databaseEngine: 'PostgreSQL', deploymentOption: postgres[1] as string },
    };
  }
  return undefined;
}

function toRecord(rate: FeedRate, selection: Selection): Record<string, unknown> {
  const summary = rate.sku === null;
  return {
    priceKey: selection.priceKey,
    variant: selection.variant ?? null,
    serviceCode: rate.serviceCode,
    regionCode: rate.regionCode,
    sku: rate.sku,
    rateCode: rate.rateCode,
    usageType: rate.usageType,
    unit: rate.unit,
    // A flat price is one Price List dimension covering 0–Inf; the feed leaves such bounds out.
    beginRange: selection.range?.begin ?? rate.beginRange ?? '0',
    endRange: selection.range?.end ?? rate.endRange ?? 'Inf',
    usd: rate.usd,
    publicationDate: rate.publishedAt,
    effectiveDate: rate.effectiveDate,
    description: rate.description,
    label: rate.priceListLabel,
    attributes: selection.attributes ?? {},
    ...(selection.range !== undefined ? { rangeSource: selection.range.source } : rate.rangeSource !== null ? { rangeSource: rate.rangeSource } : {}),
    source: {
      kind: summary ? 'pricing-page-summary' : 'pricing-page-feed',
      url: rate.source.upstreamUrl,
      retrieved: rate.source.retrieved,
      repo: rate.source.repo,
      path: rate.source.path,
      commit: rate.source.commit,
      ...(rate.feedVersion !== null ? { feedVersion: rate.feedVersion } : {}),
    },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { rates: { type: 'string', default: DEFAULT_RATES }, out: { type: 'string', default: DEFAULT_SNAPSHOT_DIR } } });
  const ratesPath = values.rates;
  const rates = JSON.parse(await readFile(ratesPath, 'utf8')) as FeedRate[];
  const now = new Date();
  const snapshots = [];
  let skipped = 0;
  for (const region of PRICING_REGIONS) {
    const selected = rates.filter((rate) => rate.regionCode === region).flatMap((rate) => {
      const selection = select(rate);
      if (selection === undefined) skipped += 1;
      return selection === undefined ? [] : [toRecord(rate, selection)];
    });
    const records: PriceRecord[] = validatePriceRecords(selected, { source: `${ratesPath} (${region})`, region: region as RegionCode });
    snapshots.push(createSnapshot(region, records, 'rates.json: AWS pricing-page feeds with Price List SKUs and rate codes (see ../shared/pricing/README.md)', now));
    process.stdout.write(`${region}: ${records.length} price records\n`);
  }
  await writeSnapshots(values.out, snapshots);
  process.stdout.write(`Left out ${skipped} rates.json records the cost model does not read.\nWrote ${values.out}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof InputError ? error.message : String((error as Error).stack ?? error)}\n`);
    process.exitCode = 1;
  },
);
