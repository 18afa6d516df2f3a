import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

/**
 * Lands a batch of queued or streamed events in bronze as one JSON-lines object, each
 * record exactly as the producer sent it. A failed write throws, so the batch is retried
 * and finally parked in the dead-letter queue instead of being lost.
 */

interface SqsBatch {
  readonly Records: readonly { readonly eventSource: 'aws:sqs'; readonly body: string; readonly messageId: string }[];
}
interface KinesisBatch {
  readonly Records: readonly { readonly eventSource: 'aws:kinesis'; readonly kinesis: { readonly data: string; readonly sequenceNumber: string } }[];
}

const s3 = new S3Client({});

export async function handler(event: SqsBatch | KinesisBatch, context: { readonly awsRequestId: string }): Promise<{ key: string; records: number }> {
  const bucket = process.env.BRONZE_BUCKET;
  if (!bucket) throw new Error('environment variable BRONZE_BUCKET is not set');
  const lines = event.Records.map((record) =>
    record.eventSource === 'aws:sqs' ? record.body : Buffer.from(record.kinesis.data, 'base64').toString('utf8'),
  ).map((line) => line.replace(/\r?\n$/, ''));
  const day = new Date().toISOString().slice(0, 10);
  const key = `events/ingest_date=${day}/${context.awsRequestId}.jsonl`;
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: `${lines.join('\n')}\n`, ContentType: 'application/x-ndjson' }));
  return { key, records: lines.length };
}
