import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DiffMethod, StackParameters, StackSelectionStrategy, ToolkitError } from '@aws-cdk/toolkit-lib';
import type { CliCommand, CliIo } from '../cli/command';
import { MACIE_PARAMETER } from '../infra/govern/sensitive-data';
import { estimateSummary, readDeploymentInputs, terminalPrompt, type Prompt } from './command-support';
import { readCommandArgs } from '../cli/flags';
import { onlyAnswersFile, usageError } from '../cli/problems';
import { findCredentials } from './credentials';
import { SYNTH_OPTIONS, synthesisReport } from './synth-command';
import { synthesizeDeployment } from './synthesize';
import { createToolkit } from './toolkit';

const USAGE = `Usage: lakewise deploy <answers.json> [--dry-run] [--yes] [--profile <name>] [--out <dir>]
                       [--set key=value ...] [--region <code>] [--email <address>]
                       [--quicksight-principal <arn>] [--macie-already-enabled]

Synthesizes the recommended architecture, shows what would change and the monthly
estimate, asks you to confirm, and deploys it with the CDK toolkit using YOUR AWS
credentials (environment, --profile / AWS_PROFILE, SSO). The account must be
bootstrapped for the CDK once (npx cdk bootstrap aws://ACCOUNT/REGION).

  --dry-run                synthesize and diff against an empty stack; nothing is sent to AWS
  --yes                    deploy without asking (for scripts)
  --profile                AWS profile to use
  --out                    where the app and cloud assembly are written (default: .lakewise/deploy)
  --macie-already-enabled  the account already runs Amazon Macie; do not enable it again
  (--set, --region, --email and --quicksight-principal as in lakewise synth)

Exit codes: 0 deployed (or dry run done), 1 no credentials, invalid answers, declined
or failed, 2 bad usage.
`;

export function createDeployCommand(prompt: Prompt): CliCommand {
  return {
    async run(args, io) {
      const parsed = readCommandArgs(args, { ...SYNTH_OPTIONS, 'dry-run': { type: 'boolean' }, yes: { type: 'boolean' }, profile: { type: 'string' }, 'macie-already-enabled': { type: 'boolean' } }, io, USAGE, (message) => usageError(io, 'deploy', message, USAGE));
      if (typeof parsed === 'number') return parsed;
      const { values } = parsed;
      const file = onlyAnswersFile(parsed.positionals);
      if (typeof file === 'object') return usageError(io, 'deploy', file.problem, USAGE);

      const credentials = await findCredentials(values.profile);
      if (!credentials.ok) {
        io.stderr(`lakewise deploy: ${credentials.message.replace(/\n/g, '\nlakewise deploy: ')}\n`);
        return 1;
      }
      const { inputs, overrides } = await readDeploymentInputs(file, values.set ?? []);
      const synthesis = await synthesizeDeployment(inputs, {
        outDir: resolve(values.out ?? join('.lakewise', 'deploy')),
        overrides,
        region: values.region,
        notificationEmail: values.email,
        quickSightPrincipalArn: values['quicksight-principal'],
      });
      io.stdout(synthesisReport(synthesis));
      io.stdout(`Credentials: found (${credentials.source}).\n`);

      const toolkit = createToolkit(io, values.profile);
      const source = await toolkit.fromAssemblyDirectory(synthesis.assemblyDir);
      const assembly = await toolkit.synth(source, { validateStacks: true });
      const stacks = { strategy: StackSelectionStrategy.PATTERN_MUST_MATCH_SINGLE, patterns: [synthesis.stackName] };
      try {
        if (values['dry-run']) {
          // Diffing against an empty template shows every resource as an addition, with
          // IAM and security-group changes, without reading anything from the account.
          const scratch = await mkdtemp(join(tmpdir(), 'lakewise-diff-'));
          try {
            const empty = join(scratch, 'empty.template.json');
            await writeFile(empty, '{"Resources":{}}\n');
            io.stdout(`\nChanges (against an empty stack):\n`);
            await toolkit.diff(assembly, { stacks, method: DiffMethod.LocalFile(empty) });
          } finally {
            await rm(scratch, { recursive: true, force: true });
          }
          io.stdout(`\n${estimateSummary(inputs.estimate, inputs.pricingRegionNote)}`);
          io.stdout('Dry run: stopped before deploying. Nothing was sent to AWS.\n');
          return 0;
        }
        io.stdout(`\nChanges in the account:\n`);
        await toolkit.diff(assembly, { stacks, method: DiffMethod.ChangeSet({ fallbackToTemplate: true }) });
        io.stdout(`\n${estimateSummary(inputs.estimate, inputs.pricingRegionNote)}`);
        if (!values.yes) {
          const answer = await prompt(`Deploy ${synthesis.stackName} with your credentials? Type "yes" to deploy: `);
          if (answer === undefined) {
            io.stderr('lakewise deploy: there is no terminal to confirm on; run again with --yes to deploy without a prompt.\n');
            return 2;
          }
          if (answer.toLowerCase() !== 'yes') {
            io.stdout('Not deployed.\n');
            return 1;
          }
        }
        const result = await toolkit.deploy(assembly, {
          stacks,
          parameters: values['macie-already-enabled'] ? StackParameters.withExisting({ [MACIE_PARAMETER]: 'true' }) : StackParameters.onlyExisting(),
        });
        for (const stack of result.stacks) {
          io.stdout(`Deployed ${stack.stackName} (${stack.environment.account}/${stack.environment.region}).\n`);
          for (const [name, value] of Object.entries(stack.outputs)) io.stdout(`  ${name}: ${value}\n`);
        }
        return 0;
      } catch (error) {
        return reportToolkitError(io, 'deploy', error);
      } finally {
        await assembly.dispose();
      }
    },
  };
}

/** Toolkit failures as one clear message, with the fix for the most common one. */
export function reportToolkitError(io: CliIo, command: string, error: unknown): number {
  if (!ToolkitError.isToolkitError(error) && !(error instanceof Error)) throw error;
  const message = (error as Error).message;
  io.stderr(`lakewise ${command}: ${message}\n`);
  if (/bootstrap/i.test(message)) io.stderr(`lakewise ${command}: bootstrap the account and region for the CDK once: npx cdk bootstrap aws://ACCOUNT/REGION\n`);
  return 1;
}

export const command = createDeployCommand(terminalPrompt);
