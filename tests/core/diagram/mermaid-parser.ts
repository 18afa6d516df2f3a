import { createRequire } from 'node:module';

type Mermaid = { parse(text: string): Promise<unknown> };
/** The slice of jsdom used here; jsdom ships no types and @types/jsdom is not installed. */
type JsdomModule = { JSDOM: new (html: string) => { window: { document: unknown } } };
let loading: Promise<Mermaid> | undefined;

/**
 * Mermaid's own parser. Mermaid sanitises labels with DOMPurify, which needs a
 * DOM, so a jsdom window is installed before the first import.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
    const dom = new JSDOM('');
    const globals = globalThis as unknown as { window: unknown; document: unknown };
    globals.window = dom.window;
    globals.document = dom.window.document;
    const { default: mermaid } = await import('mermaid');
    return mermaid as Mermaid;
  })();
  return loading;
}
