import type { Locale } from '../locales';

/** What `lakewise export --format` and the export endpoint produce. */
export const EXPORT_FORMATS = ['pdf', 'md', 'html', 'zip', 'svg', 'png', 'mmd', 'drawio', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportFileKind {
  /** Name inside the ZIP; downloads prefix it with `lakewise-`. Never derived from customer text. */
  readonly fileName: string;
  readonly mediaType: string;
  readonly description: Readonly<Record<Locale, string>>;
  /** Drawn by headless Chromium (Mermaid layout, PDF printing). */
  readonly needsBrowser: boolean;
}

export const EXPORT_FILES: Readonly<Record<ExportFormat, ExportFileKind>> = {
  pdf: { fileName: 'proposal.pdf', mediaType: 'application/pdf', needsBrowser: true, description: { en: 'The proposal, A4, printed from proposal.html', 'pt-BR': 'A proposta, A4, impressa de proposal.html' } },
  md: { fileName: 'proposal.md', mediaType: 'text/markdown; charset=utf-8', needsBrowser: false, description: { en: 'The proposal as Markdown, with the diagram as a Mermaid block', 'pt-BR': 'A proposta em Markdown, com o diagrama em um bloco Mermaid' } },
  html: { fileName: 'proposal.html', mediaType: 'text/html; charset=utf-8', needsBrowser: true, description: { en: 'The proposal as one self-contained web page, print-styled', 'pt-BR': 'A proposta como uma página web autocontida, pronta para impressão' } },
  json: { fileName: 'proposal.json', mediaType: 'application/json', needsBrowser: false, description: { en: 'Everything in the proposal as data: context, architecture, diagram source, estimate, risks, next steps, objections', 'pt-BR': 'Tudo da proposta como dados: contexto, arquitetura, fonte do diagrama, estimativa, riscos, próximos passos, objeções' } },
  svg: { fileName: 'diagram.svg', mediaType: 'image/svg+xml', needsBrowser: true, description: { en: 'The architecture diagram, vector', 'pt-BR': 'O diagrama da arquitetura, vetorial' } },
  png: { fileName: 'diagram.png', mediaType: 'image/png', needsBrowser: true, description: { en: 'The architecture diagram, image for slides', 'pt-BR': 'O diagrama da arquitetura, imagem para slides' } },
  mmd: { fileName: 'diagram.mmd', mediaType: 'text/plain; charset=utf-8', needsBrowser: false, description: { en: 'The diagram source (Mermaid flowchart)', 'pt-BR': 'A fonte do diagrama (fluxograma Mermaid)' } },
  drawio: { fileName: 'architecture.drawio', mediaType: 'application/vnd.jgraph.mxfile', needsBrowser: false, description: { en: 'The diagram, editable in diagrams.net (draw.io)', 'pt-BR': 'O diagrama, editável no diagrams.net (draw.io)' } },
  csv: { fileName: 'cost.csv', mediaType: 'text/csv; charset=utf-8', needsBrowser: false, description: { en: 'The cost lines and totals, for spreadsheets', 'pt-BR': 'As linhas de custo e os totais, para planilhas' } },
  zip: { fileName: 'proposal.zip', mediaType: 'application/zip', needsBrowser: true, description: { en: 'Every file above and a manifest', 'pt-BR': 'Todos os arquivos acima e um manifesto' } },
};

/** Files only the ZIP carries, besides one file per format. */
export const BUNDLE_FILES = {
  costJson: { fileName: 'cost.json', mediaType: 'application/json', description: { en: 'The cost estimate as data (as `lakewise estimate --format json` prints it)', 'pt-BR': 'A estimativa de custo como dados (como `lakewise estimate --format json` imprime)' } },
  answers: { fileName: 'answers.json', mediaType: 'application/json', description: { en: 'The discovery answers, without the seller notes; import it to reproduce this proposal', 'pt-BR': 'As respostas da descoberta, sem as anotações do vendedor; importe para reproduzir esta proposta' } },
  manifest: { fileName: 'manifest.json', mediaType: 'application/json', description: { en: 'Names, sizes and SHA-256 of every file', 'pt-BR': 'Nomes, tamanhos e SHA-256 de cada arquivo' } },
  cdkApp: { fileName: 'cdk/app/', mediaType: 'application/octet-stream', description: { en: 'The CDK app that deploys this architecture', 'pt-BR': 'O app CDK que implanta esta arquitetura' } },
  template: { fileName: 'cdk/cloudformation/', mediaType: 'application/json', description: { en: 'The synthesized CloudFormation template (cdk-nag checked)', 'pt-BR': 'O template CloudFormation sintetizado (verificado pelo cdk-nag)' } },
} as const;

/** The file name a single download is saved under. */
export function downloadName(format: ExportFormat): string {
  return `lakewise-${EXPORT_FILES[format].fileName}`;
}
