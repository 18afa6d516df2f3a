/**
 * Recognising a share link needs no decoder: this module lets the wizard check the
 * URL fragment at start-up and load the codec (`share.ts`, with fflate) only when
 * there is a link to read.
 */
export const SHARE_FRAGMENT_KEY = 'share';

/** The share payload in a location hash (`#share=…`), or undefined when the hash is not a share link. */
export function shareFragmentOf(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  return fragment.startsWith(`${SHARE_FRAGMENT_KEY}=`) ? fragment.slice(SHARE_FRAGMENT_KEY.length + 1) : undefined;
}
