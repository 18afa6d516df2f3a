import { describe, expect, test } from 'vitest';
import {
  groupBy,
  journeysLinking,
  linkedBothWays,
  objectionsCitingService,
  objectionsOfPersona,
  orderPlaybook,
  personasOfObjection,
  type Playbook,
} from '../../../src/components/data/cross-links';
import { DiscoverySchema, JourneySchema, ObjectionSchema, PersonaSchema, ServiceSchema } from '../../../src/content-model/schemas';

const service = (slug: string, layer: string, title = slug) => ({
  slug,
  data: ServiceSchema.parse({ title, layer, summary: 's', pickWhen: ['p'], avoidWhen: ['a'], pricingDimensions: ['d'] }),
});
const objection = (slug: string, family: string, services: string[], personas: string[] = []) => ({
  slug,
  data: ObjectionSchema.parse({ title: slug, family, objection: 'o', answer: 'a', proofPoints: ['p'], services, personas }),
});
const persona = (slug: string, objections: string[] = []) => ({
  slug,
  data: PersonaSchema.parse({ title: slug, kind: 'technical-audience', roles: ['r'], caresAbout: ['c'], howToEngage: ['h'], objections }),
});

const playbook: Playbook = orderPlaybook<unknown>({
  discovery: [
    { slug: 'impact-q', data: DiscoverySchema.parse({ title: 'b', stage: 'impact', order: 1, why: 'w', listenFor: ['l'], feeds: [] }) },
    { slug: 'current-q2', data: DiscoverySchema.parse({ title: 'c', stage: 'current-state', order: 2, why: 'w', listenFor: ['l'], feeds: [] }) },
    { slug: 'current-q1', data: DiscoverySchema.parse({ title: 'z', stage: 'current-state', order: 1, why: 'w', listenFor: ['l'], feeds: [] }) },
  ],
  personas: [persona('architects', ['swamp']), persona('cfo')],
  objections: [objection('ml-cost', 'machine-learning', ['sagemaker']), objection('swamp', 'data-lake', ['glue', 's3'], ['cfo'])],
  services: [service('glue', 'process'), service('s3', 'store'), service('sagemaker', 'analyse')],
  journeys: [{ slug: 'lake', data: JourneySchema.parse({ title: 'Lake', order: 1, summary: 's', services: ['s3'], objections: ['swamp'] }) }],
});

describe('orderPlaybook', () => {
  test('orders discovery by stage then order, objections by family, services by layer', () => {
    expect(playbook.discovery.map((entry) => entry.slug)).toEqual(['current-q1', 'current-q2', 'impact-q']);
    expect(playbook.objections.map((entry) => entry.slug)).toEqual(['swamp', 'ml-cost']);
    expect(playbook.services.map((entry) => entry.slug)).toEqual(['s3', 'glue', 'sagemaker']);
  });
});

describe('cross-links', () => {
  test('a persona and an objection see each other whichever side recorded the link', () => {
    expect(personasOfObjection(playbook, 'swamp', playbook.objections[0]!.data).map((entry) => entry.slug)).toEqual(['cfo', 'architects']);
    expect(objectionsOfPersona(playbook, 'cfo', playbook.personas[1]!.data).map((entry) => entry.slug)).toEqual(['swamp']);
    expect(objectionsOfPersona(playbook, 'architects', playbook.personas[0]!.data).map((entry) => entry.slug)).toEqual(['swamp']);
  });

  test('a service lists the objections that cite it and the journeys that use it', () => {
    expect(objectionsCitingService(playbook, 's3').map((entry) => entry.slug)).toEqual(['swamp']);
    expect(objectionsCitingService(playbook, 'sagemaker').map((entry) => entry.slug)).toEqual(['ml-cost']);
    expect(journeysLinking(playbook, 'services', 's3').map((entry) => entry.slug)).toEqual(['lake']);
    expect(journeysLinking(playbook, 'services', 'glue')).toEqual([]);
  });

  test('linkedBothWays keeps forward order, skips unknown slugs and adds back-links once', () => {
    const items = [
      { slug: 'a', data: { links: [] as string[] } },
      { slug: 'b', data: { links: ['me'] } },
      { slug: 'c', data: { links: ['me'] } },
    ];
    expect(linkedBothWays(['c', 'missing', 'a'], items, (data) => data.links, 'me').map((item) => item.slug)).toEqual(['c', 'a', 'b']);
  });

  test('groupBy keeps the key order and drops empty groups', () => {
    expect(groupBy([1, 2, 3, 4], ['odd', 'none', 'even'] as const, (n) => (n % 2 ? 'odd' : 'even'))).toEqual([
      { key: 'odd', items: [1, 3] },
      { key: 'even', items: [2, 4] },
    ]);
  });
});
