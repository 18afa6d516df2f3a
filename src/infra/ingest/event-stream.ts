import { Duration } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledge } from '../shared/nag';

export interface EventStreamProps {
  /** Encrypts records at rest (customer-managed key). */
  readonly key: kms.IKey;
  /** Capacity mode the estimate priced. */
  readonly mode: 'provisioned' | 'on-demand';
  /** Shards for provisioned mode, from events/s, record size and readers. */
  readonly shards: number;
}

/** Kinesis Data Streams: the durable buffer events land in before delivery and processing. */
export class EventStream extends Construct {
  readonly stream: kinesis.Stream;

  constructor(scope: Construct, id: string, props: EventStreamProps) {
    super(scope, id);
    this.stream = new kinesis.Stream(this, 'stream', {
      encryption: kinesis.StreamEncryption.KMS,
      encryptionKey: props.key,
      retentionPeriod: Duration.hours(24),
      ...(props.mode === 'on-demand' ? { streamMode: kinesis.StreamMode.ON_DEMAND } : { streamMode: kinesis.StreamMode.PROVISIONED, shardCount: props.shards }),
    });
    acknowledge(this.stream, {
      id: 'AwsSolutions-KDS3',
      reason: 'The stream uses the stack\'s customer-managed key on purpose: its key policy, rotation and deletion stay under the customer\'s control, like every other data store in the lake.',
    });
  }
}
