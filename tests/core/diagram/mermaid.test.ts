import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import { LAYER_LABELS } from '../../../src/core/architecture/layer-labels';
import { recommend } from '../../../src/core/architecture/recommend';
import { catalogService } from '../../../src/core/catalog/services';
import { mermaidNodeId, toMermaid } from '../../../src/core/diagram/mermaid';
import { loadMermaid } from './mermaid-parser';

const model = recommend(
  parseAnswersOrThrow({
    schemaVersion: 2,
    sources: { kinds: ['relational-databases', 'event-streams'] },
    freshness: 'realtime-seconds',
    consumers: { kinds: ['bi-dashboards', 'operational-apps'] },
    governance: { needs: ['pii'] },
  }),
);

describe('toMermaid', () => {
  test('draws a left-to-right flowchart with one subgraph per layer in use, labelled in the locale', () => {
    for (const locale of ['en', 'pt-BR'] as const) {
      const { text } = toMermaid(model, { locale });
      expect(text.startsWith('flowchart LR\n')).toBe(true);
      const layers = [...new Set(model.components.map((component) => component.layer))];
      const subgraphs = [...text.matchAll(/subgraph layer_(\w+)\["([^"]*)"\]/g)].map((match) => [match[1], match[2]]);
      expect(subgraphs.map(([layer]) => layer).sort()).toEqual([...layers].sort());
      for (const [layer, label] of subgraphs) expect(label).toBe(LAYER_LABELS[layer as keyof typeof LAYER_LABELS][locale]);
    }
  });

  test('labels each node with the catalog short name and each edge with its flow in the locale', () => {
    const { text } = toMermaid(model, { locale: 'pt-BR' });
    for (const component of model.components) {
      expect(text).toContain(`${mermaidNodeId(component.id)}["${catalogService(component.serviceId).shortName}<br/>`);
    }
    const firehose = model.edges.find((edge) => edge.from === 'kinesis-data-streams' && edge.to === 'data-firehose')!;
    expect(text).toContain(`kinesis_data_streams -->|"${firehose.flow['pt-BR']}"| data_firehose`);
    expect(model.edges.length).toBe(text.split('\n').filter((line) => line.includes(' -->|')).length);
  });

  test('without edge labels keeps every node and edge and writes no flow text', () => {
    const labelled = toMermaid(model, { locale: 'en' });
    const bare = toMermaid(model, { locale: 'en', edgeLabels: false });
    expect(bare.nodes).toEqual(labelled.nodes);
    const edges = bare.text.split('\n').filter((line) => line.includes(' --> '));
    expect(edges).toEqual(model.edges.map((edge) => `  ${mermaidNodeId(edge.from)} --> ${mermaidNodeId(edge.to)}`));
    expect(bare.text).not.toContain('-->|');
    for (const edge of model.edges) expect(bare.text).not.toContain(edge.flow.en);
  });

  test('lists every node with its icon for the browser renderer', () => {
    const { nodes, text } = toMermaid(model, { locale: 'en' });
    expect(nodes.map((node) => node.componentId)).toEqual(
      [...model.components].sort((a, b) => text.indexOf(`${mermaidNodeId(a.id)}[`) - text.indexOf(`${mermaidNodeId(b.id)}[`)).map((component) => component.id),
    );
    expect(nodes.find((node) => node.componentId === 's3-bronze')).toEqual({ nodeId: 's3_bronze', componentId: 's3-bronze', serviceId: 's3', layer: 'store', icon: 'logos:aws-s3' });
    expect(nodes.find((node) => node.componentId === 'macie')?.icon).toBeUndefined();
  });

  test('titles the diagram with the customer name or a plain title', () => {
    expect(toMermaid(model, { locale: 'en' }).text).toContain('subgraph architecture["Recommended architecture"]');
    expect(toMermaid(model, { locale: 'pt-BR', customerName: 'Loja X' }).text).toContain('subgraph architecture["Loja X #183; arquitetura recomendada"]');
  });

  test('gives byte-identical text for the same model, even after a JSON round trip', () => {
    const again = JSON.parse(JSON.stringify(model));
    expect(toMermaid(again, { locale: 'en', customerName: 'A' }).text).toBe(toMermaid(model, { locale: 'en', customerName: 'A' }).text);
  });

  test('every golden diagram parses with Mermaid', async () => {
    const mermaid = await loadMermaid();
    const golden = path.resolve(import.meta.dirname, '../../golden');
    const files = readdirSync(golden, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mmd'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) await expect(mermaid.parse(readFileSync(path.join(golden, file), 'utf8')), file).resolves.toBeTruthy();
  });
});
