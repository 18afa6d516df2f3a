import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseAnswers } from '../core/answers/parse';
import { issuesWithin, type SchemaIssue } from '../core/errors';
import type { WizardInputs } from './answers-slice';
import { parsePricingSettings, type PricingCheck } from './pricing-settings';
import { SHARE_FRAGMENT_KEY } from './share-fragment';

export { shareFragmentOf } from './share-fragment';

/**
 * The share link: the wizard inputs (answers without seller notes, and pricing
 * settings) in the URL fragment, so nothing is stored on a server and the fragment never reaches one.
 *
 *   #share=<link version>.<CRC-32 of the compressed bytes, 8 hex>.<base64url(deflate(JSON))>
 *
 * The link version comes first and outside the compressed data, so a future format
 * is recognised as such before anything is decoded. The checksum tells a link cut
 * short by a chat client or edited by hand from one this build cannot read. Decoding
 * goes through `parseAnswers` (which migrates older answers) and never half-loads:
 * the result is either every input or a problem naming what is wrong.
 */

export const SHARE_LINK_VERSION = 1;
const PATTERN = /^(\d+)\.([0-9a-f]{8})\.([A-Za-z0-9_-]+)$/;

export type ShareProblem = 'malformed' | 'future-version' | 'damaged' | 'invalid-inputs';

export type DecodeShareResult =
  | { readonly ok: true; readonly inputs: WizardInputs; /** Answers version the link was written in, when older. */ readonly migratedFrom?: number }
  | {
      readonly ok: false;
      readonly problem: ShareProblem;
      /** What is wrong, naming the part or field, in English. */
      readonly message: string;
      /** For `invalid-inputs`: each refused value, its path starting at `answers` or `pricing`. */
      readonly issues?: readonly SchemaIssue[];
    };

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zip/PNG polynomial) as 8 lowercase hex digits. */
export function crc32Hex(bytes: Uint8Array): string {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * The fragment (without `#`) that carries `inputs`. Seller notes are left out: they are
 * seller-only (call mode hides them, exports never print them) and a link is made to be
 * passed on. Notes change neither the architecture nor the cents.
 */
export function encodeShareFragment(inputs: WizardInputs): string {
  const { notes: _sellerNotes, ...shared } = inputs.answers;
  const json = JSON.stringify({ answers: shared, pricing: inputs.pricing });
  const compressed = deflateSync(strToU8(json), { level: 9 });
  return `${SHARE_FRAGMENT_KEY}=${SHARE_LINK_VERSION}.${crc32Hex(compressed)}.${toBase64Url(compressed)}`;
}

const fail = (problem: ShareProblem, message: string): Extract<DecodeShareResult, { ok: false }> => ({ ok: false, problem, message: `share link: ${message}` });

/** Reads the payload of a share fragment (the part after `share=`). Never throws. */
export function decodeSharePayload(payload: string, checkPricing: PricingCheck): DecodeShareResult {
  const version = /^(\d+)\./.exec(payload)?.[1];
  if (version === undefined) return fail('malformed', 'expected "<version>.<checksum>.<data>" after "share=", received something else');
  if (Number(version) > SHARE_LINK_VERSION) {
    return fail(
      'future-version',
      `version ${version} is newer than this Lakewise reads (up to ${SHARE_LINK_VERSION}); open it with the newer Lakewise that made it`,
    );
  }
  if (Number(version) !== SHARE_LINK_VERSION) return fail('malformed', `unknown version ${version}; this Lakewise reads version ${SHARE_LINK_VERSION}`);
  const parts = PATTERN.exec(payload);
  if (parts === null) return fail('damaged', 'the link is incomplete or contains characters a share link never has; copy the whole link again');
  const [, , checksum, data] = parts as unknown as [string, string, string, string];

  let compressed: Uint8Array;
  try {
    compressed = fromBase64Url(data);
  } catch {
    return fail('damaged', 'the data part is not valid base64url; copy the whole link again');
  }
  if (crc32Hex(compressed) !== checksum) return fail('damaged', 'the checksum does not match: the link was cut short or changed; copy the whole link again');

  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateSync(compressed)));
  } catch {
    return fail('damaged', 'the data cannot be unpacked; copy the whole link again');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail('invalid-inputs', 'expected answers and pricing settings, received something else');
  const { answers, pricing, ...extra } = json as Record<string, unknown>;
  const unknownKeys = Object.keys(extra);
  if (unknownKeys.length > 0)
    return fail(
      'invalid-inputs',
      `unknown part${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((key) => JSON.stringify(key)).join(', ')}; known parts: answers, pricing`,
    );

  const parsedAnswers = parseAnswers(answers, 'answers');
  const parsedPricing = parsePricingSettings(pricing ?? {}, 'pricing', checkPricing);
  if (!parsedAnswers.ok || !parsedPricing.ok) {
    const refused = [parsedAnswers, parsedPricing].flatMap((result) => (result.ok ? [] : [result.error]));
    const issues = [
      ...(parsedAnswers.ok ? [] : issuesWithin('answers', parsedAnswers.error.issues)),
      ...(parsedPricing.ok ? [] : issuesWithin('pricing', parsedPricing.error.issues)),
    ];
    return { ...fail('invalid-inputs', refused.map((error) => error.message).join('\n')), issues };
  }
  const inputs: WizardInputs = { answers: parsedAnswers.answers, pricing: parsedPricing.settings };
  return parsedAnswers.migratedFrom === undefined ? { ok: true, inputs } : { ok: true, inputs, migratedFrom: parsedAnswers.migratedFrom };
}
