import type { ArchitectureModel } from '../core/architecture/model';
import type { ServiceId } from '../core/catalog/services';
import { kinesisShardCount } from '../core/cost/billing-rules';
import { ceilWhole } from '../core/cost/money';
import { InputError } from '../core/errors';
import { usageChoice, usageNumber, type Assumptions } from '../core/sizing/assumptions';
import type { LocalPipelinePlan } from '../local-pipeline/run';

/**
 * Everything the CDK app decides, read from the same assumptions the estimate priced:
 * retention days, shard counts, instance sizes and schedules are computed here once, from
 * usage keys, never typed as literals next to the constructs.
 */
export interface InfraPlan {
  readonly services: ReadonlySet<ServiceId>;
  /** sha256 of the canonical answers; tags every resource and names the stack. */
  readonly answersHash: string;
  /** Days raw (bronze) objects stay queryable: retained history ÷ daily ingest. */
  readonly bronzeQueryableDays: number;
  /** When the model archives: storage class and days in the archive before deletion. */
  readonly archive?: { readonly storageClass: 'DEEP_ARCHIVE' | 'GLACIER'; readonly days: number };
  /** Athena cancels a query that would scan more than this (10 × the assumed scan per query). */
  readonly athenaScanCutoffBytes: number;
  readonly kinesis: { readonly mode: 'provisioned' | 'on-demand'; readonly shards: number };
  readonly glue: { readonly workers: number; readonly executionClass: 'STANDARD' | 'FLEX' };
  /** Minutes between scheduled pipeline runs (1440 ÷ ETL runs per day). */
  readonly scheduleMinutes: number;
  readonly lambda: { readonly memoryMb: number; readonly arm: boolean; readonly batchSize: number };
  readonly redshiftBaseRpus: number;
  readonly opensearch: { readonly instanceType: string; readonly instanceCount: number };
  readonly sagemakerInstanceType: string;
  readonly rds: { readonly instanceClass: string; readonly multiAz: boolean; readonly storageGb: number };
  readonly aurora: { readonly instanceClass: string; readonly instances: number };
  /** The estimate's monthly total in USD (decimal string); the budget's limit. */
  readonly monthlyBudgetUsd: string;
  /** What the local run and the Glue jobs produce: datasets and gold tables. */
  readonly pipeline: LocalPipelinePlan;
  /** Things the app cannot create and why, for the synth and deploy output. */
  readonly notes: readonly PlanNote[];
}

export interface PlanNote {
  readonly serviceId: ServiceId;
  readonly text: string;
}

/** Catalog services that are not CloudFormation resources a stack can create, and what to do instead. */
export const MANUAL_SERVICES: Partial<Readonly<Record<ServiceId, string>>> = {
  snowball: 'AWS Snowball is a physical device ordered in the console per transfer job; it is not a stack resource. Land its files in the bronze bucket.',
  'direct-connect': 'AWS Direct Connect needs a physical cross-connect arranged with AWS or a partner; the stack cannot create it.',
  'storage-gateway': 'AWS Storage Gateway needs a gateway appliance (VM or hardware) activated on the customer side before it can be a stack resource; point its file share at the bronze bucket.',
  'schema-conversion-tool': 'AWS SCT is a desktop tool (or DMS Schema Conversion in the console); nothing to deploy. Its converted schema goes to the warehouse.',
  cloudsearch: 'Amazon CloudSearch has no CloudFormation resource; OpenSearch Service is the deployable choice for search.',
  'data-exchange': 'Publishing on AWS Data Exchange needs a registered provider account and a product listing; the gold bucket holds the data set to publish.',
};

/**
 * Studio notebook sizes the estimate may price that a notebook instance cannot run; the
 * stack deploys the next size up in the same family and says so.
 */
const NOTEBOOK_INSTANCE_SUBSTITUTES: Readonly<Record<string, string>> = { 'ml.m5.large': 'ml.m5.xlarge' };

function wholeDays(numerator: ReturnType<typeof usageNumber>, denominator: ReturnType<typeof usageNumber>, fallbackDays: number): number {
  if (denominator.lte(0)) return fallbackDays;
  return Math.max(1, ceilWhole(numerator.div(denominator)).toNumber());
}

const GB = 1024 ** 3;
/** Athena's smallest allowed per-query cutoff (10 MB). */
const ATHENA_MIN_CUTOFF_BYTES = 10 * 1024 ** 2;
/** The cutoff allows ten times the assumed scan, so normal queries never hit it and runaway ones do. */
const ATHENA_CUTOFF_HEADROOM = 10;

export function planInfrastructure(
  model: ArchitectureModel,
  assumptions: Assumptions,
  estimateTotalUsd: string,
  pipeline: LocalPipelinePlan,
): InfraPlan {
  if (!/^\d+(\.\d+)?$/.test(estimateTotalUsd) || Number(estimateTotalUsd) <= 0) {
    throw new InputError(`estimate total: expected a positive USD amount such as "412.37", received ${JSON.stringify(estimateTotalUsd)}`);
  }
  const services = new Set(model.components.map((component) => component.serviceId));
  const daily = usageNumber(assumptions, 'dailyIngestGb');
  const bronzeQueryableDays = wholeDays(usageNumber(assumptions, 'retainedHistoryGb'), daily, 365);
  const archive = services.has('s3-glacier')
    ? {
        storageClass: usageChoice(assumptions, 'archiveStorageClass') === 'flexible-retrieval' ? ('GLACIER' as const) : ('DEEP_ARCHIVE' as const),
        days: wholeDays(usageNumber(assumptions, 'archivedGb'), daily, 365),
      }
    : undefined;
  const scanCutoff = Math.max(ATHENA_MIN_CUTOFF_BYTES, Math.ceil(usageNumber(assumptions, 'scannedGbPerQuery').toNumber() * GB * ATHENA_CUTOFF_HEADROOM));
  const runsPerDay = usageNumber(assumptions, 'etlRunsPerDay').toNumber();
  const notes: PlanNote[] = [];
  for (const serviceId of services) {
    const manual = MANUAL_SERVICES[serviceId];
    if (manual) notes.push({ serviceId, text: manual });
  }
  if (services.has('msk')) {
    notes.push({ serviceId: 'msk', text: 'Deployed as MSK Serverless (IAM authentication, nothing to size); the estimate prices provisioned brokers, so the bill follows partitions and throughput instead.' });
  }
  if (services.has('emr')) {
    notes.push({ serviceId: 'emr', text: 'Deployed as EMR Serverless (Spark, stops when idle); the estimate prices EMR on EC2 instance hours.' });
  }
  if (services.has('redshift') && usageChoice(assumptions, 'redshiftDeployment') === 'provisioned') {
    notes.push({ serviceId: 'redshift', text: 'Deployed as Redshift Serverless; the estimate assumed a provisioned cluster (set redshift_deployment=serverless to price what is deployed).' });
  }
  if (services.has('dms')) {
    notes.push({ serviceId: 'dms', text: 'The DMS target endpoint (bronze bucket) and its role are deployed; the source endpoint and replication need the customer\'s database address and credentials, so they are created in the console or a follow-up stack.' });
  }
  if (services.has('lake-formation')) {
    notes.push({ serviceId: 'lake-formation', text: 'The stack grants Lake Formation permissions to its own job and service roles; people (analysts, data scientists) are granted SELECT on the gold database by the data-lake administrator, in the console or a follow-up stack.' });
  }
  if (services.has('quicksight')) {
    notes.push({ serviceId: 'quicksight', text: 'QuickSight must be subscribed in the account first, and its service role allowed to use Athena, the gold bucket and the data key.' });
  }
  const pricedNotebook = usageChoice(assumptions, 'sagemakerNotebookInstance');
  const notebookType = NOTEBOOK_INSTANCE_SUBSTITUTES[pricedNotebook] ?? pricedNotebook;
  if (services.has('sagemaker') && notebookType !== pricedNotebook) {
    notes.push({ serviceId: 'sagemaker', text: `SageMaker notebook instances do not come in ${pricedNotebook} (the estimate's Studio size); the stack deploys ${notebookType}, which costs more per hour.` });
  }
  if (services.has('redshift-spectrum') && !services.has('redshift')) {
    notes.push({ serviceId: 'redshift-spectrum', text: 'Redshift Spectrum runs inside a Redshift warehouse, which this architecture does not include; nothing was deployed for it.' });
  }
  return {
    services,
    answersHash: pipeline.answersHash,
    bronzeQueryableDays,
    archive,
    athenaScanCutoffBytes: scanCutoff,
    kinesis: {
      mode: usageChoice(assumptions, 'kinesisCapacityMode') === 'on-demand' ? 'on-demand' : 'provisioned',
      shards: kinesisShardCount(usageNumber(assumptions, 'eventsPerSecond'), usageNumber(assumptions, 'recordSizeKb'), usageNumber(assumptions, 'streamConsumers')).toNumber(),
    },
    glue: {
      workers: Math.max(2, Math.ceil(usageNumber(assumptions, 'etlJobDpus').toNumber())),
      executionClass: usageChoice(assumptions, 'etlExecutionClass') === 'flex' ? 'FLEX' : 'STANDARD',
    },
    scheduleMinutes: runsPerDay > 0 ? Math.max(5, Math.round(1440 / runsPerDay)) : 1440,
    lambda: {
      memoryMb: usageNumber(assumptions, 'lambdaMemoryMb').toNumber(),
      arm: usageChoice(assumptions, 'lambdaArchitecture') === 'arm',
      batchSize: Math.min(10_000, usageNumber(assumptions, 'lambdaBatchSize').toNumber()),
    },
    redshiftBaseRpus: usageNumber(assumptions, 'redshiftBaseRpus').toNumber(),
    opensearch: { instanceType: usageChoice(assumptions, 'opensearchInstanceType'), instanceCount: usageNumber(assumptions, 'opensearchInstanceCount').toNumber() },
    sagemakerInstanceType: notebookType,
    rds: {
      instanceClass: usageChoice(assumptions, 'rdsInstanceClass'),
      multiAz: usageChoice(assumptions, 'rdsDeployment') === 'multi-az',
      storageGb: ceilWhole(usageNumber(assumptions, 'rdsStorageGb')).toNumber(),
    },
    aurora: { instanceClass: usageChoice(assumptions, 'auroraInstanceClass'), instances: usageNumber(assumptions, 'auroraInstanceCount').toNumber() },
    monthlyBudgetUsd: estimateTotalUsd,
    pipeline,
    notes,
  };
}
