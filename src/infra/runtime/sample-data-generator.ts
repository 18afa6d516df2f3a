import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { SAMPLE_DATASET_IDS, generateSampleFile, type SampleDatasetId } from '../../local-pipeline/sample-data';

/**
 * The sample-data generator in the account: the same generator as `lakewise run-local`,
 * writing each dataset into bronze as received (CSV or JSON lines) with the control file
 * a real source would send, so the Glue jobs reconcile exactly as the local run does.
 */

interface GeneratorEvent {
  /** Records across all datasets (default from the environment). */
  readonly rows?: number;
  /** Last day covered, YYYY-MM-DD (default: today, UTC). */
  readonly asOf?: string;
}

const s3 = new S3Client({});

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`environment variable ${name} is not set`);
  return value;
}

export async function handler(event: GeneratorEvent = {}): Promise<{ asOf: string; files: { key: string; records: number }[] }> {
  const bucket = setting('BRONZE_BUCKET');
  const datasets = setting('DATASETS')
    .split(',')
    .filter((id): id is SampleDatasetId => (SAMPLE_DATASET_IDS as readonly string[]).includes(id));
  const rows = Math.min(Math.max(1, Math.trunc(event.rows ?? Number(setting('ROWS')))), 1_000_000);
  const asOf = event.asOf ?? new Date().toISOString().slice(0, 10);
  const request = { datasets, rows, seed: `${setting('SEED')}/${asOf}`, asOf, badRowRate: Number(setting('BAD_ROW_RATE')) };
  const files: { key: string; records: number }[] = [];
  for (const dataset of datasets) {
    const { text, summary } = generateSampleFile(dataset, request);
    const prefix = `${dataset}/ingest_date=${asOf}`;
    const body = Buffer.from(text, 'utf8');
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}/${summary.fileName}`, Body: body }));
    const control = { file: summary.fileName, records: summary.records, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}/_control.json`, Body: JSON.stringify(control), ContentType: 'application/json' }));
    files.push({ key: `${prefix}/${summary.fileName}`, records: summary.records });
  }
  return { asOf, files };
}
