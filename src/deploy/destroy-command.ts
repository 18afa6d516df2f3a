import { join, resolve } from 'node:path';
import { CloudFormationClient, paginateListStackResources } from '@aws-sdk/client-cloudformation';
import { DeleteObjectsCommand, ListObjectVersionsCommand, S3Client } from '@aws-sdk/client-s3';
import { StackSelectionStrategy } from '@aws-cdk/toolkit-lib';
import type { CliCommand, CliIo } from '../cli/command';
import { readDeploymentInputs, terminalPrompt, type Prompt } from './command-support';
import { readCommandArgs } from '../cli/flags';
import { onlyAnswersFile, usageError } from '../cli/problems';
import { findCredentials } from './credentials';
import { reportToolkitError } from './deploy-command';
import { synthesizeDeployment } from './synthesize';
import { createToolkit } from './toolkit';

const USAGE = `Usage: lakewise destroy <answers.json> [--profile <name>] [--region <code>]
                        [--confirm <stack-name>] [--out <dir>]

Removes the stack lakewise deploy created for these answers. Its S3 buckets hold your
data: they are emptied (every object version deleted) only after you type the stack's
name, and then the stack is deleted. KMS keys are scheduled for deletion (7 days).

  --confirm  the stack name, typed in advance (for scripts); must match exactly
  --profile  AWS profile to use
  --region   region the stack was deployed to (default: the answers' region)

Exit codes: 0 removed, 1 no credentials, not confirmed or failed, 2 bad usage.
`;

interface Destroyer {
  readonly prompt: Prompt;
}

/** Deletes every object version and delete marker in a bucket, a thousand at a time. */
async function emptyBucket(s3: S3Client, bucket: string): Promise<number> {
  let deleted = 0;
  let keyMarker: string | undefined;
  let versionIdMarker: string | undefined;
  for (;;) {
    const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }));
    const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((entry) => ({ Key: entry.Key!, VersionId: entry.VersionId }));
    if (objects.length > 0) {
      await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }));
      deleted += objects.length;
    }
    if (!page.IsTruncated) return deleted;
    keyMarker = page.NextKeyMarker;
    versionIdMarker = page.NextVersionIdMarker;
  }
}

export function createDestroyCommand({ prompt }: Destroyer): CliCommand {
  return {
    async run(args, io: CliIo) {
      const parsed = readCommandArgs(args, { profile: { type: 'string' }, region: { type: 'string' }, confirm: { type: 'string' }, out: { type: 'string' } }, io, USAGE, (message) => usageError(io, 'destroy', message, USAGE));
      if (typeof parsed === 'number') return parsed;
      const { values } = parsed;
      const file = onlyAnswersFile(parsed.positionals);
      if (typeof file === 'object') return usageError(io, 'destroy', file.problem, USAGE);

      const credentials = await findCredentials(values.profile);
      if (!credentials.ok) {
        io.stderr(`lakewise destroy: ${credentials.message.replace(/\n/g, '\nlakewise destroy: ').replace('nothing was deployed or changed', 'nothing was removed')}\n`);
        return 1;
      }
      const { inputs, overrides } = await readDeploymentInputs(file, []);
      const region = values.region ?? inputs.answers.opportunity.region;
      const synthesis = await synthesizeDeployment(inputs, { outDir: resolve(values.out ?? join('.lakewise', 'deploy')), overrides, region });
      const clientConfig = { region, profile: values.profile };
      const cloudFormation = new CloudFormationClient(clientConfig);
      const buckets: string[] = [];
      try {
        for await (const page of paginateListStackResources({ client: cloudFormation }, { StackName: synthesis.stackName })) {
          for (const resource of page.StackResourceSummaries ?? []) {
            if (resource.ResourceType === 'AWS::S3::Bucket' && resource.PhysicalResourceId) buckets.push(resource.PhysicalResourceId);
          }
        }
      } catch (error) {
        io.stderr(`lakewise destroy: cannot read stack ${synthesis.stackName}${region ? ` in ${region}` : ''}: ${(error as Error).message}\n`);
        return 1;
      }

      io.stdout(`Stack ${synthesis.stackName} has ${buckets.length} bucket(s) whose data will be deleted:\n${buckets.map((bucket) => `  ${bucket}\n`).join('')}`);
      const typed = values.confirm ?? (await prompt(`Type the stack name (${synthesis.stackName}) to empty these buckets and delete the stack: `));
      if (typed === undefined) {
        io.stderr('lakewise destroy: there is no terminal to confirm on; pass --confirm <stack-name> to destroy without a prompt.\n');
        return 2;
      }
      if (typed !== synthesis.stackName) {
        io.stdout('The name did not match. Nothing was emptied or deleted.\n');
        return 1;
      }

      const s3 = new S3Client(clientConfig);
      for (const bucket of buckets) io.stdout(`Emptied ${bucket}: ${await emptyBucket(s3, bucket)} object version(s) deleted.\n`);
      const toolkit = createToolkit(io, values.profile);
      const assembly = await toolkit.synth(await toolkit.fromAssemblyDirectory(synthesis.assemblyDir));
      try {
        await toolkit.destroy(assembly, { stacks: { strategy: StackSelectionStrategy.PATTERN_MUST_MATCH_SINGLE, patterns: [synthesis.stackName] } });
        io.stdout(`Deleted ${synthesis.stackName}.\n`);
        return 0;
      } catch (error) {
        return reportToolkitError(io, 'destroy', error);
      } finally {
        await assembly.dispose();
      }
    },
  };
}

export const command = createDestroyCommand({ prompt: terminalPrompt });
