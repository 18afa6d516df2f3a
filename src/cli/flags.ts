import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { isRegionCode, PRICING_REGIONS } from '../core/pricing/regions';
import type { CliIo } from './command';

/**
 * Flag handling shared by the commands: one way to read a choice flag, and the pricing flags
 * that `estimate` and `export` both take, read and checked the same way, so a flag
 * means the same thing to both.
 */

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Reads a command's flags and positionals the way every command does: strict, `--help`/`-h`
 * printing the usage. Returns the exit code instead when the command should stop there
 * (0 after help, or whatever `usageError` returns for an unknown or malformed flag).
 */
export function readCommandArgs<const Options extends ParseArgsOptionsConfig>(args: readonly string[], options: Options, io: CliIo, usage: string, usageError: (message: string) => number) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { ...options, ...HELP_OPTION } });
  } catch (error) {
    return usageError((error as Error).message);
  }
  // parseArgs types `values` from the options given, and TypeScript cannot see `help` through the generic spread.
  if ((parsed.values as { readonly help?: boolean }).help === true) {
    io.stdout(usage);
    return 0;
  }
  return parsed;
}

/** A flag's value when it is one of `allowed`, `undefined` when absent, or why it is wrong. */
export function choose<Value extends string>(flag: string, value: string | undefined, allowed: readonly Value[]): Value | undefined | { problem: string } {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as Value;
  return { problem: `--${flag}: expected one of ${allowed.join(', ')}, received ${JSON.stringify(value)}` };
}

/** `util.parseArgs` options of the pricing flags. */
export const PRICING_FLAG_OPTIONS = {
  region: { type: 'string' },
  locale: { type: 'string' },
  preset: { type: 'string' },
  set: { type: 'string', multiple: true },
  'free-tier': { type: 'boolean' },
  'brl-rate': { type: 'string' },
  'brl-date': { type: 'string' },
} as const;

/** Why the region or BRL flags cannot be used together as given, if they cannot. */
export function pricingFlagsProblem(values: { readonly region?: string | undefined; readonly 'brl-rate'?: string | undefined; readonly 'brl-date'?: string | undefined }): string | undefined {
  if (values.region !== undefined && !isRegionCode(values.region)) {
    return `--region: no price snapshot for "${values.region}": expected one of ${PRICING_REGIONS.join(', ')}`;
  }
  if ((values['brl-rate'] === undefined) !== (values['brl-date'] === undefined)) {
    return '--brl-rate and --brl-date go together: the rate and the day you read it';
  }
  return undefined;
}
