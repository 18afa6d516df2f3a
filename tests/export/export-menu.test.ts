// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { UI_DICTIONARIES } from '../../src/core/i18n';
import { answersTemplate } from '../../src/core/answers/template';
import ExportMenu, { type ExportMenuProps, type ExportMenuStrings } from '../../src/islands/ExportMenu';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function strings(locale: 'en' | 'pt-BR'): ExportMenuStrings {
  return Object.fromEntries(Object.entries(UI_DICTIONARIES[locale]).filter(([key]) => key.startsWith('wizard.export.') || key.startsWith('language.name.'))) as ExportMenuStrings;
}

let container: HTMLDivElement;
let root: Root;
let clicked: { href: string; download: string }[];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  clicked = [];
  URL.createObjectURL = vi.fn(() => 'blob:lakewise-test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

async function render(props: Partial<ExportMenuProps> = {}) {
  await act(async () => {
    root.render(createElement(ExportMenu, { answers: answersTemplate('pt-BR'), locale: 'en', strings: strings('en'), ...props }));
  });
}

const select = (name: string) => [...container.querySelectorAll('label')].find((label) => label.textContent?.startsWith(name))!.querySelector('select')!;
const button = () => container.querySelector('button')!;

async function choose(element: HTMLSelectElement, value: string) {
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ExportMenu', () => {
  test('offers every format, defaults to the PDF in the answers\' language', async () => {
    await render();
    expect([...select('File').options].map((option) => option.value)).toEqual(['pdf', 'md', 'html', 'zip', 'svg', 'png', 'mmd', 'drawio', 'csv', 'json']);
    expect(select('File').value).toBe('pdf');
    expect(select('Language').value).toBe('pt-BR');
    expect(container.querySelector('h2')?.textContent).toBe('Export');
  });

  test('posts the answers and the pricing settings, then saves the file under the format\'s name', async () => {
    const fetchMock = vi.fn(async () => new Response(new Blob(['<svg/>'], { type: 'image/svg+xml' }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const answers = answersTemplate('en');
    await render({ answers, region: 'us-east-1', preset: 'large', overrides: { queriesPerDay: '5000' }, freeTier: true, exchangeRate: { brlPerUsd: '5.40', date: '2026-11-20' } });
    await choose(select('File'), 'svg');
    await choose(select('Language'), 'pt-BR');
    await act(async () => button().click());
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/export/');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ answers, format: 'svg', locale: 'pt-BR', region: 'us-east-1', preset: 'large', overrides: { queriesPerDay: '5000' }, freeTier: true, exchangeRate: { brlPerUsd: '5.40', date: '2026-11-20' } });
    expect(clicked).toEqual([{ href: 'blob:lakewise-test', download: 'lakewise-diagram.svg' }]);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Downloaded lakewise-diagram.svg.');
  });

  test('shows the server\'s message, which names the wrong field', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: 'answers: volume.dailyIngestGb: expected a number ≥ 0, received "lots"', fields: ['answers.volume.dailyIngestGb'] }), { status: 400 })));
    await render({ locale: 'pt-BR', strings: strings('pt-BR') });
    await act(async () => button().click());
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('A exportação falhou: answers: volume.dailyIngestGb: expected a number ≥ 0, received "lots"');
    expect(clicked).toEqual([]);
  });

  test('says the ZIP takes longer, and disables the controls while it works', async () => {
    let finish: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (finish = resolve))));
    await render();
    await choose(select('File'), 'zip');
    await act(async () => button().click());
    expect(container.querySelector('[role="status"]')?.textContent).toBe(strings('en')['wizard.export.workingZip']);
    expect(button().disabled).toBe(true);
    expect(container.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    await act(async () => finish(new Response(new Blob(['zip']), { status: 200 })));
    expect(clicked.map((click) => click.download)).toEqual(['lakewise-proposal.zip']);
    expect(button().disabled).toBe(false);
  });
});
