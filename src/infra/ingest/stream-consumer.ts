import { Duration } from 'aws-cdk-lib';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { LakeFunction } from '../shared/lake-function';
import { acknowledge, acknowledgeBucketGrant, acknowledgeKeyGrant } from '../shared/nag';

export interface StreamConsumerProps {
  readonly bronze: s3.IBucket;
  /** Read from this queue (preferred when the model buffers with SQS)… */
  readonly queue?: sqs.IQueue;
  /** …or from this stream. */
  readonly stream?: kinesis.IStream;
  /** Encrypts the queue that parks stream batches that keep failing. */
  readonly dataKey: kms.IKey;
  readonly memoryMb: number;
  readonly arm: boolean;
  /** Records per invocation, as the estimate priced. */
  readonly batchSize: number;
  /** Encrypts the function's logs and environment. */
  readonly logKey: kms.IKey;
}

/** AWS Lambda consumer that lands queued or streamed events in bronze as JSON lines. */
export class StreamConsumer extends Construct {
  readonly function: lambda.Function;
  /** Stream batches that failed every retry (only when reading a stream). */
  readonly failures?: sqs.Queue;

  constructor(scope: Construct, id: string, props: StreamConsumerProps) {
    super(scope, id);
    const consumer = new LakeFunction(this, 'consumer', {
      entry: 'stream-to-bronze',
      description: 'Lakewise: lands queued or streamed events in the bronze zone',
      memoryMb: props.memoryMb,
      arm: props.arm,
      timeout: Duration.minutes(1),
      environment: { BRONZE_BUCKET: props.bronze.bucketName },
      logKey: props.logKey,
    });
    this.function = consumer.function;
    props.bronze.grantPut(consumer.role);
    acknowledgeBucketGrant(consumer.role, props.bronze, 'put', 'lands events in');
    acknowledgeKeyGrant(consumer.role, 'encrypt');
    if (props.queue) {
      this.function.addEventSource(new sources.SqsEventSource(props.queue, { batchSize: Math.min(props.batchSize, 10_000), maxBatchingWindow: Duration.seconds(20), reportBatchItemFailures: false }));
    } else if (props.stream) {
      this.failures = new sqs.Queue(this, 'failures', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: props.dataKey, enforceSSL: true, retentionPeriod: Duration.days(14) });
      acknowledge(this.failures, { id: 'AwsSolutions-SQS3', reason: 'This queue is itself the on-failure destination of the stream consumer; it receives failed batch descriptions, not work to process.' });
      this.function.addEventSource(
        new sources.KinesisEventSource(props.stream, {
          startingPosition: lambda.StartingPosition.TRIM_HORIZON,
          batchSize: props.batchSize,
          retryAttempts: 3,
          bisectBatchOnError: true,
          onFailure: new sources.SqsDlq(this.failures),
        }),
      );
    }
  }
}
