import { Duration, Size } from 'aws-cdk-lib';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { encryptedLogGroup } from '../shared/log-groups';
import { acknowledge, acknowledgeBucketGrant, acknowledgeKeyGrant } from '../shared/nag';

export interface FirehoseDeliveryProps {
  /** Where delivered records land, as received (JSON lines). */
  readonly bronze: s3.IBucket;
  /** Encrypts delivered objects and, for direct PUT, the records in transit storage. */
  readonly key: kms.IKey;
  /** Read from this stream instead of accepting direct PUTs. */
  readonly source?: kinesis.IStream;
  /** Encrypts the delivery error log. */
  readonly logKey: kms.IKey;
}

/**
 * Amazon Data Firehose: batches events into bronze under `events/`, one JSON record per
 * line (the delimiter processor), so bronze stays byte-for-byte what producers sent.
 */
export class FirehoseDelivery extends Construct {
  readonly deliveryStream: firehose.DeliveryStream;

  constructor(scope: Construct, id: string, props: FirehoseDeliveryProps) {
    super(scope, id);
    this.deliveryStream = new firehose.DeliveryStream(this, 'delivery-stream', {
      source: props.source ? new firehose.KinesisStreamSource(props.source) : undefined,
      encryption: props.source ? undefined : firehose.StreamEncryption.customerManagedKey(props.key),
      destination: new firehose.S3Bucket(props.bronze, {
        dataOutputPrefix: 'events/ingest_date=!{timestamp:yyyy-MM-dd}/',
        errorOutputPrefix: 'delivery-errors/!{firehose:error-output-type}/ingest_date=!{timestamp:yyyy-MM-dd}/',
        bufferingInterval: Duration.seconds(60),
        bufferingSize: Size.mebibytes(64),
        encryptionKey: props.key,
        loggingConfig: new firehose.EnableLogging(encryptedLogGroup(this, 'delivery-log', props.logKey)),
        processors: [new firehose.AppendDelimiterToRecordProcessor()],
      }),
    });
    // The destination role Firehose creates gets CDK's bucket and key grants on bronze only.
    acknowledgeBucketGrant(this.deliveryStream, props.bronze, 'read-write', 'delivers event batches to (Firehose also lists and cleans up its own multipart uploads)');
    acknowledgeKeyGrant(this.deliveryStream, 'encrypt-decrypt');
    if (props.source) {
      acknowledge(this.deliveryStream, {
        id: 'AwsSolutions-KDF1',
        reason: 'With a Kinesis stream as its source, Firehose cannot take its own server-side encryption setting: records stay encrypted at rest in the source stream (customer-managed key) and are written to bronze with SSE-KMS.',
      });
    }
  }
}
