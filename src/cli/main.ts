import { InputError } from '../core/errors';
import type { CliCommand, CliIo } from './command';
import { fileSystemProblem } from './problems';

/**
 * Every `lakewise <command>` and the module that implements it. Loaded lazily so
 * `lakewise recommend` never pays for the AWS SDK or aws-cdk-lib.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  recommend: { summary: 'answers.json → recommended architecture and diagram', load: () => import('./commands/recommend').then((m) => m.command) },
  answers: { summary: 'answers schema | answers template', load: () => import('./commands/answers').then((m) => m.command) },
  estimate: { summary: 'answers.json → monthly cost estimate', load: () => import('./commands/estimate').then((m) => m.command) },
  pricing: { summary: 'pricing info | pricing refresh', load: () => import('./commands/pricing').then((m) => m.command) },
  synth: { summary: 'answers.json → CDK app and CloudFormation (cdk-nag checked)', load: () => import('./commands/synth').then((m) => m.command) },
  deploy: { summary: 'answers.json → diff, estimate, confirm, deploy with your AWS credentials', load: () => import('./commands/deploy').then((m) => m.command) },
  destroy: { summary: 'answers.json → empty the buckets (typed confirmation) and delete the stack', load: () => import('./commands/destroy').then((m) => m.command) },
  'run-local': { summary: 'answers.json → sample data through bronze, silver and gold on DuckDB', load: () => import('./commands/run-local').then((m) => m.command) },
  export: { summary: 'answers.json → proposal PDF/MD/HTML, diagram SVG/PNG/draw.io, cost CSV/JSON or one ZIP', load: () => import('./commands/export').then((m) => m.command) },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(12)} ${summary}`);
  return `Usage: lakewise <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun lakewise <command> --help for its options.\n`;
}

let stdoutWatched = false;
let stdoutClosed = false;

/**
 * `lakewise … | head` closes standard output while a command still writes. Node reports that
 * as an EPIPE 'error' event that would crash the process with a stack trace; the reader
 * has all it wanted, so the rest of the output is dropped and the command finishes its work.
 */
function dropOutputOnceStdoutCloses(): void {
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  });
}

export const processIo: CliIo = {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`lakewise: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (io === processIo) dropOutputOnceStdoutCloses();
  try {
    const command = await entry.load();
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`lakewise ${name}: ${error.message}\n`);
      return 1;
    }
    const fileProblem = fileSystemProblem(error, rest);
    if (fileProblem !== undefined) {
      io.stderr(`lakewise ${name}: ${fileProblem}\n`);
      return 1;
    }
    throw error;
  }
}
