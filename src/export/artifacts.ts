import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { answersFileText } from '../core/export/answers-file';
import { proposalToCsv } from '../core/export/csv';
import { toDrawio } from '../core/export/drawio';
import { BUNDLE_FILES, EXPORT_FILES, type ExportFormat } from '../core/export/formats';
import { proposalToHtml } from '../core/export/html';
import { proposalToJson } from '../core/export/json';
import { buildManifest, manifestToJson, type ManifestFile, type ManifestOmission } from '../core/export/manifest';
import { proposalToMarkdown } from '../core/export/markdown';
import type { Proposal } from '../core/export/proposal';
import { diagramTitle } from '../core/export/text';
import { formatEstimateJson } from '../core/cost/format-estimate';
import type { ExportBrowser, RenderedDiagram } from './browser';
import { synthesizeCdkArtifacts } from './cdk';
import type { ExportFile } from './export-file';
import type { PreparedExport } from './prepare';


export interface ExportContext {
  /** Chromium for the diagram and the PDF; asked for only by formats that need it. */
  readonly browser: () => Promise<ExportBrowser>;
  /** Folder holding `content/` and `src/deploy/` (the CDK synthesizer). */
  readonly projectRoot: string;
  /** ZIP only: synthesize the CDK app and CloudFormation into it. */
  readonly includeCdk: boolean;
}

export interface ExportResult {
  readonly file: ExportFile;
  /** Things the person should know, e.g. why the ZIP has no CDK app. */
  readonly notes: readonly string[];
}

const encoder = new TextEncoder();
const text = (name: string, mediaType: string, content: string): ExportFile => ({ name, mediaType, bytes: encoder.encode(content) });

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function drawDiagram(proposal: Proposal, context: ExportContext, png: boolean): Promise<RenderedDiagram> {
  const browser = await context.browser();
  return browser.renderDiagram(proposal.diagram.text, { title: diagramTitle(proposal.locale, proposal.customer.name), nodes: proposal.diagram.nodes, png });
}

/** The files that need no browser, keyed by format. */
function plainFile(proposal: Proposal, format: Exclude<ExportFormat, 'pdf' | 'html' | 'svg' | 'png' | 'zip'>): ExportFile {
  const kind = EXPORT_FILES[format];
  switch (format) {
    case 'md':
      return text(kind.fileName, kind.mediaType, proposalToMarkdown(proposal));
    case 'json':
      return text(kind.fileName, kind.mediaType, proposalToJson(proposal));
    case 'mmd':
      return text(kind.fileName, kind.mediaType, proposal.diagram.text);
    case 'drawio':
      return text(kind.fileName, kind.mediaType, toDrawio(proposal.model, { locale: proposal.locale, ...(proposal.customer.name === undefined ? {} : { customerName: proposal.customer.name }) }));
    case 'csv':
      return text(kind.fileName, kind.mediaType, proposalToCsv(proposal));
  }
}

/** Every document and artifact that depends on the drawing, from one Mermaid render. */
async function drawnFiles(proposal: Proposal, context: ExportContext, wanted: ReadonlySet<'pdf' | 'html' | 'svg' | 'png'>): Promise<Partial<Record<'pdf' | 'html' | 'svg' | 'png', ExportFile>>> {
  const diagram = await drawDiagram(proposal, context, wanted.has('png'));
  const files: Partial<Record<'pdf' | 'html' | 'svg' | 'png', ExportFile>> = {};
  const html = proposalToHtml(proposal, { diagramSvg: diagram.svgElement });
  if (wanted.has('html')) files.html = text(EXPORT_FILES.html.fileName, EXPORT_FILES.html.mediaType, html);
  if (wanted.has('svg')) files.svg = text(EXPORT_FILES.svg.fileName, EXPORT_FILES.svg.mediaType, diagram.svg);
  if (diagram.png !== undefined) files.png = { name: EXPORT_FILES.png.fileName, mediaType: EXPORT_FILES.png.mediaType, bytes: diagram.png };
  if (wanted.has('pdf')) files.pdf = { name: EXPORT_FILES.pdf.fileName, mediaType: EXPORT_FILES.pdf.mediaType, bytes: await (await context.browser()).printPdf(html) };
  return files;
}

/** Already-compressed formats are stored, not deflated again. */
const STORED = /\.(png|pdf|zip)$/;

/**
 * The ZIP of everything: proposal PDF/MD/HTML/JSON, diagram SVG/PNG/Mermaid,
 * draw.io, cost CSV/JSON, answers.json (no seller notes), the CDK app and
 * CloudFormation when they can be synthesized, and manifest.json with each file's
 * size and SHA-256. Entries carry the proposal's date, so the same export gives
 * the same ZIP.
 */
async function bundle(prepared: PreparedExport, context: ExportContext): Promise<ExportResult> {
  const { proposal } = prepared;
  const cdk = context.includeCdk ? synthesizeCdkArtifacts(prepared, context.projectRoot) : undefined;
  const drawn = await drawnFiles(proposal, context, new Set(['pdf', 'html', 'svg', 'png']));
  const files: ExportFile[] = [
    drawn.pdf!,
    plainFile(proposal, 'md'),
    drawn.html!,
    plainFile(proposal, 'json'),
    drawn.svg!,
    drawn.png!,
    plainFile(proposal, 'mmd'),
    plainFile(proposal, 'drawio'),
    plainFile(proposal, 'csv'),
    text(BUNDLE_FILES.costJson.fileName, BUNDLE_FILES.costJson.mediaType, formatEstimateJson(proposal.estimate)),
    text(BUNDLE_FILES.answers.fileName, BUNDLE_FILES.answers.mediaType, answersFileText(prepared.answers)),
  ];
  const omitted: ManifestOmission[] = [];
  const notes: string[] = [];
  const cdkResult = await cdk;
  if (cdkResult === undefined) omitted.push({ name: BUNDLE_FILES.cdkApp.fileName, reason: 'not requested' });
  else if (cdkResult.status === 'included') files.push(...cdkResult.files);
  else {
    omitted.push({ name: BUNDLE_FILES.cdkApp.fileName, reason: cdkResult.reason });
    notes.push(`the ZIP has no CDK app: ${cdkResult.reason}`);
  }

  const describe = (name: string): string => {
    const kind = Object.values(EXPORT_FILES).find((candidate) => candidate.fileName === name) ?? Object.values(BUNDLE_FILES).find((candidate) => name.startsWith(candidate.fileName));
    return kind?.description[proposal.locale] ?? '';
  };
  const listed: ManifestFile[] = files.map((file) => ({ name: file.name, bytes: file.bytes.byteLength, sha256: sha256Hex(file.bytes), mediaType: file.mediaType, description: describe(file.name) }));
  const manifest = text(BUNDLE_FILES.manifest.fileName, BUNDLE_FILES.manifest.mediaType, manifestToJson(buildManifest(proposal, listed, omitted)));

  const mtime = new Date(`${proposal.generatedOn}T12:00:00Z`);
  const entries: Zippable = {};
  for (const file of [...files, manifest]) entries[file.name] = [file.bytes, { level: STORED.test(file.name) ? 0 : 6, mtime }];
  return { file: { name: EXPORT_FILES.zip.fileName, mediaType: EXPORT_FILES.zip.mediaType, bytes: zipSync(entries) }, notes };
}

/** Renders one export format from prepared results. */
export async function renderExport(prepared: PreparedExport, format: ExportFormat, context: ExportContext): Promise<ExportResult> {
  switch (format) {
    case 'zip':
      return bundle(prepared, context);
    case 'pdf':
    case 'html':
    case 'svg':
    case 'png':
      return { file: (await drawnFiles(prepared.proposal, context, new Set([format])))[format]!, notes: [] };
    default:
      return { file: plainFile(prepared.proposal, format), notes: [] };
  }
}
