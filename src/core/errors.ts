/**
 * One way to say what is wrong with any input a person gave us (answers file,
 * share link, price record, frontmatter, CLI flag): `where: path: what was expected`.
 */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
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
