import { getCollection, type CollectionEntry } from 'astro:content';
import { checkTraining, deckSlideIds, readSlideOutline, type SlideOutline, type TrainingFile } from '../../content-model/training-integrity';
import type { TrainingModule } from '../../content-model/training-schema';
import { LOCALE_PATH, localeFromPath, type Locale } from '../../core/locales';

/** One module of one locale, ready for the deck, speaker and handout pages. */
export interface LoadedModule {
  /** Module id: the file name, the same in every locale. */
  readonly id: string;
  readonly locale: Locale;
  readonly data: TrainingModule;
  readonly entry: CollectionEntry<'training'>;
  /** Content slides in order (knowledge-check slides follow them). */
  readonly slides: readonly SlideOutline[];
  /** Every slide id in deck order, knowledge checks included. */
  readonly slideIds: readonly string[];
}

let loaded: Promise<readonly LoadedModule[]> | undefined;

/**
 * Every training module in every locale, checked as a whole: a module missing in one
 * locale, slide ids that differ between locales or a slide without notes fails the
 * build here, naming the files, before any deck renders.
 */
export function loadTrainingModules(): Promise<readonly LoadedModule[]> {
  loaded ??= (async () => {
    const entries = await getCollection('training');
    const files: TrainingFile[] = entries.map((entry) => {
      const [folder, module, ...rest] = entry.id.split('/');
      const locale = folder === undefined ? undefined : localeFromPath(folder);
      if (!locale || module === undefined || rest.length > 0) {
        throw new Error(`Training entry "${entry.id}" is not content/training/<pt-br|en>/<module>.mdx`);
      }
      return { path: entry.filePath ?? `content/training/${entry.id}.mdx`, locale, module, data: entry.data, body: entry.body ?? '' };
    });
    const problems = checkTraining(files);
    if (problems.length > 0) {
      throw new Error(`Training modules are inconsistent:\n${problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')}`);
    }
    return entries
      .map((entry, index) => {
        const file = files[index]!;
        return {
          id: file.module,
          locale: file.locale,
          data: entry.data,
          entry,
          slides: readSlideOutline(file.body).slides,
          slideIds: deckSlideIds(file.body, entry.data),
        };
      })
      .sort((a, b) => a.data.order - b.data.order);
  })();
  return loaded;
}

export async function modulesOf(locale: Locale): Promise<LoadedModule[]> {
  return (await loadTrainingModules()).filter((module) => module.locale === locale);
}

/** `getStaticPaths` for every per-module page of `locale`. */
export async function moduleStaticPaths(locale: Locale) {
  return (await modulesOf(locale)).map((module) => ({ params: { module: module.id } }));
}

export async function requireModule(locale: Locale, id: string | undefined): Promise<LoadedModule> {
  const module = (await modulesOf(locale)).find((candidate) => candidate.id === id);
  if (!module) throw new Error(`No training module "${id}" in ${locale}`);
  return module;
}

export function trainingIndexPath(locale: Locale): string {
  return `/${LOCALE_PATH[locale]}/training/`;
}

export function deckPath(locale: Locale, module: string): string {
  return `/${LOCALE_PATH[locale]}/training/${module}/`;
}

export function speakerPath(locale: Locale, module: string): string {
  return `/${LOCALE_PATH[locale]}/training/${module}/speaker/`;
}

export function handoutPath(locale: Locale, module: string): string {
  return `/${LOCALE_PATH[locale]}/training/${module}/handout/`;
}

export function wizardExamplePath(locale: Locale, example: string): string {
  return `/${LOCALE_PATH[locale]}/wizard/?example=${encodeURIComponent(example)}`;
}
