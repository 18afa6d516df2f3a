import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface LakeKeysProps {
  /** Days KMS waits before deleting a key after `lakewise destroy` (7–30); the window to undo a mistake. */
  readonly pendingWindowDays: number;
}

/**
 * Two customer-managed keys, both rotated yearly: `data` encrypts the lake and everything
 * that holds customer records; `operations` encrypts logs and notifications, so people who
 * read logs and alarms need no access to the data key.
 */
export class LakeKeys extends Construct {
  readonly data: kms.Key;
  readonly operations: kms.Key;

  constructor(scope: Construct, id: string, props: LakeKeysProps) {
    super(scope, id);
    const pendingWindow = Duration.days(props.pendingWindowDays);
    this.data = new kms.Key(this, 'data', {
      description: 'Lakewise lake data (S3 zones, streams, queues, tables, warehouses)',
      enableKeyRotation: true,
      pendingWindow,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.operations = new kms.Key(this, 'operations', {
      description: 'Lakewise operations (CloudWatch Logs, alarm and budget notifications)',
      enableKeyRotation: true,
      pendingWindow,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // CloudWatch Logs encrypts with a key only if the key policy names the regional Logs
    // service; the encryption-context condition keeps it to this account's log groups.
    this.operations.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${Aws.REGION}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:*` } },
      }),
    );
    // Budgets and CloudWatch alarms publish to the encrypted notification topic; they need
    // the data key of that topic, and only on behalf of this account.
    this.operations.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('budgets.amazonaws.com'), new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
  }
}
