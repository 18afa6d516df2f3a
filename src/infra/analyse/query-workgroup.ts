import { Aws } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { ExampleQuery } from '../../local-pipeline/gold';
import type { DataCatalog } from '../govern/data-catalog';
import type { DataLake } from '../store/data-lake';
import { acknowledge, acknowledgeBucketGrant, acknowledgeKeyGrant } from '../shared/nag';

export interface QueryWorkgroupProps {
  readonly lake: DataLake;
  readonly catalog: DataCatalog;
  readonly key: kms.IKey;
  /** Athena cancels any query that would scan more (bytes), from the estimate's scan per query. */
  readonly scanCutoffBytes: number;
  /** Workgroup name (answers hash, not customer text). */
  readonly name: string;
  /** Saved as named queries, the same SQL `lakewise run-local` prints. */
  readonly queries: readonly ExampleQuery[];
}

/**
 * Amazon Athena workgroup with its settings enforced on every query: results encrypted
 * with the data key in the results bucket, a per-query scan cutoff, CloudWatch metrics.
 * Also a managed policy for analysts that allows exactly this workgroup and the gold data.
 */
export class QueryWorkgroup extends Construct {
  readonly workgroup: athena.CfnWorkGroup;
  readonly analystPolicy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: QueryWorkgroupProps) {
    super(scope, id);
    this.workgroup = new athena.CfnWorkGroup(this, 'workgroup', {
      name: props.name,
      description: 'Lakewise analysts: gold zone queries with a per-query scan limit',
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: props.scanCutoffBytes,
        engineVersion: { selectedEngineVersion: 'AUTO' },
        resultConfiguration: {
          outputLocation: `s3://${props.lake.queryResults.bucketName}/results/`,
          encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: props.key.keyArn },
        },
      },
    });
    for (const query of props.queries) {
      const named = new athena.CfnNamedQuery(this, `query-${query.id}`, {
        name: query.title.en,
        description: query.title['pt-BR'],
        database: query.id === 'quarantine-by-reason' ? props.catalog.silverName : props.catalog.goldName,
        queryString: query.sql,
        workGroup: props.name,
      });
      named.addResourceDependency(this.workgroup);
    }

    this.analystPolicy = new iam.ManagedPolicy(this, 'analyst-policy', {
      description: 'Lakewise analysts: query the gold zone through the Lakewise workgroup',
    });
    const workgroupArn = `arn:${Aws.PARTITION}:athena:${Aws.REGION}:${Aws.ACCOUNT_ID}:workgroup/${props.name}`;
    this.analystPolicy.addStatements(
      new iam.PolicyStatement({
        actions: ['athena:StartQueryExecution', 'athena:StopQueryExecution', 'athena:GetQueryExecution', 'athena:GetQueryResults', 'athena:GetWorkGroup', 'athena:ListNamedQueries', 'athena:GetNamedQuery', 'athena:BatchGetNamedQuery'],
        resources: [workgroupArn],
      }),
    );
    const arns = props.catalog.arns('gold');
    this.analystPolicy.addStatements(
      new iam.PolicyStatement({ actions: ['glue:GetDatabase', 'glue:GetDatabases', 'glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition'], resources: [arns.catalog, arns.database, arns.tables] }),
    );
    props.lake.zones.gold.grantRead(this.analystPolicy);
    props.lake.queryResults.grantReadWrite(this.analystPolicy);
    acknowledgeBucketGrant(this.analystPolicy, props.lake.zones.gold, 'read', 'lets analysts query');
    acknowledgeBucketGrant(this.analystPolicy, props.lake.queryResults, 'read-write', 'lets Athena write and read query results in');
    acknowledgeKeyGrant(this.analystPolicy, 'encrypt-decrypt');
    acknowledge(this.analystPolicy, {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:glue:<AWS::Region>:<AWS::AccountId>:table/${props.catalog.goldName}/*]`,
      reason: 'Analysts read whatever gold tables the crawler has created; read-only and limited to the gold database.',
    });
  }
}
