import { Aws } from 'aws-cdk-lib';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { DataCatalog } from '../govern/data-catalog';
import type { DataLake } from '../store/data-lake';
import { acknowledge, acknowledgeBucketGrant, acknowledgeKeyGrant } from '../shared/nag';
import type { GoldTableId } from '../../local-pipeline/gold';
import type { SampleDatasetId } from '../../local-pipeline/sample-data';
import { acknowledgeAssetRead, type PipelineAssets } from './pipeline-assets';

export interface GluePipelineProps {
  readonly lake: DataLake;
  readonly catalog: DataCatalog;
  readonly assets: PipelineAssets;
  readonly dataKey: kms.IKey;
  /** Encrypts job and crawler logs (CloudWatch). */
  readonly logKey: kms.IKey;
  /** G.1X workers per run (one DPU each), as the estimate priced. */
  readonly workers: number;
  readonly executionClass: 'STANDARD' | 'FLEX';
  /** Name prefix for jobs, crawlers and the security configuration (answers hash, not customer text). */
  readonly namePrefix: string;
  /** Silver tables the job writes (one crawler path each). */
  readonly datasets: readonly SampleDatasetId[];
  /** Gold tables the job writes. */
  readonly goldTables: readonly GoldTableId[];
}

/** Glue 5.0: Spark 3.5 and Python 3.11. */
const GLUE_VERSION = '5.0';

/**
 * AWS Glue ETL: a bronze → silver job and a silver → gold job running the shared Spark
 * script, and one crawler per catalog database. A security configuration encrypts what
 * Glue writes (S3 output, CloudWatch logs, job bookmarks) with customer-managed keys.
 */
export class GluePipeline extends Construct {
  readonly silverJob: glue.CfnJob;
  readonly goldJob: glue.CfnJob;
  readonly silverCrawler: glue.CfnCrawler;
  readonly goldCrawler: glue.CfnCrawler;
  readonly jobRole: iam.Role;

  constructor(scope: Construct, id: string, props: GluePipelineProps) {
    super(scope, id);
    const { lake } = props;
    const securityConfigurationName = `${props.namePrefix}-glue`;
    const security = new glue.CfnSecurityConfiguration(this, 'security-configuration', {
      name: securityConfigurationName,
      encryptionConfiguration: {
        s3Encryptions: [{ s3EncryptionMode: 'SSE-KMS', kmsKeyArn: props.dataKey.keyArn }],
        cloudWatchEncryption: { cloudWatchEncryptionMode: 'SSE-KMS', kmsKeyArn: props.logKey.keyArn },
        jobBookmarksEncryption: { jobBookmarksEncryptionMode: 'CSE-KMS', kmsKeyArn: props.dataKey.keyArn },
      },
    });

    this.jobRole = new iam.Role(this, 'job-role', { assumedBy: new iam.ServicePrincipal('glue.amazonaws.com'), description: 'Lakewise Glue jobs: bronze to silver to gold' });
    lake.zones.bronze.grantRead(this.jobRole);
    lake.zones.silver.grantReadWrite(this.jobRole);
    lake.zones.gold.grantReadWrite(this.jobRole);
    props.assets.script.grantRead(this.jobRole);
    props.assets.spec.grantRead(this.jobRole);
    props.logKey.grantEncryptDecrypt(this.jobRole);
    acknowledgeBucketGrant(this.jobRole, lake.zones.bronze, 'read', 'reads raw files from');
    acknowledgeBucketGrant(this.jobRole, lake.zones.silver, 'read-write', 'rewrites typed tables and the quarantine in');
    acknowledgeBucketGrant(this.jobRole, lake.zones.gold, 'read-write', 'rewrites aggregate tables in');
    acknowledgeKeyGrant(this.jobRole, 'encrypt-decrypt');
    this.grantGlueLogs(this.jobRole, 'jobs');
    acknowledgeAssetRead(this.jobRole);

    const arguments_ = (stage: 'silver' | 'gold') => ({
      '--stage': stage,
      '--spec': props.assets.spec.s3ObjectUrl,
      '--bronze': `s3://${lake.zones.bronze.bucketName}`,
      '--silver': `s3://${lake.zones.silver.bucketName}`,
      '--gold': `s3://${lake.zones.gold.bucketName}`,
      '--enable-metrics': 'true',
      '--enable-continuous-cloudwatch-log': 'true',
      '--job-bookmark-option': 'job-bookmark-disable',
    });
    const job = (jobId: 'bronze-to-silver' | 'silver-to-gold', stage: 'silver' | 'gold') =>
      new glue.CfnJob(this, jobId, {
        name: `${props.namePrefix}-${jobId}`,
        role: this.jobRole.roleArn,
        command: { name: 'glueetl', pythonVersion: '3', scriptLocation: props.assets.script.s3ObjectUrl },
        glueVersion: GLUE_VERSION,
        workerType: 'G.1X',
        numberOfWorkers: props.workers,
        executionClass: props.executionClass,
        securityConfiguration: security.ref,
        defaultArguments: arguments_(stage),
        maxRetries: 1,
        timeout: 120,
      });
    this.silverJob = job('bronze-to-silver', 'silver');
    this.goldJob = job('silver-to-gold', 'gold');

    const crawlerRole = new iam.Role(this, 'crawler-role', { assumedBy: new iam.ServicePrincipal('glue.amazonaws.com'), description: 'Lakewise Glue crawlers: silver and gold tables' });
    lake.zones.silver.grantRead(crawlerRole);
    lake.zones.gold.grantRead(crawlerRole);
    props.logKey.grantEncryptDecrypt(crawlerRole);
    acknowledgeBucketGrant(crawlerRole, lake.zones.silver, 'read', 'reads table files from');
    acknowledgeBucketGrant(crawlerRole, lake.zones.gold, 'read', 'reads table files from');
    acknowledgeKeyGrant(crawlerRole, 'encrypt-decrypt');
    this.grantGlueLogs(crawlerRole, 'crawlers');
    for (const database of ['silver', 'gold'] as const) {
      const arns = props.catalog.arns(database);
      crawlerRole.addToPolicy(
        new iam.PolicyStatement({
          actions: ['glue:GetDatabase', 'glue:GetTable', 'glue:GetTables', 'glue:CreateTable', 'glue:UpdateTable', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition', 'glue:CreatePartition', 'glue:BatchCreatePartition', 'glue:UpdatePartition', 'glue:BatchUpdatePartition'],
          resources: [arns.catalog, arns.database, arns.tables],
        }),
      );
      acknowledge(crawlerRole, {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:glue:<AWS::Region>:<AWS::AccountId>:table/${database === 'silver' ? props.catalog.silverName : props.catalog.goldName}/*]`,
        reason: `The crawler creates one table per dataset folder, named at run time; access is limited to the ${database} database.`,
      });
    }
    const crawler = (crawlerId: 'silver-crawler' | 'gold-crawler', database: 'silver' | 'gold', paths: readonly string[]) =>
      new glue.CfnCrawler(this, crawlerId, {
        name: `${props.namePrefix}-${crawlerId}`,
        role: crawlerRole.roleArn,
        databaseName: database === 'silver' ? props.catalog.silverName : props.catalog.goldName,
        crawlerSecurityConfiguration: security.ref,
        targets: { s3Targets: paths.map((path) => ({ path })) },
        schemaChangePolicy: { updateBehavior: 'UPDATE_IN_DATABASE', deleteBehavior: 'LOG' },
        configuration: JSON.stringify({ Version: 1, Grouping: { TableGroupingPolicy: 'CombineCompatibleSchemas' } }),
      });
    const silverBucket = `s3://${lake.zones.silver.bucketName}`;
    const goldBucket = `s3://${lake.zones.gold.bucketName}`;
    this.silverCrawler = crawler('silver-crawler', 'silver', [...props.datasets.map((dataset) => `${silverBucket}/${dataset}/`), `${silverBucket}/quarantine/`]);
    this.goldCrawler = crawler('gold-crawler', 'gold', props.goldTables.map((table) => `${goldBucket}/${table}/`));
    this.silverCrawler.addResourceDependency(props.catalog.silver);
    this.goldCrawler.addResourceDependency(props.catalog.gold);
  }

  /**
   * Glue writes job and crawler logs to log groups it names from the security configuration
   * and role at run time (`/aws-glue/jobs/...`, `/aws-glue/crawlers-...`), and associates the
   * configuration's key with them.
   */
  private grantGlueLogs(role: iam.Role, kind: 'jobs' | 'crawlers'): void {
    const resource = `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:/aws-glue/*`;
    role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:AssociateKmsKey'], resources: [resource] }));
    acknowledge(role, {
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws-glue/*]',
      reason: `Glue ${kind} log to groups under /aws-glue/ whose names Glue derives at run time from the security configuration and role; nothing outside that prefix is writable.`,
    });
  }
}

