import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { Stack, Token } from 'aws-cdk-lib';
import { Construct, type IConstruct } from 'constructs';
import { acknowledge } from '../shared/nag';
import { SILVER_DATASETS } from '../../local-pipeline/datasets';
import { goldTable } from '../../local-pipeline/gold';
import type { LocalPipelinePlan } from '../../local-pipeline/run';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The Spark job file, shared by Glue and EMR Serverless. */
export const SPARK_JOB_FILE = resolve(HERE, '..', 'assets', 'spark', 'medallion_job.py');

/**
 * The rules the Spark job applies, as JSON: the silver contract of each dataset and the
 * gold SQL, generated from the same modules the local DuckDB run reads.
 */
export function pipelineSpec(pipeline: LocalPipelinePlan): string {
  const available = new Set(pipeline.datasets);
  return `${JSON.stringify(
    {
      datasets: pipeline.datasets.map((id) => SILVER_DATASETS[id]),
      gold: pipeline.gold.map((id) => ({ id, requires: goldTable(id).requires, sql: goldTable(id).sql(available) })),
    },
    null,
    2,
  )}\n`;
}

function specFile(pipeline: LocalPipelinePlan): string {
  const text = pipelineSpec(pipeline);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const directory = join(tmpdir(), 'lakewise-spec', hash);
  const path = join(directory, 'pipeline-spec.json');
  if (!existsSync(path)) {
    mkdirSync(directory, { recursive: true });
    const temporary = join(directory, `.spec-${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  }
  return path;
}

export interface PipelineAssetsProps {
  readonly pipeline: LocalPipelinePlan;
}

/** The Spark job script and its rules file, uploaded to the CDK assets bucket at deploy time. */
export class PipelineAssets extends Construct {
  readonly script: s3assets.Asset;
  readonly spec: s3assets.Asset;

  constructor(scope: Construct, id: string, props: PipelineAssetsProps) {
    super(scope, id);
    this.script = new s3assets.Asset(this, 'script', { path: SPARK_JOB_FILE });
    this.spec = new s3assets.Asset(this, 'spec', { path: specFile(props.pipeline) });
  }
}

/**
 * `asset.grantRead(role)` lets a role read objects in the CDK assets bucket the bootstrap
 * stack owns; assets are named by content hash, so the grant covers the bucket's objects.
 */
export function acknowledgeAssetRead(role: IConstruct): void {
  const stack = Stack.of(role);
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
  acknowledge(
    role,
    { id: 'AwsSolutions-IAM5[Action::s3:GetObject*]', reason: 'CDK grant action group from asset.grantRead: read-only access to the job script and rules file.' },
    { id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]', reason: 'CDK grant action group from asset.grantRead on the CDK assets bucket.' },
    { id: 'AwsSolutions-IAM5[Action::s3:List*]', reason: 'CDK grant action group from asset.grantRead on the CDK assets bucket.' },
    {
      id: `AwsSolutions-IAM5[Resource::arn:${partition}:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${region}/*]`,
      reason: 'Assets in the CDK bootstrap bucket are named by content hash at synth time; read-only access to that bucket is how the job loads its own script and rules.',
    },
  );
}
