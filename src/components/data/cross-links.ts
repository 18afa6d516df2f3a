import { LAYERS } from '../../core/layers';
import {
  DISCOVERY_STAGES,
  OBJECTION_FAMILIES,
  PERSONA_KINDS,
  STAKEHOLDER_TYPES,
  type Discovery,
  type Journey,
  type Objection,
  type Persona,
  type Service,
} from '../../content-model/schemas';

/**
 * The playbook of one locale as a graph: entries in reading order and the links
 * between them in both directions. Pure, so pages only look things up and tests
 * need no Astro.
 */

export interface Entry<Data> {
  readonly slug: string;
  readonly data: Data;
}

export interface Playbook<Extra = unknown> {
  readonly discovery: readonly (Entry<Discovery> & Extra)[];
  readonly personas: readonly (Entry<Persona> & Extra)[];
  readonly objections: readonly (Entry<Objection> & Extra)[];
  readonly services: readonly (Entry<Service> & Extra)[];
  readonly journeys: readonly (Entry<Journey> & Extra)[];
}

const rank = <Value extends string>(order: readonly Value[]) => (value: Value | undefined) =>
  value === undefined ? order.length : order.indexOf(value);

const byTitle = (a: Entry<{ title: string }>, b: Entry<{ title: string }>) => a.data.title.localeCompare(b.data.title) || a.slug.localeCompare(b.slug);

const stageRank = rank(DISCOVERY_STAGES);
const kindRank = rank(PERSONA_KINDS);
const stakeholderRank = rank(STAKEHOLDER_TYPES);
const familyRank = rank(OBJECTION_FAMILIES);
const layerRank = rank(LAYERS);

/** Sorts every collection into the order its index page reads in. */
export function orderPlaybook<Extra>(playbook: Playbook<Extra>): Playbook<Extra> {
  return {
    discovery: [...playbook.discovery].sort(
      (a, b) => stageRank(a.data.stage) - stageRank(b.data.stage) || a.data.order - b.data.order || byTitle(a, b),
    ),
    personas: [...playbook.personas].sort(
      (a, b) =>
        kindRank(a.data.kind) - kindRank(b.data.kind) ||
        stakeholderRank(a.data.stakeholderType) - stakeholderRank(b.data.stakeholderType) ||
        byTitle(a, b),
    ),
    objections: [...playbook.objections].sort((a, b) => familyRank(a.data.family) - familyRank(b.data.family) || byTitle(a, b)),
    services: [...playbook.services].sort((a, b) => layerRank(a.data.layer) - layerRank(b.data.layer) || byTitle(a, b)),
    journeys: [...playbook.journeys].sort((a, b) => a.data.order - b.data.order || byTitle(a, b)),
  };
}

/** Groups entries by a key, keeping `keys` order and dropping empty groups. */
export function groupBy<Item, Key extends string>(
  items: readonly Item[],
  keys: readonly Key[],
  keyOf: (item: Item) => Key,
): { key: Key; items: Item[] }[] {
  return keys.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) })).filter((group) => group.items.length > 0);
}

/**
 * Entries of `candidates` linked to `slug` in either direction: those `forward`
 * names (in that order) followed by those whose own field names `slug` back.
 * Authors record a link on one side only, so pages show the union.
 */
export function linkedBothWays<Data, Extra>(
  forward: readonly string[],
  candidates: readonly (Entry<Data> & Extra)[],
  backward: (data: Data) => readonly string[],
  slug: string,
): (Entry<Data> & Extra)[] {
  const found = new Map(candidates.map((candidate) => [candidate.slug, candidate]));
  const result = forward.flatMap((target) => found.get(target) ?? []);
  for (const candidate of candidates) {
    if (!result.includes(candidate) && backward(candidate.data).includes(slug)) result.push(candidate);
  }
  return result;
}

const none = (): readonly string[] => [];

export function servicesOfObjection<Extra>(playbook: Playbook<Extra>, objection: Objection) {
  return linkedBothWays(objection.services, playbook.services, none, '');
}

export function personasOfObjection<Extra>(playbook: Playbook<Extra>, slug: string, objection: Objection) {
  return linkedBothWays(objection.personas, playbook.personas, (persona) => persona.objections, slug);
}

export function objectionsOfPersona<Extra>(playbook: Playbook<Extra>, slug: string, persona: Persona) {
  return linkedBothWays(persona.objections, playbook.objections, (objection) => objection.personas, slug);
}

export function discoveryOfPersona<Extra>(playbook: Playbook<Extra>, slug: string, persona: Persona) {
  return linkedBothWays(persona.discovery, playbook.discovery, (question) => question.personas, slug);
}

export function personasOfDiscovery<Extra>(playbook: Playbook<Extra>, slug: string, question: Discovery) {
  return linkedBothWays(question.personas, playbook.personas, (persona) => persona.discovery, slug);
}

export function objectionsCitingService<Extra>(playbook: Playbook<Extra>, serviceId: string) {
  return playbook.objections.filter((objection) => (objection.data.services as readonly string[]).includes(serviceId));
}

export function relatedServices<Extra>(playbook: Playbook<Extra>, serviceId: string, service: Service) {
  return linkedBothWays(service.related, playbook.services, (other) => other.related, serviceId);
}

type JourneyLink = 'services' | 'objections' | 'personas' | 'discovery';

/** Journeys whose `field` lists `slug`. */
export function journeysLinking<Extra>(playbook: Playbook<Extra>, field: JourneyLink, slug: string) {
  return playbook.journeys.filter((journey) => (journey.data[field] as readonly string[]).includes(slug));
}

export function servicesOfJourney<Extra>(playbook: Playbook<Extra>, journey: Journey) {
  return linkedBothWays(journey.services, playbook.services, none, '');
}

export function objectionsOfJourney<Extra>(playbook: Playbook<Extra>, journey: Journey) {
  return linkedBothWays(journey.objections, playbook.objections, none, '');
}

export function personasOfJourney<Extra>(playbook: Playbook<Extra>, journey: Journey) {
  return linkedBothWays(journey.personas, playbook.personas, none, '');
}

export function discoveryOfJourney<Extra>(playbook: Playbook<Extra>, journey: Journey) {
  return linkedBothWays(journey.discovery, playbook.discovery, none, '');
}
