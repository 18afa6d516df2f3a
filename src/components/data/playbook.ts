import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALE_PATH, type Locale } from '../../core/locales';
import type { PlaybookSection } from '../../core/i18n/routes';
import type { Discovery, Journey, Objection, Persona, Service } from '../../content-model/schemas';
import { orderPlaybook, type Entry, type Playbook } from './cross-links';

/**
 * Binds the Astro content collections to the pure playbook graph. Entry ids are
 * `<locale-folder>/<slug>` (src/content.config.ts); pages only see one locale.
 */

export interface Source {
  /** The Astro entry, for `render()`. */
  readonly source: CollectionEntry<PlaybookSection>;
}

export type SitePlaybook = Playbook<Source>;

function splitId(id: string): { folder: string; slug: string } {
  const [folder, slug, ...rest] = id.split('/');
  if (folder === undefined || slug === undefined || rest.length > 0) {
    throw new Error(`Playbook entry id "${id}" is not <locale>/<slug>`);
  }
  return { folder, slug };
}

/** Frontmatter of each section, as its schema (src/content-model/schemas.ts) outputs it. */
interface SectionData {
  discovery: Discovery;
  personas: Persona;
  objections: Objection;
  services: Service;
  journeys: Journey;
}

async function entriesOf<Section extends PlaybookSection>(section: Section, locale: Locale): Promise<(Entry<SectionData[Section]> & Source)[]> {
  const entries: CollectionEntry<PlaybookSection>[] = await getCollection(section);
  return entries.flatMap((entry) => {
    const { folder, slug } = splitId(entry.id);
    // The content config validated `data` with the same schema at build time.
    return folder === LOCALE_PATH[locale] ? [{ slug, data: entry.data as SectionData[Section], source: entry }] : [];
  });
}

const cache = new Map<Locale, Promise<SitePlaybook>>();

/** The whole playbook of one locale, in reading order; loaded once per build. */
export function loadPlaybook(locale: Locale): Promise<SitePlaybook> {
  let playbook = cache.get(locale);
  if (!playbook) {
    playbook = (async () =>
      orderPlaybook<Source>({
        discovery: await entriesOf('discovery', locale),
        personas: await entriesOf('personas', locale),
        objections: await entriesOf('objections', locale),
        services: await entriesOf('services', locale),
        journeys: await entriesOf('journeys', locale),
      }))();
    cache.set(locale, playbook);
  }
  return playbook;
}

/** `getStaticPaths` for a detail page: one path per entry of the section in `locale`. */
export async function entryStaticPaths(section: PlaybookSection, locale: Locale) {
  const playbook = await loadPlaybook(locale);
  return playbook[section].map((entry) => ({ params: { slug: entry.slug } }));
}

/** Finds an entry or fails the build naming it, rather than rendering an empty page. */
export function requireEntry<Item extends { slug: string }>(entries: readonly Item[], section: PlaybookSection, slug: string | undefined, locale: Locale): Item {
  const entry = entries.find((candidate) => candidate.slug === slug);
  if (!entry) throw new Error(`No ${section} entry "${slug}" in ${locale}`);
  return entry;
}

/** `getStaticPaths` for battlecards: one path per objection family that has objections in `locale`. */
export async function battlecardStaticPaths(locale: Locale) {
  const playbook = await loadPlaybook(locale);
  const families = [...new Set(playbook.objections.map((objection) => objection.data.family))];
  return families.map((family) => ({ params: { family } }));
}
