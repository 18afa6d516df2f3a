import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import { recommend } from '../../../src/core/architecture/recommend';
import { drawioIds, toDrawio } from '../../../src/core/export/drawio';
import { diagramTitle } from '../../../src/core/export/text';
import { LAYERS } from '../../../src/core/layers';
import { xmlDocument } from '../../export/dom';
import { readFixture } from './proposal-fixture';

function parseXml(xml: string): Document {
  const document = xmlDocument(xml);
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

const cells = (document: Document) => [...document.getElementsByTagName('mxCell')];

describe('toDrawio', () => {
  test('is a well-formed mxfile with one cell per component and per data flow, wired by id', () => {
    const model = recommend(parseAnswersOrThrow(readFixture('lambda-architecture')));
    const document = parseXml(toDrawio(model, { locale: 'en', customerName: 'Arena Games' }));
    expect(document.documentElement.tagName).toBe('mxfile');
    expect(document.querySelectorAll('mxfile > diagram > mxGraphModel > root')).toHaveLength(1);
    const byId = new Map(cells(document).map((cell) => [cell.getAttribute('id'), cell]));
    expect(byId.size).toBe(cells(document).length);
    for (const component of model.components) {
      const cell = byId.get(drawioIds.node(component.id));
      expect(cell?.getAttribute('vertex')).toBe('1');
      expect(cell?.getAttribute('parent')).toBe(drawioIds.layer(component.layer));
      expect(cell?.getAttribute('value')).toContain(component.roleLabel.en);
    }
    const edges = cells(document).filter((cell) => cell.getAttribute('edge') === '1');
    expect(edges.map((edge) => [edge.getAttribute('source'), edge.getAttribute('target'), edge.getAttribute('value')])).toEqual(
      model.edges.map((edge) => [drawioIds.node(edge.from), drawioIds.node(edge.to), edge.flow.en]),
    );
    for (const edge of edges) expect(edge.querySelector('mxGeometry')?.getAttribute('relative')).toBe('1');
  });

  test('lays the layers out as columns left to right in the layer vocabulary\'s order', () => {
    const model = recommend(parseAnswersOrThrow(readFixture('governed-lake')));
    const document = parseXml(toDrawio(model, { locale: 'pt-BR' }));
    const columns = cells(document)
      .filter((cell) => cell.getAttribute('id')?.startsWith('layer-'))
      .map((cell) => ({ layer: cell.getAttribute('id')!.slice('layer-'.length), x: Number(cell.querySelector('mxGeometry')!.getAttribute('x')) }));
    const used = LAYERS.filter((layer) => model.components.some((component) => component.layer === layer));
    expect(columns.map((column) => column.layer)).toEqual(used);
    for (let index = 1; index < columns.length; index += 1) expect(columns[index]!.x).toBeGreaterThan(columns[index - 1]!.x);
    expect(cells(document).find((cell) => cell.getAttribute('id') === 'layer-store')?.getAttribute('value')).toBe('Armazenamento');
  });

  test('keeps a hostile customer name intact as the title, line break included, without it becoming markup or an id', () => {
    const name = `=cmd|' /C calc'!A0 <mxCell id="x"/> & "q" 'a'\nשלום 😀`;
    const model = recommend(parseAnswersOrThrow(readFixture('batch-data-lake')));
    const xml = toDrawio(model, { locale: 'en', customerName: name });
    const document = parseXml(xml);
    const title = cells(document).find((cell) => cell.getAttribute('id') === drawioIds.title);
    expect(title?.getAttribute('value')).toBe(diagramTitle('en', name));
    expect(title?.getAttribute('value')).toContain(name);
    expect(cells(document).some((cell) => cell.getAttribute('id') === 'x')).toBe(false);
    expect(document.querySelector('diagram')?.getAttribute('name')).toBe(diagramTitle('en', name));
  });

  test('plain-text labels (html=0), so draw.io shows customer text as typed', () => {
    const model = recommend(parseAnswersOrThrow(readFixture('batch-data-lake')));
    const document = parseXml(toDrawio(model, { locale: 'en', customerName: '<b>x</b>' }));
    for (const cell of cells(document)) {
      const style = cell.getAttribute('style');
      if (style !== null) expect(style).toContain('html=0');
    }
  });
});
