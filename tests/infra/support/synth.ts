import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import type { Answers } from '../../../src/core/answers/schema';
import type { ArchitectureModel } from '../../../src/core/architecture/model';
import { deploymentInputs, type DeploymentInputs } from '../../../src/deploy/inputs';
import { buildLakewiseApp, type LakewiseApp } from '../../../src/infra/app';

/** The advisor's customer shapes, each with a fixture answers file. */
export const ADVISOR_SHAPES = [
  'batch-data-lake',
  'dw-modernisation',
  'realtime-streaming',
  'lambda-architecture',
  'governed-lake',
  'ml-on-curated-data',
  'hadoop-migration',
  'operational-serving',
  'kafka-streaming',
] as const;

export async function shapeInputs(shape: string): Promise<DeploymentInputs> {
  const path = join(import.meta.dirname, '..', '..', 'fixtures', 'answers', `${shape}.json`);
  return deploymentInputs(JSON.parse(readFileSync(path, 'utf8')), `${shape}.json`);
}

export interface Synthesized extends LakewiseApp {
  readonly template: Template;
  readonly outdir: string;
}

const outdirs: string[] = [];

/** Removes the cloud assemblies this test file synthesized. */
export function removeSyntheses(): void {
  for (const outdir of outdirs.splice(0)) rmSync(outdir, { recursive: true, force: true });
}

/** Builds and synthesizes once (cdk-nag on: an unacknowledged finding throws here). */
export function synthesize(model: ArchitectureModel, answers: Answers, estimateTotalUsd: string, inputs?: DeploymentInputs): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'lakewise-infra-test-'));
  outdirs.push(outdir);
  const built = buildLakewiseApp(model, answers, estimateTotalUsd, { outdir, assumptions: inputs?.assumptions });
  built.app.synth();
  return { ...built, template: Template.fromStack(built.stack), outdir };
}

/** Every resource of a type, as [logicalId, resource]. */
export function resourcesOf(template: Template, type: string): [string, { Properties?: Record<string, unknown>; [key: string]: unknown }][] {
  return Object.entries(template.findResources(type)) as [string, { Properties?: Record<string, unknown> }][];
}
