import { Duration } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../shared/nag';

export interface QueueIngestProps {
  /** Encrypts messages at rest. */
  readonly key: kms.IKey;
}

/** Receive attempts before a message is parked in the dead-letter queue. */
const MAX_RECEIVES = 5;

/** Amazon SQS buffer for events that arrive in bursts, with a dead-letter queue for poison messages. */
export class QueueIngest extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: QueueIngestProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'dead-letter', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetterQueue, {
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue of the ingest queue; a dead-letter queue of its own would only move the same messages again.',
    });
    this.queue = new sqs.Queue(this, 'queue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      enforceSSL: true,
      visibilityTimeout: Duration.minutes(6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVES },
    });
  }
}
