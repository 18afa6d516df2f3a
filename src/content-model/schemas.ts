import { z } from 'zod';
import { ANSWER_FIELD_IDS } from '../core/answers/field-ids';
import { SERVICE_IDS } from '../core/catalog/services';
import { LAYERS } from '../core/layers';
import { DISCOVERY_STAGES, OBJECTION_FAMILIES, PERSONA_KINDS, STAKEHOLDER_TYPES } from './vocabulary';

export { DISCOVERY_STAGES, OBJECTION_FAMILIES, PERSONA_KINDS, STAKEHOLDER_TYPES };

/**
 * Frontmatter schemas of the playbook collections. Pure zod, shared by the Astro
 * content config (which validates at build) and by the integrity check and tests.
 * Cross-entry references are plain slugs in the same locale; `integrity.ts`
 * resolves them and names both files when one is missing.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug');
const text = z.string().trim().min(1);

export const DiscoverySchema = z.object({
  /** The question as the seller asks it. */
  title: text,
  stage: z.enum(DISCOVERY_STAGES),
  /** Position within its stage. */
  order: z.number().int().min(1),
  /** Why the seller asks it. */
  why: text,
  /** Signals in the answer that matter. */
  listenFor: z.array(text).min(1),
  /** Answer fields of the advisor this question fills. */
  feeds: z.array(z.enum(ANSWER_FIELD_IDS)),
  /** Personas best placed to answer. */
  personas: z.array(slug).default([]),
});

export const PersonaSchema = z
  .object({
    title: text,
    kind: z.enum(PERSONA_KINDS),
    stakeholderType: z.enum(STAKEHOLDER_TYPES).optional(),
    /** Job titles that belong here. */
    roles: z.array(text).min(1),
    caresAbout: z.array(text).min(1),
    howToEngage: z.array(text).min(1),
    /** Objections this audience typically raises. */
    objections: z.array(slug).default([]),
    /** Discovery questions that work best with this audience. */
    discovery: z.array(slug).default([]),
  })
  .refine((persona) => (persona.kind === 'stakeholder') === (persona.stakeholderType !== undefined), {
    message: 'stakeholderType is required for kind "stakeholder" and only for it',
    path: ['stakeholderType'],
  });

export const ObjectionSchema = z.object({
  /** Short name of the objection, for lists and battlecards. */
  title: text,
  family: z.enum(OBJECTION_FAMILIES),
  /** What the customer says, in their words. */
  objection: text,
  /** The answer that fits in thirty seconds. */
  answer: text,
  proofPoints: z.array(text).min(1),
  services: z.array(z.enum(SERVICE_IDS)).min(1),
  /** Personas who typically raise it. */
  personas: z.array(slug).default([]),
});

export const ServiceSchema = z.object({
  title: text,
  layer: z.enum(LAYERS),
  /** One sentence: what it is. */
  summary: text,
  pickWhen: z.array(text).min(1),
  avoidWhen: z.array(text).min(1),
  /** How it is billed, in words. */
  pricingDimensions: z.array(text).min(1),
  related: z.array(z.enum(SERVICE_IDS)).default([]),
});

export const JourneySchema = z.object({
  title: text,
  order: z.number().int().min(1),
  summary: text,
  services: z.array(z.enum(SERVICE_IDS)).min(1),
  objections: z.array(slug).default([]),
  personas: z.array(slug).default([]),
  discovery: z.array(slug).default([]),
});

export const COLLECTION_SCHEMAS = {
  discovery: DiscoverySchema,
  personas: PersonaSchema,
  objections: ObjectionSchema,
  services: ServiceSchema,
  journeys: JourneySchema,
} as const;

export type CollectionName = keyof typeof COLLECTION_SCHEMAS;
export const COLLECTION_NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];

/** Which frontmatter fields point at which collection. */
export const REFERENCE_FIELDS: Record<CollectionName, Partial<Record<string, CollectionName>>> = {
  discovery: { personas: 'personas' },
  personas: { objections: 'objections', discovery: 'discovery' },
  objections: { services: 'services', personas: 'personas' },
  services: { related: 'services' },
  journeys: { services: 'services', objections: 'objections', personas: 'personas', discovery: 'discovery' },
};

export type Discovery = z.output<typeof DiscoverySchema>;
export type Persona = z.output<typeof PersonaSchema>;
export type Objection = z.output<typeof ObjectionSchema>;
export type Service = z.output<typeof ServiceSchema>;
export type Journey = z.output<typeof JourneySchema>;
