import type { ArchitectureModel } from '../architecture/model';
import { LAYER_LABELS } from '../architecture/layer-labels';
import { catalogService, type ServiceId } from '../catalog/services';
import { LAYERS, type Layer } from '../layers';
import type { Locale } from '../locales';
import { escapeMermaid, truncateText } from './escape';

/** Longest customer name shown in the diagram title; Mermaid refuses to draw very large sources. */
export const MAX_TITLE_NAME_CHARS = 80;

export interface DiagramNode {
  /** Mermaid node id, e.g. `s3_bronze`; also the id the renderer finds in the SVG. */
  readonly nodeId: string;
  readonly componentId: string;
  readonly serviceId: ServiceId;
  readonly layer: Layer;
  /** Iconify icon (`logos:aws-s3`) the browser renderer can draw next to the label. */
  readonly icon?: string;
}

export interface MermaidDiagram {
  /** `flowchart LR` source, parseable by Mermaid as is. */
  readonly text: string;
  /** Every node in the text, in the order written, with its icon. */
  readonly nodes: readonly DiagramNode[];
}

export interface MermaidOptions {
  readonly locale: Locale;
  /** Customer or opportunity name for the title; escaped and shortened here. */
  readonly customerName?: string;
  /**
   * Write what flows on each edge (default). Training slides leave it out: on a wide
   * architecture the edge words more than doubled the drawing's width, which shrank
   * every node label below what a room can read from its seats.
   */
  readonly edgeLabels?: boolean;
}

const TITLE = {
  en: { plain: 'Recommended architecture', named: (name: string) => `${name} · recommended architecture` },
  'pt-BR': { plain: 'Arquitetura recomendada', named: (name: string) => `${name} · arquitetura recomendada` },
} as const;

/** Mermaid node ids allow no hyphens in every position; component ids never contain `_`, so this is one-to-one. */
export function mermaidNodeId(componentId: string): string {
  return componentId.replaceAll('-', '_');
}

/**
 * Draws the model as a Mermaid `flowchart LR`: one subgraph per layer (in the
 * layer vocabulary's order), each node labelled with the service's short name and
 * its role, each edge with what flows on it (unless `edgeLabels` is false), all in `locale`. The same model and
 * options always give byte-identical text. Every label goes through
 * {@link escapeMermaid}, customer text included.
 */
export function toMermaid(model: ArchitectureModel, { locale, customerName, edgeLabels = true }: MermaidOptions): MermaidDiagram {
  const title = customerName === undefined ? TITLE[locale].plain : TITLE[locale].named(truncateText(customerName, MAX_TITLE_NAME_CHARS));
  const lines = ['flowchart LR', `  subgraph architecture["${escapeMermaid(title)}"]`, '    direction LR'];
  const nodes: DiagramNode[] = [];

  for (const layer of LAYERS) {
    const members = model.components.filter((component) => component.layer === layer);
    if (members.length === 0) continue;
    lines.push(`    subgraph layer_${layer}["${escapeMermaid(LAYER_LABELS[layer][locale])}"]`);
    for (const component of members) {
      const service = catalogService(component.serviceId);
      const nodeId = mermaidNodeId(component.id);
      lines.push(`      ${nodeId}["${escapeMermaid(service.shortName)}<br/>${escapeMermaid(component.roleLabel[locale])}"]`);
      nodes.push(
        service.icon === undefined
          ? { nodeId, componentId: component.id, serviceId: component.serviceId, layer }
          : { nodeId, componentId: component.id, serviceId: component.serviceId, layer, icon: service.icon },
      );
    }
    lines.push('    end');
  }
  lines.push('  end');

  for (const edge of model.edges) {
    const label = edgeLabels ? `|"${escapeMermaid(edge.flow[locale])}"|` : '';
    lines.push(`  ${mermaidNodeId(edge.from)} -->${label} ${mermaidNodeId(edge.to)}`);
  }
  return { text: `${lines.join('\n')}\n`, nodes };
}
