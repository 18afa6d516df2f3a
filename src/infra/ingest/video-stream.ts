import * as kinesisvideo from 'aws-cdk-lib/aws-kinesisvideo';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface VideoStreamProps {
  /** Encrypts stored media. */
  readonly key: kms.IKey;
  /** Hours of media kept for playback and analysis. */
  readonly retentionHours: number;
}

/** Amazon Kinesis Video Streams: a stream for camera or device media, encrypted with the data key. */
export class VideoStream extends Construct {
  readonly stream: kinesisvideo.CfnStream;

  constructor(scope: Construct, id: string, props: VideoStreamProps) {
    super(scope, id);
    this.stream = new kinesisvideo.CfnStream(this, 'stream', {
      dataRetentionInHours: props.retentionHours,
      kmsKeyId: props.key.keyArn,
      mediaType: 'video/h264',
    });
  }
}
