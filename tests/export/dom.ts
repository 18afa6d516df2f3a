import { createRequire } from 'node:module';

/**
 * jsdom, typed with the DOM lib. The package ships no declarations and @types/jsdom
 * is not installed, so the tests load it through `require` and describe the little
 * they use.
 */
interface JsdomModule {
  JSDOM: new (html?: string, options?: { virtualConsole?: unknown }) => { window: Window & typeof globalThis };
  VirtualConsole: new () => unknown;
}

const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomModule;

/**
 * A window for parsing. Its console is silent: jsdom's CSS parser does not know
 * paged-media margin boxes (`@bottom-right`) and would complain about every proposal.
 */
export function domWindow(html = ''): Window & typeof globalThis {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
}

export function htmlDocument(html: string): Document {
  return domWindow(html).document;
}

const parser = new (domWindow().DOMParser)();

/** Parses XML strictly; a document with a `parsererror` element means the text was not well-formed. */
export function xmlDocument(text: string, type: 'application/xml' | 'image/svg+xml' = 'application/xml'): Document {
  return parser.parseFromString(text, type);
}
