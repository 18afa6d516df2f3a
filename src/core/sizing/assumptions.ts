import Big from 'big.js';
import { ceilWhole, Money } from '../cost/money';
import { formatIssues, InputError, type SchemaIssue } from '../errors';
import type { SizingInputs } from './inputs';
import {
  type ChoiceUsageDefinition,
  type ChoiceUsageKey,
  DEFAULT_SIZING_PRESET,
  isUsageKey,
  type NumberUsageDefinition,
  type NumberUsageKey,
  SIZING_PRESETS,
  type SizingPreset,
  USAGE_KEYS,
  USAGE_INPUT_CEILING,
  USAGE_SCHEMA,
  type UsageKey,
} from './usage-schema';

/** Where a usage value came from, strongest first. */
export type UsageProvenance = 'override' | 'answer' | 'preset' | 'derived';

export type UsageOverrides = Readonly<Partial<Record<UsageKey, string>>>;

export interface AssumptionOptions {
  readonly preset?: SizingPreset;
  /** Per-key values the user set (`--set key=value`), as decimal strings or choice ids. */
  readonly overrides?: UsageOverrides;
}

/** The usage quantities an estimate is computed from, each with its origin. */
export interface Assumptions {
  readonly sizing: SizingInputs;
  readonly preset: SizingPreset;
  readonly overrides: UsageOverrides;
  readonly values: Readonly<Record<UsageKey, Big | string>>;
  readonly provenance: Readonly<Record<UsageKey, UsageProvenance>>;
  /** The keys each derived value was computed from. */
  readonly dependencies: Readonly<Partial<Record<UsageKey, readonly UsageKey[]>>>;
}

/** Multiplies a base value (answer, override or preset) before derived keys are computed. */
export type UsageScale = (key: NumberUsageKey, definition: NumberUsageDefinition, provenance: UsageProvenance) => Big.BigSource;

function numberDefinition(key: UsageKey): NumberUsageDefinition | undefined {
  const definition = USAGE_SCHEMA[key] as NumberUsageDefinition | ChoiceUsageDefinition;
  return definition.kind === 'number' ? definition : undefined;
}

/** The largest value a person may give for a key. */
export function usageInputMax(definition: NumberUsageDefinition): number {
  return Math.min(definition.max ?? USAGE_INPUT_CEILING, definition.inputMax ?? USAGE_INPUT_CEILING);
}

/** What is wrong with a usage value: the CLI's English words and the same problem as parameters. */
type UsageProblem = Pick<SchemaIssue, 'message' | 'problem'>;

/** Checks one numeric value against its key's bounds; returns the problem or undefined. */
function numberProblem(definition: NumberUsageDefinition, value: Big): UsageProblem | undefined {
  if (value.lt(definition.min)) {
    return { message: `expected a number ≥ ${definition.min}, received ${value.toString()}`, problem: { kind: 'too-small', min: definition.min, inclusive: true } };
  }
  const max = usageInputMax(definition);
  if (value.gt(max)) return { message: `expected a number ≤ ${max}, received ${value.toString()}`, problem: { kind: 'too-large', max } };
  if (definition.integer === true && !value.eq(value.round(0, Big.roundDown))) return { message: `expected a whole number, received ${value.toString()}`, problem: { kind: 'not-whole' } };
  return undefined;
}

/**
 * Everything resolution needs about one key, in one shape for every key and with decimals built
 * once: resolution runs four times per estimate (expected, low, high, 10×), so it must be cheap.
 */
interface KeyPlan {
  readonly choice: boolean;
  readonly definition: NumberUsageDefinition | ChoiceUsageDefinition;
  readonly fromSizing: keyof SizingInputs | undefined;
  readonly derive: NumberUsageDefinition['derive'];
  readonly presets: Readonly<Record<SizingPreset, Big | string>> | undefined;
  readonly min: Big;
  readonly max: Big | undefined;
  readonly integer: boolean;
}

const PLANS = new Map<UsageKey, KeyPlan>(
  USAGE_KEYS.map((key) => {
    const definition = USAGE_SCHEMA[key] as NumberUsageDefinition | ChoiceUsageDefinition;
    if (definition.kind === 'choice') {
      return [key, { choice: true, definition, fromSizing: undefined, derive: undefined, presets: definition.preset, min: new Money(0), max: undefined, integer: false }];
    }
    const numbers = definition.preset;
    return [
      key,
      {
        choice: false,
        definition,
        fromSizing: definition.fromSizing,
        derive: definition.derive,
        presets: numbers === undefined ? undefined : { small: new Money(numbers.small), medium: new Money(numbers.medium), large: new Money(numbers.large) },
        min: new Money(definition.min),
        max: definition.max === undefined ? undefined : new Money(definition.max),
        integer: definition.integer === true,
      },
    ];
  }),
);

/** The usage definition each sizing input feeds, looked up once rather than per estimate. */
const DEFINITION_BY_SIZING_FIELD = new Map<string, NumberUsageDefinition>(
  USAGE_KEYS.flatMap((key) => {
    const definition = numberDefinition(key);
    return definition?.fromSizing === undefined ? [] : [[definition.fromSizing, definition] as const];
  }),
);

/** Keeps a scaled value inside its key's bounds; ceil and clamp keep "more usage never costs less". */
function clamp(plan: KeyPlan, value: Big): Big {
  let result = plan.integer ? ceilWhole(value) : value;
  if (result.lt(plan.min)) result = plan.min;
  if (plan.max !== undefined && result.gt(plan.max)) result = plan.max;
  return result;
}

/** Reads usage values; the cost model needs nothing else from the assumptions. */
export interface UsageReader {
  num(key: NumberUsageKey): Big;
  choice(key: ChoiceUsageKey): string;
}

interface Resolver {
  readonly values: Map<UsageKey, Big | string>;
  readonly provenance: Map<UsageKey, UsageProvenance>;
  readonly dependencies: Partial<Record<UsageKey, UsageKey[]>>;
  resolve(key: UsageKey): Big | string;
}

/**
 * What a scaled re-run may reuse: the unscaled run's values and the keys each derived value read.
 * A value whose scale factor is 1, or whose derivation read only unchanged values, is the same
 * value, so the re-run hands back the same object instead of recomputing it.
 */
interface UnscaledRun {
  readonly values: Readonly<Record<UsageKey, Big | string>>;
  readonly dependencies: Readonly<Partial<Record<UsageKey, readonly UsageKey[]>>>;
}

/** Resolves keys on first read, so a scaled re-run computes only the keys its pricers read. */
function createResolver(sizing: SizingInputs, preset: SizingPreset, overrides: UsageOverrides, scale: UsageScale | undefined, unscaled?: UnscaledRun): Resolver {
  const values = new Map<UsageKey, Big | string>();
  const provenance = new Map<UsageKey, UsageProvenance>();
  const dependencies: Partial<Record<UsageKey, UsageKey[]>> = {};
  const resolving = new Set<UsageKey>();
  const resolve = (key: UsageKey): Big | string => {
    const known = values.get(key);
    if (known !== undefined) return known;
    const plan = PLANS.get(key) as KeyPlan;
    const override = overrides[key];
    let value: Big | string;
    let origin: UsageProvenance;
    const unchanged = unscaled?.values[key];
    if (plan.choice) {
      value = override ?? ((plan.presets as Record<SizingPreset, string>)[preset]);
      origin = override === undefined ? 'preset' : 'override';
    } else {
      const answered = plan.fromSizing === undefined ? undefined : sizing[plan.fromSizing];
      const given: Big.BigSource | undefined = override ?? (typeof answered === 'number' ? answered : undefined);
      origin = override !== undefined ? 'override' : given !== undefined ? 'answer' : plan.derive !== undefined ? 'derived' : 'preset';
      const recorded = unscaled?.dependencies[key];
      if (origin !== 'derived') {
        const factor = scale === undefined ? undefined : scale(key as NumberUsageKey, plan.definition as NumberUsageDefinition, origin);
        if (unchanged !== undefined && factor === 1) value = unchanged;
        else {
          const base = given === undefined ? (plan.presets as Record<SizingPreset, Big>)[preset] : new Money(given);
          value = clamp(plan, factor === undefined || factor === 1 ? base : base.times(factor));
        }
      } else if (unchanged !== undefined && recorded !== undefined && recorded.every((dependency) => resolve(dependency) === unscaled?.values[dependency])) {
        value = unchanged;
        dependencies[key] = [...recorded];
      } else {
        if (resolving.has(key)) throw new Error(`usage key "${key}" derives from itself`);
        resolving.add(key);
        const read: UsageKey[] = [];
        value = clamp(
          plan,
          (plan.derive as NonNullable<NumberUsageDefinition['derive']>)((other) => {
            const otherPlan = isUsageKey(other) ? PLANS.get(other) : undefined;
            if (otherPlan === undefined || otherPlan.choice) throw new Error(`usage key "${key}" derives from unknown number key "${other}"`);
            read.push(other as UsageKey);
            return resolve(other as UsageKey) as Big;
          }),
        );
        resolving.delete(key);
        dependencies[key] = read;
      }
    }
    values.set(key, value);
    provenance.set(key, origin);
    return value;
  };
  return { values, provenance, dependencies, resolve };
}

/**
 * Resolves every usage key: the user's override, else the customer's answer (model sizing), else
 * the key's derivation from other keys, else the preset. Throws an InputError naming every bad
 * sizing input or override.
 */
export function resolveAssumptions(sizing: SizingInputs, options: AssumptionOptions = {}, scale?: UsageScale): Assumptions {
  const preset = options.preset ?? DEFAULT_SIZING_PRESET;
  if (!SIZING_PRESETS.includes(preset)) {
    const message = `unknown sizing preset "${String(preset)}" (allowed: ${SIZING_PRESETS.join(', ')})`;
    throw new InputError(message, [{ path: ['preset'], message, problem: { kind: 'not-an-option', options: SIZING_PRESETS } }]);
  }
  const overrides = options.overrides ?? {};
  const issues: SchemaIssue[] = [];

  for (const [key, raw] of Object.entries(overrides)) {
    if (!isUsageKey(key)) issues.push({ path: ['overrides', key], message: 'unknown usage key', problem: { kind: 'unknown-fields', keys: [key] } });
    else if (raw === undefined) continue;
    else {
      const problem = overrideProblem(key, raw);
      if (problem !== undefined) issues.push({ path: ['overrides', key], ...problem });
    }
  }
  for (const [field, value] of Object.entries(sizing)) {
    if (value === undefined) continue;
    const definition = DEFINITION_BY_SIZING_FIELD.get(field);
    if (definition === undefined) continue;
    const problem: UsageProblem | undefined =
      typeof value !== 'number' || !Number.isFinite(value)
        ? { message: `expected a number, received ${typeof value === 'number' ? String(value) : typeof value}`, problem: { kind: 'not-a-number' } }
        : numberProblem(definition, new Money(value));
    if (problem !== undefined) issues.push({ path: ['sizing', field], ...problem });
  }
  if (issues.length > 0) throw new InputError(formatIssues(issues, 'usage assumptions'), issues);

  const resolver = createResolver(sizing, preset, overrides, scale);
  for (const key of USAGE_KEYS) resolver.resolve(key);
  return {
    sizing,
    preset,
    overrides,
    values: Object.fromEntries(resolver.values) as Record<UsageKey, Big | string>,
    provenance: Object.fromEntries(resolver.provenance) as Record<UsageKey, UsageProvenance>,
    dependencies: resolver.dependencies,
  };
}

/** Re-resolves the same inputs with base values scaled (low/high band, growth views). */
export function rescaleAssumptions(assumptions: Assumptions, scale: UsageScale): Assumptions {
  return resolveAssumptions(assumptions.sizing, { preset: assumptions.preset, overrides: assumptions.overrides }, scale);
}

export function usageReader(assumptions: Assumptions): UsageReader {
  return { num: (key) => assumptions.values[key] as Big, choice: (key) => assumptions.values[key] as string };
}

/**
 * The same inputs with base values scaled, resolved lazily. The inputs were validated when
 * `assumptions` was resolved, so this skips validation: it is the hot path of bands and views.
 */
export function scaledUsageReader(assumptions: Assumptions, scale: UsageScale): UsageReader {
  const resolver = createResolver(assumptions.sizing, assumptions.preset, assumptions.overrides, scale, assumptions);
  return { num: (key) => resolver.resolve(key) as Big, choice: (key) => resolver.resolve(key) as string };
}

export function usageNumber(assumptions: Assumptions, key: NumberUsageKey): Big {
  return assumptions.values[key] as Big;
}

export function usageChoice(assumptions: Assumptions, key: ChoiceUsageKey): string {
  return assumptions.values[key] as string;
}

function overrideProblem(key: UsageKey, raw: string): UsageProblem | undefined {
  const definition = USAGE_SCHEMA[key] as NumberUsageDefinition | ChoiceUsageDefinition;
  if (definition.kind === 'choice') {
    if (definition.options.includes(raw)) return undefined;
    return { message: `expected one of ${definition.options.join(', ')}, received "${raw}"`, problem: { kind: 'not-an-option', options: definition.options } };
  }
  if (!/^\s*\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(raw)) {
    // "-5" is a number, only below the minimum; saying "not a number" would send the person looking for a typo.
    const negative = /^\s*-\s*\d/.test(raw);
    return {
      message: `expected a number ≥ ${definition.min}, received "${raw}"`,
      problem: negative ? { kind: 'too-small', min: definition.min, inclusive: true } : { kind: 'not-a-number' },
    };
  }
  return numberProblem(definition, new Money(raw.trim()));
}

/** `events_per_second` → `eventsPerSecond`; camelCase keys pass through. */
export function usageKeyFromFlag(name: string): string {
  return name.trim().replace(/[_-]([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Parses `--set key=value` pairs into overrides. Keys may be camelCase or snake_case.
 * Throws one InputError listing every bad pair.
 */
export function parseUsageOverrides(pairs: readonly string[]): UsageOverrides {
  const overrides: Partial<Record<UsageKey, string>> = {};
  const problems: string[] = [];
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      problems.push(`--set ${pair}: expected key=value, e.g. events_per_second=500`);
      continue;
    }
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1).trim();
    const key = usageKeyFromFlag(name);
    if (!isUsageKey(key)) {
      const hint = USAGE_KEYS.filter((candidate) => candidate.toLowerCase().startsWith(key.toLowerCase().slice(0, 4)));
      problems.push(`--set ${pair}: unknown usage key "${name}"${hint.length > 0 ? ` (did you mean ${hint.slice(0, 3).join(', ')}?)` : ''}`);
      continue;
    }
    const problem = overrideProblem(key, value);
    if (problem !== undefined) problems.push(`--set ${pair}: ${problem.message}`);
    else overrides[key] = value;
  }
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return overrides;
}
