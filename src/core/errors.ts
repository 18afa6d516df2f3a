import type { InputProblem } from './input-problem';

/**
 * One way to say what is wrong with any input a person gave us (answers file,
 * share link, price record, frontmatter, CLI flag): `where: path: what was expected`.
 */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  /** In English, for the CLI and logs. */
  readonly message: string;
  /** The same problem as parameters, for edges that word it in the user's language. */
  readonly problem?: InputProblem;
  readonly code?: string;
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Issues found inside one part of a larger input (`answers` of a share link), with paths from the whole. */
export function issuesWithin(part: PropertyKey, issues: readonly SchemaIssue[]): SchemaIssue[] {
  return issues.map((issue) => ({ ...issue, path: [part, ...issue.path] }));
}

export function formatIssues(issues: readonly SchemaIssue[], source: string): string {
  return issues
    .map((issue) => {
      const allowed = issue.values ?? issue.options;
      const suffix = allowed && !issue.message.includes('expected one of') ? ` (allowed: ${allowed.map(String).join(', ')})` : '';
      return `${source}: ${formatIssuePath(issue.path)}: ${issue.message}${suffix}`;
    })
    .join('\n');
}

/** An error whose message is already fit to show a person. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string, readonly issues: readonly SchemaIssue[] = []) {
    super(message);
  }
}
