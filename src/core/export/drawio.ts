import { LAYER_LABELS } from '../architecture/layer-labels';
import type { ArchitectureModel } from '../architecture/model';
import { catalogService } from '../catalog/services';
import { LAYERS, type Layer } from '../layers';
import type { Locale } from '../locales';
import { componentRationale } from '../rules/explain';
import { RULE_EXPLANATIONS } from '../rules/explanations';
import { escapeXml } from './escape';
import { diagramTitle } from './text';

export interface DrawioOptions {
  readonly locale: Locale;
  /** Customer text for the title; escaped here and shortened as the Mermaid title is. */
  readonly customerName?: string;
}

/** Cell ids: derived from component ids and layer names only, never from customer text. */
export const drawioIds = {
  layer: (layer: Layer) => `layer-${layer}`,
  node: (componentId: string) => `node-${componentId}`,
  edge: (index: number, from: string, to: string) => `edge-${index}-${from}-${to}`,
  title: 'title',
} as const;

/** Fill and stroke per layer, so the columns read apart (AWS architecture icon category colours). */
const LAYER_COLOURS: Record<Layer, { fill: string; stroke: string }> = {
  ingest: { fill: '#E6F2F8', stroke: '#8C4FFF' },
  store: { fill: '#E9F3E6', stroke: '#7AA116' },
  process: { fill: '#FDF0E4', stroke: '#ED7100' },
  serve: { fill: '#F5E9FF', stroke: '#C925D1' },
  analyse: { fill: '#E6EEFC', stroke: '#3F8624' },
  govern: { fill: '#FCE8EC', stroke: '#DD344C' },
  orchestrate: { fill: '#FFF5DB', stroke: '#E7157B' },
  observe: { fill: '#EEEEEE', stroke: '#687078' },
};

const NODE = { width: 180, height: 64, gap: 28 } as const;
const COLUMN = { width: NODE.width + 40, gap: 60, header: 36, padding: 20 } as const;
const TOP = 80;
const LEFT = 40;

/** Plain-text labels (`html=0`): draw.io shows the value as typed, so the XML escape is the only escape. */
const NODE_STYLE = 'rounded=1;whiteSpace=wrap;html=0;arcSize=12;fontSize=12;fontColor=#232F3E;strokeWidth=2;';
const LAYER_STYLE = 'swimlane;html=0;startSize=36;rounded=1;arcSize=4;fontStyle=1;fontSize=13;fontColor=#232F3E;swimlaneFillColor=#FFFFFF;';
const EDGE_STYLE = 'edgeStyle=orthogonalEdgeStyle;rounded=1;orthogonalLoop=1;html=0;endArrow=block;endFill=1;strokeColor=#545B64;fontSize=10;fontColor=#16191F;labelBackgroundColor=#FFFFFF;';
const TITLE_STYLE = 'text;html=0;fontSize=18;fontStyle=1;align=left;verticalAlign=middle;whiteSpace=wrap;fontColor=#232F3E;';

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');
}

/**
 * The architecture as a draw.io file (`.drawio`, an uncompressed `mxfile`) that
 * diagrams.net opens editable: one swimlane column per layer in the layer
 * vocabulary's order (the same left-to-right order as the Mermaid diagram), one
 * rounded box per component inside its layer, one connector per data flow,
 * labelled with what flows. Every value and attribute goes through
 * {@link escapeXml}.
 */
export function toDrawio(model: ArchitectureModel, options: DrawioOptions): string {
  const { locale } = options;
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const title = diagramTitle(locale, options.customerName);

  const layers = LAYERS.filter((layer) => model.components.some((component) => component.layer === layer));
  const tallest = Math.max(1, ...layers.map((layer) => model.components.filter((component) => component.layer === layer).length));
  const columnHeight = COLUMN.header + COLUMN.padding * 2 + tallest * NODE.height + (tallest - 1) * NODE.gap;
  const width = LEFT * 2 + layers.length * COLUMN.width + Math.max(0, layers.length - 1) * COLUMN.gap;

  cells.push(
    `<mxCell ${attributes({ id: drawioIds.title, value: title, style: TITLE_STYLE, vertex: 1, parent: 1 })}><mxGeometry ${attributes({ x: LEFT, y: 20, width: Math.max(width - LEFT * 2, 400), height: 40, as: 'geometry' })}/></mxCell>`,
  );

  layers.forEach((layer, column) => {
    const colours = LAYER_COLOURS[layer];
    const x = LEFT + column * (COLUMN.width + COLUMN.gap);
    cells.push(
      `<mxCell ${attributes({ id: drawioIds.layer(layer), value: LAYER_LABELS[layer][locale], style: `${LAYER_STYLE}fillColor=${colours.fill};strokeColor=${colours.stroke};`, vertex: 1, parent: 1 })}><mxGeometry ${attributes({ x, y: TOP, width: COLUMN.width, height: columnHeight, as: 'geometry' })}/></mxCell>`,
    );
    model.components
      .filter((component) => component.layer === layer)
      .forEach((component, row) => {
        const service = catalogService(component.serviceId);
        cells.push(
          `<mxCell ${attributes({ id: drawioIds.node(component.id), value: `${service.shortName}\n${component.roleLabel[locale]}`, tooltip: componentRationale(component, RULE_EXPLANATIONS[locale]), style: `${NODE_STYLE}fillColor=#FFFFFF;strokeColor=${colours.stroke};`, vertex: 1, parent: drawioIds.layer(layer) })}><mxGeometry ${attributes({ x: (COLUMN.width - NODE.width) / 2, y: COLUMN.header + COLUMN.padding + row * (NODE.height + NODE.gap), width: NODE.width, height: NODE.height, as: 'geometry' })}/></mxCell>`,
        );
      });
  });

  model.edges.forEach((edge, index) => {
    cells.push(
      `<mxCell ${attributes({ id: drawioIds.edge(index, edge.from, edge.to), value: edge.flow[locale], style: EDGE_STYLE, edge: 1, parent: 1, source: drawioIds.node(edge.from), target: drawioIds.node(edge.to) })}><mxGeometry ${attributes({ relative: 1, as: 'geometry' })}/></mxCell>`,
    );
  });

  const pageWidth = Math.max(1169, width);
  const pageHeight = Math.max(827, TOP + columnHeight + 40);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mxfile ${attributes({ host: 'Lakewise', agent: 'Lakewise export', type: 'device' })}>`,
    `  <diagram ${attributes({ id: 'architecture', name: title })}>`,
    `    <mxGraphModel ${attributes({ dx: pageWidth, dy: pageHeight, grid: 1, gridSize: 10, guides: 1, tooltips: 1, connect: 1, arrows: 1, fold: 1, page: 1, pageScale: 1, pageWidth, pageHeight, math: 0, shadow: 0 })}>`,
    '      <root>',
    ...cells.map((cell) => `        ${cell}`),
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
