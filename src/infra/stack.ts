import { CfnOutput, Duration, Fn, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ServiceId } from '../core/catalog/services';
import { Dashboards } from './analyse/dashboards';
import { Notebooks } from './analyse/notebooks';
import { QueryWorkgroup } from './analyse/query-workgroup';
import { DataCatalog } from './govern/data-catalog';
import { LakePermissions } from './govern/lake-permissions';
import { SensitiveData } from './govern/sensitive-data';
import { DatabaseCapture } from './ingest/database-capture';
import { EventStream } from './ingest/event-stream';
import { FirehoseDelivery } from './ingest/firehose-delivery';
import { KafkaCluster } from './ingest/kafka-cluster';
import { QueueIngest } from './ingest/queue-ingest';
import { StreamConsumer } from './ingest/stream-consumer';
import { VideoStream } from './ingest/video-stream';
import { exampleQueries } from '../local-pipeline/gold';
import { MonthlyBudget } from './observe/budget';
import { Monitoring } from './observe/monitoring';
import { Notifications } from './observe/notifications';
import { PipelineSchedule } from './orchestrate/schedule';
import { PipelineWorkflow } from './orchestrate/pipeline-workflow';
import type { InfraPlan } from './plan';
import { GluePipeline } from './process/glue-pipeline';
import { PipelineAssets } from './process/pipeline-assets';
import { SparkServerless } from './process/spark-serverless';
import { StreamAnalytics } from './process/stream-analytics';
import { KeyValueStore } from './serve/key-value-store';
import { AuroraCluster, OperationalDatabase } from './serve/relational';
import { SearchDomain } from './serve/search-domain';
import { Warehouse } from './serve/warehouse';
import { LakeKeys } from './shared/keys';
import { acknowledgeBucketGrant, acknowledgeKeyGrant } from './shared/nag';
import { LakeFunction } from './shared/lake-function';
import { PrivateNetwork } from './shared/network';
import { sanitizeTagValue, TAG_KEYS } from './shared/tags';
import { DataLake } from './store/data-lake';

export interface LakewiseStackProps extends StackProps {
  readonly plan: InfraPlan;
  /** The opportunity (customer) name as typed; it only ever becomes a sanitised tag value. */
  readonly opportunity: string;
  /** Receives alarms and budget alerts by e-mail. */
  readonly notificationEmail?: string;
  /** QuickSight user or group allowed to use the data source. */
  readonly quickSightPrincipalArn?: string;
}

/** Services that run inside the VPC; the network exists only when one of them does. */
const NETWORKED: readonly ServiceId[] = ['msk', 'opensearch', 'redshift', 'rds', 'aurora', 'sagemaker'];
/** Records the sample generator Lambda writes per run unless the event says otherwise. */
const GENERATOR_ROWS = 20_000;
/** Days KMS waits before deleting a key after the stack is destroyed. */
const KEY_DELETION_WINDOW_DAYS = 7;

/**
 * The recommended architecture as one CloudFormation stack. Construct ids are catalog
 * service ids; names of account-unique resources come from the answers hash. Customer text
 * appears only in the `lakewise:opportunity` tag, sanitised.
 */
export class LakewiseStack extends Stack {
  readonly lake: DataLake;

  constructor(scope: Construct, id: string, props: LakewiseStackProps) {
    super(scope, id, props);
    const { plan } = props;
    const has = (service: ServiceId) => plan.services.has(service);
    const short = plan.answersHash.slice(0, 8);
    const namePrefix = `lakewise-${short}`;
    const pipeline = plan.pipeline;

    Tags.of(this).add(TAG_KEYS.opportunity, sanitizeTagValue(props.opportunity));
    Tags.of(this).add(TAG_KEYS.answersHash, plan.answersHash);
    Tags.of(this).add(TAG_KEYS.managedBy, 'lakewise');

    const keys = new LakeKeys(this, 'kms', { pendingWindowDays: KEY_DELETION_WINDOW_DAYS });
    const notifications = new Notifications(this, 'notifications', { key: keys.operations, email: props.notificationEmail });
    this.lake = new DataLake(this, 's3', { key: keys.data, queryableDays: plan.bronzeQueryableDays, archive: plan.archive });
    const catalog = new DataCatalog(this, 'glue-data-catalog', { namePrefix: `lakewise_${short}` });
    const network = NETWORKED.some(has) ? new PrivateNetwork(this, 'vpc', { logKey: keys.operations, availabilityZones: this.availabilityZones }) : undefined;

    const generator = new LakeFunction(this, 'sample-data', {
      entry: 'sample-data-generator',
      description: 'Lakewise: writes realistic sample records (with some bad rows) into the bronze zone',
      memoryMb: Math.max(1024, plan.lambda.memoryMb),
      arm: plan.lambda.arm,
      timeout: Duration.minutes(5),
      environment: {
        BRONZE_BUCKET: this.lake.zones.bronze.bucketName,
        DATASETS: pipeline.datasets.join(','),
        ROWS: String(GENERATOR_ROWS),
        SEED: plan.answersHash,
        BAD_ROW_RATE: String(pipeline.badRowRate),
      },
      logKey: keys.operations,
    });
    this.lake.zones.bronze.grantPut(generator.role);
    acknowledgeBucketGrant(generator.role, this.lake.zones.bronze, 'put', 'writes sample files and control files to');
    acknowledgeKeyGrant(generator.role, 'encrypt');

    // Ingest
    const stream = has('kinesis-data-streams') ? new EventStream(this, 'kinesis-data-streams', { key: keys.data, mode: plan.kinesis.mode, shards: plan.kinesis.shards }) : undefined;
    const delivery = has('data-firehose')
      ? new FirehoseDelivery(this, 'data-firehose', { bronze: this.lake.zones.bronze, key: keys.data, source: stream?.stream, logKey: keys.operations })
      : undefined;
    const queue = has('sqs') ? new QueueIngest(this, 'sqs', { key: keys.data }) : undefined;
    // The consumer reads the queue, or the stream when Firehose is not already delivering it.
    const consumerSource = queue ? { queue: queue.queue } : stream && !delivery ? { stream: stream.stream } : undefined;
    const consumer =
      has('lambda') && consumerSource
        ? new StreamConsumer(this, 'lambda', { bronze: this.lake.zones.bronze, ...consumerSource, dataKey: keys.data, memoryMb: plan.lambda.memoryMb, arm: plan.lambda.arm, batchSize: plan.lambda.batchSize, logKey: keys.operations })
        : undefined;
    const kafka = has('msk') && network ? new KafkaCluster(this, 'msk', { network, clusterName: namePrefix, namePrefix: 'lakewise.' }) : undefined;
    if (has('kinesis-video-streams')) new VideoStream(this, 'kinesis-video-streams', { key: keys.data, retentionHours: 24 });
    if (has('dms')) new DatabaseCapture(this, 'dms', { bronze: this.lake.zones.bronze, key: keys.data });

    // Process
    const assets = has('glue') || has('emr') ? new PipelineAssets(this, 'pipeline-assets', { pipeline }) : undefined;
    const glue =
      has('glue') && assets
        ? new GluePipeline(this, 'glue', {
            lake: this.lake,
            catalog,
            assets,
            dataKey: keys.data,
            logKey: keys.operations,
            workers: plan.glue.workers,
            executionClass: plan.glue.executionClass,
            namePrefix,
            datasets: pipeline.datasets,
            goldTables: pipeline.gold,
          })
        : undefined;
    const spark = has('emr') && assets ? new SparkServerless(this, 'emr', { lake: this.lake, assets, name: namePrefix }) : undefined;
    if (has('managed-flink') && (stream || kafka)) new StreamAnalytics(this, 'managed-flink', { stream: stream?.stream, kafka: stream ? undefined : kafka, network, catalog });

    // Serve
    const warehouse =
      has('redshift') && network
        ? new Warehouse(this, 'redshift', { network, lake: this.lake, catalog, key: keys.data, baseRpus: plan.redshiftBaseRpus, name: namePrefix, spectrum: has('redshift-spectrum') })
        : undefined;
    if (has('dynamodb')) new KeyValueStore(this, 'dynamodb', { key: keys.data });
    if (has('opensearch') && network) {
      new SearchDomain(this, 'opensearch', { network, dataKey: keys.data, logKey: keys.operations, instanceType: plan.opensearch.instanceType, instanceCount: plan.opensearch.instanceCount, domainName: namePrefix });
    }
    if (has('rds') && network) new OperationalDatabase(this, 'rds', { network, key: keys.data, instanceClass: plan.rds.instanceClass, multiAz: plan.rds.multiAz, storageGb: plan.rds.storageGb });
    if (has('aurora') && network) new AuroraCluster(this, 'aurora', { network, key: keys.data, instanceClass: plan.aurora.instanceClass, instances: plan.aurora.instances });

    // Analyse
    const workgroupName = namePrefix;
    const athena =
      has('athena') || has('quicksight')
        ? new QueryWorkgroup(this, 'athena', { lake: this.lake, catalog, key: keys.data, scanCutoffBytes: plan.athenaScanCutoffBytes, name: workgroupName, queries: exampleQueries(pipeline.gold) })
        : undefined;
    if (has('quicksight') && athena) new Dashboards(this, 'quicksight', { workgroupName, principalArn: props.quickSightPrincipalArn, dataSourceId: namePrefix });
    const notebooks = has('sagemaker') && network ? new Notebooks(this, 'sagemaker', { network, lake: this.lake, key: keys.data, instanceType: plan.sagemakerInstanceType }) : undefined;

    // Govern
    if (has('lake-formation')) {
      new LakePermissions(this, 'lake-formation', {
        lake: this.lake,
        catalog,
        writers: [glue?.jobRole, spark?.jobRole].filter((role) => role !== undefined),
        readers: [warehouse?.role, notebooks?.role].filter((role) => role !== undefined),
      });
    }
    if (has('macie')) new SensitiveData(this, 'macie', { identifierName: `${namePrefix}-cpf` });

    // Orchestrate
    const workflow = has('step-functions') ? new PipelineWorkflow(this, 'step-functions', { generator: generator.function, glue, spark, logKey: keys.operations }) : undefined;
    if (has('eventbridge')) new PipelineSchedule(this, 'eventbridge', { everyMinutes: plan.scheduleMinutes, stateMachine: workflow?.stateMachine, generator: generator.function });

    // Observe
    if (has('cloudwatch')) {
      new Monitoring(this, 'cloudwatch', {
        topic: notifications.topic,
        dashboardName: namePrefix,
        stateMachine: workflow?.stateMachine,
        functions: [{ label: 'sample-data', function: generator.function }, ...(consumer ? [{ label: 'stream-consumer', function: consumer.function }] : [])],
        deadLetterQueues: [...(queue ? [{ label: 'ingest', queue: queue.deadLetterQueue }] : []), ...(consumer?.failures ? [{ label: 'stream-failures', queue: consumer.failures }] : [])],
        stream: stream?.stream,
        deliveryStream: delivery?.deliveryStream,
        workgroupName: athena ? workgroupName : undefined,
      });
    }
    new MonthlyBudget(this, 'budget', { limitUsd: plan.monthlyBudgetUsd, answersHash: plan.answersHash, topic: notifications.topic, name: namePrefix });

    new CfnOutput(this, 'BronzeBucket', { value: this.lake.zones.bronze.bucketName, description: 'Raw data as received' });
    new CfnOutput(this, 'GoldBucket', { value: this.lake.zones.gold.bucketName, description: 'Curated aggregates' });
    new CfnOutput(this, 'SampleDataFunction', { value: generator.function.functionName, description: 'Invoke to land a sample batch in bronze' });
    if (workflow) new CfnOutput(this, 'PipelineStateMachine', { value: workflow.stateMachine.stateMachineArn, description: 'Start an execution to run the pipeline now' });
    if (athena) new CfnOutput(this, 'AthenaWorkgroup', { value: workgroupName, description: 'Query gold here; named queries are saved in it' });
  }

  /**
   * Three zones in any region, resolved at deploy time. The default (two zones for an
   * account-agnostic stack) is too few for Redshift Serverless, which needs three.
   */
  override get availabilityZones(): string[] {
    return [0, 1, 2].map((index) => Fn.select(index, Fn.getAzs()));
  }
}
