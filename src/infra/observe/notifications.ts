import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Aws } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export interface NotificationsProps {
  /** Encrypts messages (alarms, budget alerts). */
  readonly key: kms.IKey;
  /** Optional address that receives every alarm and budget alert. */
  readonly email?: string;
}

/**
 * The SNS topic alarms and the budget publish to: encrypted, TLS-only, and open to
 * CloudWatch and AWS Budgets only on behalf of this account.
 */
export class Notifications extends Construct {
  readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'topic', { displayName: 'Lakewise alarms and budget', masterKey: props.key, enforceSSL: true });
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('budgets.amazonaws.com'), new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
  }
}
