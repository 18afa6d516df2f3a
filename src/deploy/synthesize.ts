import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors';
import { buildLakewiseApp, type BuildOptions } from '../infra/app';
import type { PlanNote } from '../infra/plan';
import { createStagingFolder, publishDirectories } from '../local-pipeline/atomic';
import { planLocalPipeline } from '../local-pipeline/plan';
import type { UsageOverrides } from '../core/sizing/assumptions';
import { writeAppSource } from './app-source';
import type { DeploymentInputs } from './inputs';

export interface SynthesisOptions {
  /** Receives `app/` (the CDK app source) and `cdk.out/` (the synthesized assembly). */
  readonly outDir: string;
  readonly overrides?: UsageOverrides;
  readonly region?: string;
  readonly notificationEmail?: string;
  readonly quickSightPrincipalArn?: string;
}

export interface SynthesisResult {
  readonly stackName: string;
  readonly appDir: string;
  readonly assemblyDir: string;
  readonly templatePath: string;
  /** CloudFormation resources by type, sorted by type. */
  readonly resourceCounts: Readonly<Record<string, number>>;
  readonly notes: readonly PlanNote[];
  /** Findings cdk-nag acknowledged, with their reasons (for the security reviewer). */
  readonly acknowledgements: number;
  readonly durationMs: number;
}

interface ValidationReport {
  readonly pluginReports?: readonly { readonly pluginName: string; readonly violations: readonly { readonly ruleName: string; readonly description: string; readonly severity?: string; readonly violatingConstructs?: readonly { readonly constructPath?: string }[] }[] }[];
}

/** Reads CDK's validation report and states every unacknowledged finding on one line each. */
async function describeValidationFailure(assemblyDir: string): Promise<string> {
  try {
    const report = JSON.parse(await readFile(join(assemblyDir, 'validation-report.json'), 'utf8')) as ValidationReport;
    const lines = (report.pluginReports ?? []).flatMap((plugin) =>
      plugin.violations
        .filter((violation) => violation.severity === undefined || violation.severity === 'error' || violation.severity === 'fatal')
        .map((violation) => `${plugin.pluginName} ${violation.ruleName} at ${(violation.violatingConstructs ?? []).map((c) => c.constructPath).join(', ')}: ${violation.description}`),
    );
    return lines.length > 0 ? lines.join('\n') : 'see validation-report.json';
  } catch {
    return 'the validation report could not be read';
  }
}

/**
 * Synthesizes the stack for these inputs and writes the app source and the cloud assembly
 * under `outDir`, built in a staging folder and moved into place only when synthesis (with
 * cdk-nag) passed, so a failed synth never leaves a half-written app or template.
 */
export async function synthesizeDeployment(inputs: DeploymentInputs, options: SynthesisOptions): Promise<SynthesisResult> {
  const started = performance.now();
  const staging = await createStagingFolder(options.outDir);
  try {
    const pipeline = planLocalPipeline(inputs.answers, inputs.model, inputs.hash);
    const buildOptions: BuildOptions = {
      outdir: join(staging, 'cdk.out'),
      assumptions: inputs.assumptions,
      pipeline,
      region: options.region,
      notificationEmail: options.notificationEmail,
      quickSightPrincipalArn: options.quickSightPrincipalArn,
    };
    const estimateTotalUsd = inputs.estimate.totals.expectedUsd;
    const { app, stack, plan } = buildLakewiseApp(inputs.model, inputs.answers, estimateTotalUsd, buildOptions);
    let assembly;
    try {
      assembly = app.synth();
    } catch (error) {
      if (error instanceof Error && /Validation failed/.test(error.message)) {
        throw new InputError(`the generated stack failed its checks:\n${await describeValidationFailure(join(staging, 'cdk.out'))}`);
      }
      throw error;
    }
    const artifact = assembly.getStackByName(stack.stackName);
    const template = artifact.template as { Resources?: Record<string, { Type: string; Metadata?: Record<string, unknown> }> };
    const resourceCounts: Record<string, number> = {};
    for (const resource of Object.values(template.Resources ?? {})) resourceCounts[resource.Type] = (resourceCounts[resource.Type] ?? 0) + 1;
    await writeAppSource(join(staging, 'app'), {
      answers: inputs.answers,
      model: inputs.model,
      estimateTotalUsd,
      overrides: options.overrides ?? {},
      pipeline,
      options: { region: options.region, notificationEmail: options.notificationEmail, quickSightPrincipalArn: options.quickSightPrincipalArn },
    });
    await publishDirectories([
      { staged: join(staging, 'app'), published: join(options.outDir, 'app') },
      { staged: join(staging, 'cdk.out'), published: join(options.outDir, 'cdk.out') },
    ]);
    const assemblyDir = join(options.outDir, 'cdk.out');
    return {
      stackName: stack.stackName,
      appDir: join(options.outDir, 'app'),
      assemblyDir,
      templatePath: join(assemblyDir, artifact.templateFile),
      resourceCounts: Object.fromEntries(Object.entries(resourceCounts).sort(([a], [b]) => a.localeCompare(b))),
      notes: plan.notes,
      acknowledgements: countAcknowledgements(stack),
      durationMs: performance.now() - started,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Acknowledged cdk-nag findings recorded on the stack's constructs. */
function countAcknowledgements(stack: import('aws-cdk-lib').Stack): number {
  let count = 0;
  for (const construct of stack.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type === 'aws:cdk:acknowledged-rules') count += Object.keys(entry.data as object).length;
    }
  }
  return count;
}
