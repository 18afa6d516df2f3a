import { createHash } from 'node:crypto';
import type { Answers } from '../core/answers/schema';
import { customerFacingAnswers } from '../core/export/answers-file';

/**
 * JSON with object keys sorted at every level, so the same answers always give the same
 * text whatever order a person, the wizard or a share link wrote them in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/**
 * sha256 (hex) of the canonical JSON of the normalised answers: tags every deployed
 * resource, names the stack and seeds the sample data, so one answers file always maps
 * to one deployment and one sample. Seller notes are left out: they feed no rule, so
 * rewording them must not rename the stack, and the hash is published as a tag.
 */
export function answersHash(answers: Answers): string {
  return createHash('sha256').update(canonicalJson(customerFacingAnswers(answers)), 'utf8').digest('hex');
}
