import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { customerFacingAnswers } from '../core/export/answers-file';
import type { ExportFile } from './export-file';
import type { PreparedExport } from './prepare';

export type CdkArtifacts =
  | { readonly status: 'included'; readonly stackName: string; readonly files: readonly ExportFile[] }
  | { readonly status: 'omitted'; readonly reason: string };

/**
 * The deploy issue's synthesizer. It imports aws-cdk-lib and the CDK toolkit and is
 * kept out of the site's build (see src/cli/commands/synth.ts), so it is loaded
 * from the source tree through tsx at the moment a ZIP asks for it.
 */
const SYNTHESIZE_MODULE = 'src/deploy/synthesize.ts';
const ANSWERS_HASH_MODULE = 'src/deploy/answers-hash.ts';

interface SynthesizeModule {
  synthesizeDeployment(inputs: unknown, options: { outDir: string; overrides?: unknown }): Promise<{ stackName: string; appDir: string; templatePath: string }>;
}
interface AnswersHashModule {
  answersHash(answers: unknown): string;
}

async function loadTypeScript<Module>(file: string): Promise<Module> {
  const { tsImport } = await import('tsx/esm/api');
  return (await tsImport(pathToFileURL(file).href, import.meta.url)) as Module;
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.ts': 'text/typescript',
  '.json': 'application/json',
  '.md': 'text/markdown',
  '.py': 'text/x-python',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
};

function mediaTypeOf(file: string): string {
  return MEDIA_TYPES[path.extname(file)] ?? 'application/octet-stream';
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Synthesizes the CDK app and its CloudFormation template for the export, from
 * the export's own answers (seller notes removed, as in its answers.json), model,
 * assumptions and estimate, so the template's budget is the proposal's total.
 * Never fails the export: when the synthesizer is absent or refuses, the reason
 * is returned for the manifest.
 */
export async function synthesizeCdkArtifacts(prepared: PreparedExport, projectRoot: string): Promise<CdkArtifacts> {
  const synthesizeFile = path.join(projectRoot, SYNTHESIZE_MODULE);
  const hashFile = path.join(projectRoot, ANSWERS_HASH_MODULE);
  if (!existsSync(synthesizeFile) || !existsSync(hashFile)) return { status: 'omitted', reason: `the CDK synthesizer (${SYNTHESIZE_MODULE}) is not part of this installation` };
  const { proposal, assumptions } = prepared;
  if (proposal.model.components.length === 0) return { status: 'omitted', reason: 'the architecture has no components, so there is nothing to deploy' };
  const outDir = await mkdtemp(path.join(tmpdir(), 'lakewise-export-cdk-'));
  try {
    const [{ synthesizeDeployment }, { answersHash }] = await Promise.all([loadTypeScript<SynthesizeModule>(synthesizeFile), loadTypeScript<AnswersHashModule>(hashFile)]);
    const answers = customerFacingAnswers(prepared.answers);
    const result = await synthesizeDeployment(
      { answers, hash: answersHash(answers), model: proposal.model, assumptions, estimate: proposal.estimate, pricingRegion: proposal.pricing.region },
      { outDir, overrides: proposal.pricing.overrides },
    );
    const files: ExportFile[] = [];
    for (const file of await listFiles(result.appDir)) {
      files.push({ name: `cdk/app/${path.relative(result.appDir, file).split(path.sep).join('/')}`, mediaType: mediaTypeOf(file), bytes: new Uint8Array(await readFile(file)) });
    }
    files.push({ name: `cdk/cloudformation/${path.basename(result.templatePath)}`, mediaType: 'application/json', bytes: new Uint8Array(await readFile(result.templatePath)) });
    return { status: 'included', stackName: result.stackName, files };
  } catch (error) {
    return { status: 'omitted', reason: `the CDK synthesis failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
