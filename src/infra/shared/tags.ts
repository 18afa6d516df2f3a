/**
 * Customer text reaches AWS only as tag values, and only after this. The strictest tag rule
 * among the services in the stack (EMR Serverless, Kinesis) allows ASCII letters, digits,
 * spaces and `_ . : / = + - @`, up to 255 characters: accents are dropped (Ação → Acao),
 * anything else becomes a space, runs of spaces collapse, and the result is cut.
 */
export const TAG_VALUE_MAX_LENGTH = 255;

export function sanitizeTagValue(text: string, fallback = 'unnamed'): string {
  const cleaned = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9 _.:/=+\-@]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = cleaned.slice(0, TAG_VALUE_MAX_LENGTH).trim();
  return cut === '' ? fallback : cut;
}

/** Tag keys Lakewise writes on every resource; the budget filters on the answers hash. */
export const TAG_KEYS = {
  opportunity: 'lakewise:opportunity',
  answersHash: 'lakewise:answers-hash',
  managedBy: 'lakewise:managed-by',
} as const;
