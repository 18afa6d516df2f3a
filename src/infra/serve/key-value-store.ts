import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface KeyValueStoreProps {
  readonly key: kms.IKey;
}

/**
 * Amazon DynamoDB table serving the customer 360 to applications in milliseconds:
 * on-demand capacity (what the estimate prices), point-in-time recovery, data key.
 */
export class KeyValueStore extends Construct {
  readonly table: dynamodb.TableV2;

  constructor(scope: Construct, id: string, props: KeyValueStoreProps) {
    super(scope, id);
    this.table = new dynamodb.TableV2(this, 'table', {
      partitionKey: { name: 'customer_id', type: dynamodb.AttributeType.STRING },
      billing: dynamodb.Billing.onDemand(),
      encryption: dynamodb.TableEncryptionV2.customerManagedKey(props.key),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // `lakewise destroy` must be able to remove it; recovery points outlive the table for 35 days.
      deletionProtection: false,
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }
}
