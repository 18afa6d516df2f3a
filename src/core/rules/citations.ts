import type { PlaybookCitation } from '../architecture/model';
import type { ServiceId } from '../catalog/services';
import { LOCALE_PATH, type Locale } from '../locales';

/** Customer journeys of the playbook (`content/journeys/<locale>/<id>.mdx`). */
export const JOURNEY_IDS = ['data-warehouse-modernisation', 'data-lake', 'streaming-analytics', 'governance', 'ml-and-monetisation'] as const;
export type JourneyId = (typeof JOURNEY_IDS)[number];

/**
 * Objection answers the rules rest on (`content/objections/<locale>/<slug>.mdx`);
 * a test checks each one exists in every locale.
 */
export const CITED_OBJECTIONS = [
  'already-invested-in-on-prem-lake',
  'avoid-vendor-lock-in',
  'batch-is-good-enough',
  'cloud-cannot-meet-lgpd',
  'data-monetisation-not-our-business',
  'data-not-ready-for-ml',
  'kinesis-locks-us-in',
  'lake-becomes-swamp',
  'lake-takes-months',
  'migration-too-risky',
  'no-ml-skills',
  'on-prem-security-is-enough',
  'on-premises-is-enough',
  'pii-in-the-lake',
  'redshift-costs-more-than-appliance',
  'streaming-too-complex',
  'we-already-have-a-warehouse',
  'we-lose-control-of-our-data',
] as const;
export type ObjectionSlug = (typeof CITED_OBJECTIONS)[number];

export const cite = {
  service: (id: ServiceId): PlaybookCitation => ({ collection: 'services', id }),
  journey: (id: JourneyId): PlaybookCitation => ({ collection: 'journeys', id }),
  objection: (id: ObjectionSlug): PlaybookCitation => ({ collection: 'objections', id }),
};

/** Site path of a playbook entry, e.g. `/en/services/athena/` or `/pt-br/journeys/data-lake/`. */
export function citationHref(citation: PlaybookCitation, locale: Locale): string {
  return `/${LOCALE_PATH[locale]}/${citation.collection}/${citation.id}/`;
}
