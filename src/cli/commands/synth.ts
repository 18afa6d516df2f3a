import type { CliCommand } from '../command';

/**
 * `lakewise synth`. Its implementation imports aws-cdk-lib and the CDK toolkit, so it lives
 * in src/deploy/ (type-checked by tsconfig.infra.json, kept out of the site's type-check)
 * and is loaded through a path the site's compiler does not follow.
 */
const IMPLEMENTATION = '../../deploy/synth-command.ts';

export const command: CliCommand = {
  async run(args, io) {
    const implementation = (await import(/* @vite-ignore */ IMPLEMENTATION)) as { command: CliCommand };
    return implementation.command.run(args, io);
  },
};
