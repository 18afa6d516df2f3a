import { beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readTrainingFiles } from '../../src/content-model/training-files';
import { deckSlideIds, type TrainingFile } from '../../src/content-model/training-integrity';
import { TrainingModuleSchema } from '../../src/content-model/training-schema';
import { assertBuilt, DIST_CLIENT, PROJECT_ROOT } from '../support/server';

/**
 * Checks the prerendered trainer pages in dist/ (`npm test` builds first): what the
 * browser tests cannot cover module by module, they cover here for all of them.
 */

let files: TrainingFile[];
const html = (pathname: string) => readFile(path.join(DIST_CLIENT, pathname, 'index.html'), 'utf8');
const attributeValues = (page: string, attribute: string) => [...page.matchAll(new RegExp(`${attribute}="([^"]*)"`, 'g'))].map((match) => match[1]!);
const segment = (file: TrainingFile) => (file.locale === 'en' ? 'en' : 'pt-br');
const DECK_SCRIPT = /<script type="module" src="\/_astro\/DeckDocument[^"]*"/;

beforeAll(async () => {
  assertBuilt();
  ({ files } = await readTrainingFiles(PROJECT_ROOT));
});

describe('every built module', () => {
  test('renders the same slide ids, in source order, in its deck, speaker and handout pages, in both locales', async () => {
    for (const file of files) {
      const expected = deckSlideIds(file.body, TrainingModuleSchema.parse(file.data));
      for (const view of ['', 'speaker/', 'handout/']) {
        const page = await html(`${segment(file)}/training/${file.module}/${view}`);
        expect(attributeValues(page, 'data-slide-id'), `${file.path} ${view || 'deck'}`).toEqual(expected);
      }
    }
  });

  test('gives every slide non-empty speaker notes', async () => {
    for (const file of files) {
      const page = await html(`${segment(file)}/training/${file.module}/handout/`);
      const sections = page.split(/<section [^>]*data-slide-id=/).slice(1);
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections) {
        const notes = /<aside class="slide-notes"[^>]*>([\s\S]*?)<\/aside>/.exec(section)?.[1] ?? '';
        const words = notes.replace(/<[^>]+>/g, ' ').trim().split(/\s+/);
        expect(words.length, `${file.path}: ${section.slice(0, 60)}`).toBeGreaterThan(8);
      }
    }
  });

  test('embeds every playbook card and draws every diagram named in its source', async () => {
    for (const file of files) {
      const page = await html(`${segment(file)}/training/${file.module}/`);
      const embeds = [...file.body.matchAll(/<EmbedCard collection="([a-z]+)" id="([a-z0-9-]+)"/g)].map((match) => `${match[1]}/${match[2]}`);
      expect(attributeValues(page, 'data-embed'), file.path).toEqual(embeds);
      const diagrams = [...file.body.matchAll(/<ExampleDiagram example="([a-z0-9-]+)"/g)].map((match) => match[1]!);
      expect(attributeValues(page, 'data-example').filter((_, index, all) => all.indexOf(all[index]!) === index), file.path).toEqual(
        expect.arrayContaining(diagrams),
      );
      for (const source of page.matchAll(/<pre data-mermaid-source>([\s\S]*?)<\/pre>/g)) expect(source[1]).toMatch(/^flowchart LR\n/);
    }
  });

  test('links its hands-on slides to the wizard with its example customer', async () => {
    for (const file of files) {
      const page = await html(`${segment(file)}/training/${file.module}/`);
      const wanted = [...file.body.matchAll(/<WizardLink example="([a-z0-9-]+)"/g)].map((match) => `/${segment(file)}/wizard/?example=${match[1]}`);
      const hrefs = [...page.matchAll(/href="([^"]*)"[^>]*data-wizard-example/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
      expect(hrefs, file.path).toEqual(wanted);
    }
  });
});

describe('JavaScript stays on deck pages', () => {
  test('deck, speaker and handout pages load the deck script; the training index and playbook pages do not', async () => {
    for (const view of ['', 'speaker/', 'handout/']) expect(await html(`en/training/data-lifecycle/${view}`)).toMatch(DECK_SCRIPT);
    for (const pathname of ['en/training', 'pt-br/training', 'en', 'en/services/athena', 'pt-br/objections/avoid-vendor-lock-in']) {
      expect(await html(pathname), pathname).not.toMatch(DECK_SCRIPT);
    }
  });

  test('Mermaid is not in the deck script itself; it loads on demand', async () => {
    const page = await html('en/training/data-lifecycle/');
    const script = /src="(\/_astro\/DeckDocument[^"]*)"/.exec(page)![1]!;
    const source = await readFile(path.join(DIST_CLIENT, script), 'utf8');
    expect(source.length).toBeLessThan(40_000);
    expect(source).toMatch(/import\(/);
  });
});

describe('the training index', () => {
  test('lists every module with its deck, speaker window and handout, in both locales', async () => {
    for (const locale of ['en', 'pt-br']) {
      const page = await html(`${locale}/training`);
      const modules = files.filter((file) => segment(file) === locale).map((file) => file.module);
      expect(modules.length).toBe(8);
      for (const module of modules) {
        for (const view of ['', 'speaker/', 'handout/']) expect(page, `${locale} ${module} ${view}`).toContain(`href="/${locale}/training/${module}/${view}"`);
      }
    }
  });
});
