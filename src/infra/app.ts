import { App, Validations } from 'aws-cdk-lib';
import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Answers } from '../core/answers/schema';
import type { ArchitectureModel } from '../core/architecture/model';
import { resolveAssumptions, type Assumptions } from '../core/sizing/assumptions';
import { answersHash } from '../deploy/answers-hash';
import { planLocalPipeline } from '../local-pipeline/plan';
import type { LocalPipelinePlan } from '../local-pipeline/run';
import { planInfrastructure, type InfraPlan } from './plan';
import { LakewiseStack } from './stack';

export interface BuildOptions {
  /** Where `app.synth()` writes the cloud assembly (a temporary folder when unset). */
  readonly outdir?: string;
  /** The assumptions the estimate used; resolved from the model's sizing when unset. */
  readonly assumptions?: Assumptions;
  /** Datasets and gold tables; derived from the answers when unset. */
  readonly pipeline?: LocalPipelinePlan;
  /** Run the cdk-nag AwsSolutions checks on synth (on unless a test measures without them). */
  readonly nag?: boolean;
  /** Receives alarms and budget alerts. */
  readonly notificationEmail?: string;
  /** QuickSight user or group that may use the data source. */
  readonly quickSightPrincipalArn?: string;
  /** Deploy to this region instead of the answers' region (or the user's default). */
  readonly region?: string;
}

export interface LakewiseApp {
  readonly app: App;
  readonly stack: LakewiseStack;
  readonly plan: InfraPlan;
}

/** Stack name for an answers hash: stable, so deploy and destroy find the same stack. */
export function stackNameFor(hash: string): string {
  return `Lakewise-${hash.slice(0, 12)}`;
}

/**
 * Builds the CDK app for a recommended architecture: one stack, tagged with the
 * opportunity and the answers hash, with a budget at the estimate's monthly total and
 * cdk-nag's AwsSolutions pack checking every synth.
 */
export function buildLakewiseApp(model: ArchitectureModel, answers: Answers, estimateTotalUsd: string, options: BuildOptions = {}): LakewiseApp {
  const hash = answersHash(answers);
  const assumptions = options.assumptions ?? resolveAssumptions(model.sizing);
  const pipeline = options.pipeline ?? planLocalPipeline(answers, model, hash);
  const plan = planInfrastructure(model, assumptions, estimateTotalUsd, pipeline);
  const app = new App({ outdir: options.outdir, context: { ...CURRENTLY_RECOMMENDED_FLAGS } });
  const region = options.region ?? answers.opportunity.region;
  const stack = new LakewiseStack(app, stackNameFor(hash), {
    stackName: stackNameFor(hash),
    description: 'Lakewise: recommended AWS analytics architecture (generated)',
    env: region ? { region } : undefined,
    plan,
    opportunity: answers.opportunity.customerName ?? 'unnamed opportunity',
    notificationEmail: options.notificationEmail,
    quickSightPrincipalArn: options.quickSightPrincipalArn,
  });
  if (options.nag !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, plan };
}
