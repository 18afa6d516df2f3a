import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';
import { parseAnswersOrThrow } from '../../src/core/answers/parse';
import type { ArchitectureModel } from '../../src/core/architecture/model';
import type { Estimate } from '../../src/core/cost/estimate';
import { formatUsd } from '../../src/core/cost/number-format';
import { drawioIds } from '../../src/core/export/drawio';
import type { ExportManifest } from '../../src/core/export/manifest';
import type { Proposal } from '../../src/core/export/proposal';
import { diagramTitle } from '../../src/core/export/text';
import { escapeMarkdown } from '../../src/core/text/markdown';
import { loadBundledPriceBook } from '../../src/data/price-snapshot/bundled';
import { createCostDerivations } from '../../src/store/cost-derived';
import { createDerivations, pricingRegionFor } from '../../src/store/derived';
import { DEFAULT_PRICING_SETTINGS } from '../../src/store/pricing-settings';
import { renderExport, sha256Hex, type ExportContext } from '../../src/export/artifacts';
import { launchExportBrowser, type ExportBrowser } from '../../src/export/browser';
import { handleExportRequest } from '../../src/export/http';
import type { PreparedExport } from '../../src/export/prepare';
import { htmlDocument, xmlDocument } from './dom';
import { EXPORT_DATE, FIXTURES, fixtureAnswers, HOSTILE_INDUSTRY, HOSTILE_NAME, hostileAnswers, prepare, PROJECT_ROOT, readableText, SELLER_NOTES } from './support';

const run = promisify(execFile);

/**
 * One Chromium for the whole file: each scenario is exported once as a ZIP (one
 * Mermaid drawing, one PDF print) and every assertion reads the files inside it.
 */
let browser: ExportBrowser;
let workDir: string;
const context = (): ExportContext => ({ browser: () => Promise.resolve(browser), projectRoot: PROJECT_ROOT, includeCdk: false });

interface Bundle {
  readonly prepared: PreparedExport;
  readonly files: Record<string, Uint8Array>;
  text(name: string): string;
  readonly pdfText: string;
}

async function pdfToText(bytes: Uint8Array, pages?: { first: number; last: number }): Promise<string> {
  const file = path.join(workDir, `${sha256Hex(bytes).slice(0, 12)}.pdf`);
  await writeFile(file, bytes);
  const range = pages === undefined ? [] : ['-f', String(pages.first), '-l', String(pages.last)];
  return (await run('pdftotext', [...range, '-enc', 'UTF-8', file, '-'])).stdout;
}

async function pdfInfo(bytes: Uint8Array): Promise<string> {
  const file = path.join(workDir, `${sha256Hex(bytes).slice(0, 12)}-info.pdf`);
  await writeFile(file, bytes);
  return (await run('pdfinfo', ['-f', '1', '-l', '999', file])).stdout;
}

/** Where pdftotext finds the first `word` on page 1, in points: its width and height are the printed text size. */
async function firstWordBox(bytes: Uint8Array, word: string): Promise<{ width: number; height: number }> {
  const file = path.join(workDir, `${sha256Hex(bytes).slice(0, 12)}-box.pdf`);
  await writeFile(file, bytes);
  const boxes = (await run('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'])).stdout;
  const match = new RegExp(`xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}</word>`).exec(boxes);
  if (match === null) throw new Error(`"${word}" is not on page 1`);
  const [xMin, yMin, xMax, yMax] = match.slice(1).map(Number) as [number, number, number, number];
  return { width: xMax - xMin, height: yMax - yMin };
}

async function exportBundle(prepared: PreparedExport): Promise<Bundle> {
  const { file } = await renderExport(prepared, 'zip', context());
  const files = unzipSync(file.bytes);
  return { prepared, files, text: (name) => strFromU8(files[name]!), pdfText: await pdfToText(files['proposal.pdf']!) };
}

function parseXml(text: string, type: 'application/xml' | 'image/svg+xml'): Document {
  const document = xmlDocument(text, type);
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}
const parseHtml = htmlDocument;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

let english: Bundle;
let portuguese: Bundle;
let hostile: Bundle;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'lakewise-export-test-'));
  browser = await launchExportBrowser();
  english = await exportBundle(await prepare(fixtureAnswers('lambda-architecture')));
  portuguese = await exportBundle(await prepare(fixtureAnswers('governed-lake')));
  hostile = await exportBundle(await prepare(hostileAnswers(), { locale: 'en' }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('the export ZIP', () => {
  test('holds every artifact, and the manifest lists each with its true size and SHA-256', () => {
    const manifest = JSON.parse(english.text('manifest.json')) as ExportManifest;
    const names = Object.keys(english.files).filter((name) => name !== 'manifest.json').sort();
    expect(names).toEqual(['answers.json', 'architecture.drawio', 'cost.csv', 'cost.json', 'diagram.mmd', 'diagram.png', 'diagram.svg', 'proposal.html', 'proposal.json', 'proposal.md', 'proposal.pdf']);
    expect(manifest.files.map((file) => file.name)).toEqual(names);
    for (const file of manifest.files) {
      const bytes = english.files[file.name]!;
      expect(file.bytes, file.name).toBe(bytes.byteLength);
      expect(file.sha256, file.name).toBe(sha256Hex(bytes));
      expect(file.description, file.name).not.toBe('');
    }
    expect(manifest).toMatchObject({ generatedOn: EXPORT_DATE, locale: 'en', customer: 'Arena Games', region: 'us-east-1', totalUsd: english.prepared.proposal.estimate.totals.expectedUsd });
    expect(manifest.omitted).toEqual([{ name: 'cdk/app/', reason: 'not requested' }]);
  });

  test('exported again, holds byte-identical files except the PDF (Chromium stamps its print time)', async () => {
    const again = unzipSync((await renderExport(english.prepared, 'zip', context())).file.bytes);
    const changed = Object.keys(again).filter((name) => sha256Hex(again[name]!) !== sha256Hex(english.files[name]!));
    expect(changed.sort()).toEqual(['manifest.json', 'proposal.pdf']);
  });
});

describe('the PDF', () => {
  test('is A4, numbered "Page n of N", with the diagram on a landscape page', async () => {
    const info = await pdfInfo(english.files['proposal.pdf']!);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(3);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
    expect(sizes).toHaveLength(pages);
    expect(sizes.filter(([width, height]) => width === 595 && height === 842).length).toBe(pages - 1);
    expect(sizes.filter(([width, height]) => width === 842 && height === 595)).toHaveLength(1);
    const text = readableText(english.pdfText);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`);
  });

  test('states the total and every component with its monthly amount', () => {
    const { estimate, model } = english.prepared.proposal;
    const text = readableText(english.pdfText);
    expect(text).toContain(`Total per month (expected): ${formatUsd(estimate.totals.expectedUsd, 'en')}`);
    for (const component of model.components) expect(text, component.id).toContain(component.id);
    for (const component of estimate.components) expect(text, component.componentId).toContain(formatUsd(component.usd, 'en'));
  });

  test('draws the diagram as vector text, not a picture', async () => {
    const info = await pdfInfo(english.files['proposal.pdf']!);
    const page = Number([...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x/g)].find((match) => Math.round(Number(match[2])) === 842)![1]);
    const diagramText = readableText(await pdfToText(english.files['proposal.pdf']!, { first: page, last: page }));
    expect(diagramText).toContain('Architecture diagram');
    for (const label of ['Kinesis Data Streams', 'Data Firehose', 'DynamoDB', 'QuickSight']) expect(diagramText).toContain(label);
  });

  test('two proposals printed at the same time each come out whole and in their own language', async () => {
    const [first, second] = await Promise.all([
      renderExport(english.prepared, 'pdf', context()),
      renderExport(portuguese.prepared, 'pdf', context()),
    ]);
    const englishText = readableText(await pdfToText(first.file.bytes));
    const portugueseText = readableText(await pdfToText(second.file.bytes));
    expect(englishText).toContain(`Total per month (expected): ${formatUsd(english.prepared.proposal.estimate.totals.expectedUsd, 'en')}`);
    expect(englishText).not.toContain('Objeções respondidas');
    expect(portugueseText).toContain(`Total por mês (esperado): ${formatUsd(portuguese.prepared.proposal.estimate.totals.expectedUsd, 'pt-BR')}`);
    expect(portugueseText).not.toContain('Total per month');
  });

  test.each([
    ['pt-BR', 'governed-lake', 'Proposta'],
    ['en', 'lambda-architecture', 'analytics'],
  ] as const)('in %s, a 5,000-letter customer name with no space wraps on the cover instead of shrinking every page', async (locale, shape, titleWord) => {
    const name = 'W'.repeat(5000);
    const answers = fixtureAnswers(shape);
    const long = await renderExport(await prepare({ ...answers, opportunity: { ...answers.opportunity, customerName: name } }, { locale }), 'pdf', context());
    const usual = (locale === 'en' ? english : portuguese).files['proposal.pdf']!;
    // Chromium fits an over-wide page by scaling all of it down: the title would print smaller.
    const [longTitle, usualTitle] = await Promise.all([firstWordBox(long.file.bytes, titleWord), firstWordBox(usual, titleWord)]);
    expect(longTitle.height).toBeCloseTo(usualTitle.height, 1);
    expect(longTitle.width).toBeCloseTo(usualTitle.width, 1);
    const info = await pdfInfo(long.file.bytes);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`);
    expect(new Set(sizes)).toEqual(new Set(['595x842', '842x595']));
    // The whole name is printed, wrapped over lines and pages (page footers left out); the document title shortens it.
    const letters = (await pdfToText(long.file.bytes)).replace(/\s+/g, '').replace(/Lakewise(Página|Page)\d+(de|of)\d+/g, '');
    expect(letters).toContain(name);
    expect(letters).not.toContain(`${name}W`);
    expect(info).toMatch(new RegExp(`Title:.* — W{79}…\n`));
  });

  test('Portuguese proposal prints in Portuguese with Brazilian number format', () => {
    const text = readableText(portuguese.pdfText);
    expect(text).toContain('Proposta de plataforma de análise de dados na AWS');
    expect(text).toContain(`Total por mês (esperado): ${formatUsd(portuguese.prepared.proposal.estimate.totals.expectedUsd, 'pt-BR')}`);
    expect(text).toMatch(/Página 1 de \d+/);
    expect(text).toContain('Objeções respondidas');
  });
});

describe('the diagram', () => {
  test('SVG is well-formed XML with a node for every component, labelled, and a title', () => {
    const { proposal } = english.prepared;
    const svg = parseXml(english.text('diagram.svg'), 'image/svg+xml');
    const root = svg.documentElement;
    expect(root.tagName).toBe('svg');
    expect(Number(root.getAttribute('width'))).toBeGreaterThan(100);
    expect(root.querySelector('title')?.textContent).toBe(diagramTitle('en', 'Arena Games'));
    for (const node of proposal.diagram.nodes) {
      const group = root.querySelector(`g[data-node-id="${node.nodeId}"]`);
      expect(group, node.nodeId).not.toBeNull();
      expect(group!.getAttribute('data-component-id')).toBe(node.componentId);
      const component = proposal.model.components.find((candidate) => candidate.id === node.componentId)!;
      expect(group!.textContent).toContain(component.roleLabel.en);
    }
    expect(root.querySelectorAll('g.node')).toHaveLength(proposal.diagram.nodes.length);
    expect(root.querySelectorAll('script')).toHaveLength(0);
  });

  test('PNG is an image about twice the drawing\'s size', () => {
    const png = english.files['diagram.png']!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    const width = view.getUint32(16);
    const svgWidth = Number(parseXml(english.text('diagram.svg'), 'image/svg+xml').documentElement.getAttribute('width'));
    expect(width).toBeGreaterThanOrEqual(Math.min(4096, svgWidth * 2) - 2);
    expect(width).toBeLessThanOrEqual(4096);
  });

  test('Mermaid source and draw.io file describe the same components and flows', () => {
    const { proposal } = english.prepared;
    expect(english.text('diagram.mmd')).toBe(proposal.diagram.text);
    const drawio = parseXml(english.text('architecture.drawio'), 'application/xml');
    const ids = new Set([...drawio.getElementsByTagName('mxCell')].map((cell) => cell.getAttribute('id')));
    for (const component of proposal.model.components) expect(ids.has(drawioIds.node(component.id)), component.id).toBe(true);
    proposal.model.edges.forEach((edge, index) => expect(ids.has(drawioIds.edge(index, edge.from, edge.to))).toBe(true));
  });
});

describe('the same numbers everywhere', () => {
  test.each([
    ['lambda-architecture', () => english],
    ['governed-lake', () => portuguese],
  ] as const)('%s: the wizard\'s derivations, CLI recommend and estimate agree with every exported file, cent for cent', async (shape, bundle) => {
    const { files, text } = bundle();
    const file = path.join(FIXTURES, `${shape}.json`);
    const recommended = await cli('recommend', file, '--format', 'json');
    const estimated = await cli('estimate', file, '--format', 'json');
    expect(recommended.code).toBe(0);
    expect(estimated.code).toBe(0);
    const model = (JSON.parse(recommended.stdout) as { model: ArchitectureModel }).model;
    const estimate = JSON.parse(estimated.stdout) as Estimate;
    const locale = bundle().prepared.proposal.locale;
    const componentIds = model.components.map((component) => component.id);

    // The wizard's screen: the store's own derivations, with its default pricing settings.
    const answers = fixtureAnswers(shape);
    const screenModel = createDerivations().architecture(answers);
    const cost = createCostDerivations();
    const screenEstimate = cost.estimate(screenModel, cost.assumptions(screenModel.sizing, DEFAULT_PRICING_SETTINGS.preset, DEFAULT_PRICING_SETTINGS.overrides), await loadBundledPriceBook(pricingRegionFor(answers.opportunity.region).region), DEFAULT_PRICING_SETTINGS.freeTier, undefined).estimate;
    expect(JSON.parse(JSON.stringify(screenModel))).toEqual(model);
    expect(JSON.parse(JSON.stringify(screenEstimate))).toEqual(estimate);

    // JSON: the cost file is the CLI's estimate, the proposal carries the same model and estimate.
    expect(JSON.parse(text('cost.json'))).toEqual(estimate);
    const proposal = JSON.parse(text('proposal.json')) as Proposal;
    expect(proposal.model).toEqual(model);
    expect(proposal.estimate).toEqual(estimate);

    // CSV: every line's cents, component by component, and the total.
    const rows = Papa.parse<Record<string, string>>(text('cost.csv'), { header: true, skipEmptyLines: true }).data;
    for (const component of estimate.components) {
      const cents = rows.filter((row) => row.component_id === component.componentId && row.monthly_usd !== '').reduce((sum, row) => sum + Math.round(Number(row.monthly_usd) * 100), 0);
      expect(cents, component.componentId).toBe(Math.round(Number(component.usd) * 100));
    }
    expect(rows.find((row) => row.line_id === 'total.expected')?.monthly_usd).toBe(estimate.totals.expectedUsd);

    // Documents: the total and every component's amount, in the proposal's language.
    const total = formatUsd(estimate.totals.expectedUsd, locale);
    const markdown = text('proposal.md');
    const html = parseHtml(text('proposal.html'));
    const pdf = readableText(bundle().pdfText);
    for (const document of [markdown, html.body.textContent!, pdf]) expect(document).toContain(total);
    for (const component of estimate.components.filter((candidate) => candidate.status === 'priced')) {
      const amount = formatUsd(component.usd, locale);
      expect(markdown, component.componentId).toContain(`**${amount}**`);
      expect(html.querySelector(`tr.component[data-component="${component.componentId}"]`)?.textContent).toContain(amount);
      expect(pdf, component.componentId).toContain(amount);
    }

    // Drawings: every component is a node, nothing else is.
    const svg = parseXml(text('diagram.svg'), 'image/svg+xml');
    expect([...svg.querySelectorAll('g[data-component-id]')].map((node) => node.getAttribute('data-component-id')).sort()).toEqual([...componentIds].sort());
    const drawio = parseXml(text('architecture.drawio'), 'application/xml');
    expect([...drawio.getElementsByTagName('mxCell')].map((cell) => cell.getAttribute('id')).filter((id) => id?.startsWith('node-')).sort()).toEqual(componentIds.map(drawioIds.node).sort());
    expect(files['proposal.pdf']!.byteLength).toBeGreaterThan(10_000);
  });

  test('answers.json re-imports to the same proposal', async () => {
    for (const bundle of [english, portuguese, hostile]) {
      const reimported = parseAnswersOrThrow(JSON.parse(bundle.text('answers.json')), 'answers.json');
      const again = await prepare(reimported, { locale: bundle.prepared.proposal.locale });
      expect(JSON.parse(bundle.text('proposal.json'))).toEqual(JSON.parse(JSON.stringify(again.proposal)));
    }
  });
});

describe('hostile customer text', () => {
  test('comes out intact in the data files and the answers, and the seller notes stay out of every file', () => {
    const proposal = JSON.parse(hostile.text('proposal.json')) as Proposal;
    expect(proposal.customer.name).toBe(HOSTILE_NAME);
    expect(proposal.customer.industry).toBe(HOSTILE_INDUSTRY);
    expect((JSON.parse(hostile.text('manifest.json')) as ExportManifest).customer).toBe(HOSTILE_NAME);
    const answers = JSON.parse(hostile.text('answers.json')) as { opportunity: { customerName: string; industry: string }; notes?: string };
    expect(answers.opportunity).toMatchObject({ customerName: HOSTILE_NAME, industry: HOSTILE_INDUSTRY });
    expect(answers).not.toHaveProperty('notes');
    for (const [name, bytes] of Object.entries(hostile.files)) {
      expect(Buffer.from(bytes).includes('SELLER-ONLY'), name).toBe(false);
    }
    expect(hostile.pdfText).not.toContain('SELLER-ONLY');
    expect(SELLER_NOTES).toContain('SELLER-ONLY');
  });

  test('CSV: parses back to the name with its formula defused by a leading apostrophe', () => {
    const rows = Papa.parse<Record<string, string>>(hostile.text('cost.csv'), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.customer).toBe(`'${HOSTILE_NAME}`);
    expect(hostile.text('cost.csv')).not.toMatch(/(^|,)=cmd/m);
  });

  test('Markdown: escaped, so it reads as the name and adds no markup', () => {
    const markdown = hostile.text('proposal.md');
    expect(markdown).toContain(`**Prepared for:** ${escapeMarkdown(HOSTILE_NAME)}`);
    expect(markdown).toContain(escapeMarkdown(HOSTILE_INDUSTRY));
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<b>');
  });

  test('HTML: text nodes equal to the name and industry (line break kept), no element from them', () => {
    const document = parseHtml(hostile.text('proposal.html'));
    expect(document.querySelector('.customer-name bdi')?.textContent).toBe(HOSTILE_NAME);
    expect(document.querySelector('[data-field="opportunity.industry"] td')?.textContent).toBe(HOSTILE_INDUSTRY);
    expect(document.querySelectorAll('body script, body b')).toHaveLength(0);
  });

  test('SVG and draw.io: the diagram title is the name, as text', () => {
    const title = diagramTitle('en', HOSTILE_NAME);
    expect(title).toContain(HOSTILE_NAME);
    const svg = parseXml(hostile.text('diagram.svg'), 'image/svg+xml');
    expect(svg.documentElement.querySelector('title')?.textContent).toBe(title);
    const cluster = [...svg.querySelectorAll('g.cluster')].find((group) => group.id.endsWith('architecture'));
    expect(cluster?.textContent).toContain(HOSTILE_NAME);
    expect(svg.querySelectorAll('script')).toHaveLength(0);
    const drawio = parseXml(hostile.text('architecture.drawio'), 'application/xml');
    expect([...drawio.getElementsByTagName('mxCell')].find((cell) => cell.getAttribute('id') === 'title')?.getAttribute('value')).toBe(title);
  });

  test('PDF: the name and industry print as text, right-to-left words and emoji included', () => {
    const text = readableText(hostile.pdfText);
    expect(text).toContain(`=cmd|' /C calc'!A0 <script>alert("x")</script> & Sons, 'Ltd'`);
    expect(text).toContain('+Retail & <b>bold</b>, [link](http://evil) # "q"');
    for (const word of ['שלום', 'مرحبا', '😀', 'second line']) expect(text).toContain(word);
  });
});

describe('the export ZIP with the CDK app', () => {
  test('adds the CDK app and its CloudFormation template, budgeted at the proposal\'s total, from answers without seller notes', async () => {
    const prepared = await prepare(hostileAnswers(), { locale: 'en' });
    const { file, notes } = await renderExport(prepared, 'zip', { ...context(), includeCdk: true });
    expect(notes).toEqual([]);
    const files = unzipSync(file.bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as ExportManifest;
    expect(manifest.omitted).toEqual([]);
    for (const name of ['cdk/app/bin/lakewise-app.ts', 'cdk/app/package.json', 'cdk/app/cdk.json', 'cdk/app/deployment.json']) expect(Object.keys(files)).toContain(name);
    for (const listed of manifest.files) expect(sha256Hex(files[listed.name]!), listed.name).toBe(listed.sha256);
    expect(manifest.files).toHaveLength(Object.keys(files).length - 1);

    const deployment = JSON.parse(strFromU8(files['cdk/app/deployment.json']!)) as { answers: unknown };
    expect(deployment.answers).toEqual(JSON.parse(strFromU8(files['answers.json']!)));
    expect(strFromU8(files['cdk/app/deployment.json']!)).not.toContain('SELLER-ONLY');

    const templates = Object.keys(files).filter((name) => /^cdk\/cloudformation\/[^/]+\.template\.json$/.test(name));
    expect(templates).toHaveLength(1);
    const template = JSON.parse(strFromU8(files[templates[0]!]!)) as { Resources: Record<string, { Type: string; Properties: { Budget?: { BudgetLimit: { Amount: number } } } }> };
    const budgets = Object.values(template.Resources).filter((resource) => resource.Type === 'AWS::Budgets::Budget');
    expect(budgets.map((budget) => budget.Properties.Budget?.BudgetLimit.Amount)).toEqual([Number(prepared.proposal.estimate.totals.expectedUsd)]);
  }, 240_000);
});

describe('POST /api/export/ with a browser format', () => {
  test('answers a PDF download with the total in a header', async () => {
    const answers = JSON.parse(await readFile(path.join(FIXTURES, 'batch-data-lake.json'), 'utf8')) as unknown;
    const response = await handleExportRequest(
      new Request('http://localhost/api/export/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers, format: 'pdf', locale: 'en' }) }),
      { projectRoot: PROJECT_ROOT, browser: () => Promise.resolve(browser), generatedOn: EXPORT_DATE },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lakewise-proposal.pdf"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(strFromU8(bytes.subarray(0, 5))).toBe('%PDF-');
    const total = response.headers.get('x-lakewise-total-usd')!;
    expect(readableText(await pdfToText(bytes))).toContain(formatUsd(total, 'en'));
  });
});
