import { resolve } from 'node:path';
import type { CliCommand } from '../cli/command';
import { readCommandArgs } from '../cli/flags';
import { onlyAnswersFile, usageError } from '../cli/problems';
import { estimateSummary, readDeploymentInputs } from './command-support';
import { synthesizeDeployment, type SynthesisResult } from './synthesize';

const USAGE = `Usage: lakewise synth <answers.json> [--out <dir>] [--set key=value ...]
                      [--region <code>] [--email <address>] [--quicksight-principal <arn>]

Writes the recommended architecture as a CDK app and its CloudFormation, checked by
cdk-nag's AwsSolutions rules on every synth:
  <dir>/app/      the CDK app source (npm install, then npx cdk synth / deploy there)
  <dir>/cdk.out/  the synthesized cloud assembly (templates and assets)

  --out                   output folder (default: lakewise-cdk)
  --set                   override a usage assumption, as in lakewise estimate
  --region                deploy region (default: the answers' region, else your default)
  --email                 address that receives alarms and budget alerts
  --quicksight-principal  QuickSight user or group ARN that may use the data source

Nothing is sent to AWS. Exit codes: 0 written, 1 invalid answers or failed checks, 2 bad usage.
`;

export const SYNTH_OPTIONS = {
  out: { type: 'string' },
  set: { type: 'string', multiple: true },
  region: { type: 'string' },
  email: { type: 'string' },
  'quicksight-principal': { type: 'string' },
} as const;

/** Lines describing what a synth produced; deploy prints them too. */
export function synthesisReport(result: SynthesisResult): string {
  const resources = Object.values(result.resourceCounts).reduce((sum, count) => sum + count, 0);
  const lines = [
    `Stack ${result.stackName}: ${resources} resources, cdk-nag AwsSolutions passed (${result.acknowledgements} findings acknowledged with reasons), synthesized in ${(result.durationMs / 1000).toFixed(1)} s.`,
    `  CDK app:        ${result.appDir}`,
    `  CloudFormation: ${result.templatePath}`,
  ];
  if (result.notes.length > 0) {
    lines.push('Not created by the stack, or created differently from the estimate:');
    for (const note of result.notes) lines.push(`  - ${note.serviceId}: ${note.text}`);
  }
  return `${lines.join('\n')}\n`;
}

export const command: CliCommand = {
  async run(args, io) {
    const parsed = readCommandArgs(args, SYNTH_OPTIONS, io, USAGE, (message) => usageError(io, 'synth', message, USAGE));
    if (typeof parsed === 'number') return parsed;
    const file = onlyAnswersFile(parsed.positionals);
    if (typeof file === 'object') return usageError(io, 'synth', file.problem, USAGE);
    const { inputs, overrides } = await readDeploymentInputs(file, parsed.values.set ?? []);
    const result = await synthesizeDeployment(inputs, {
      outDir: resolve(parsed.values.out ?? 'lakewise-cdk'),
      overrides,
      region: parsed.values.region,
      notificationEmail: parsed.values.email,
      quickSightPrincipalArn: parsed.values['quicksight-principal'],
    });
    io.stdout(synthesisReport(result));
    io.stdout(estimateSummary(inputs.estimate, inputs.pricingRegionNote));
    return 0;
  },
};
