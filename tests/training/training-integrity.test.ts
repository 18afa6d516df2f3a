import { beforeAll, describe, expect, test } from 'vitest';
import { readTrainingFiles } from '../../src/content-model/training-files';
import { checkTraining, deckSlideIds, readSlideOutline, type TrainingFile } from '../../src/content-model/training-integrity';
import { TrainingModuleSchema, type TrainingModule } from '../../src/content-model/training-schema';
import { EXAMPLE_IDS } from '../../src/core/examples/ids';
import type { ContentProblem } from '../../src/content-model/integrity';
import { PROJECT_ROOT } from '../support/server';

const slide = (id: string, notes = 'Say this.') => `<Slide id="${id}" title="Title of ${id}">\nBody.\n\n<Notes>\n${notes}\n</Notes>\n</Slide>\n`;

const moduleData = (overrides: Partial<TrainingModule> = {}): TrainingModule => ({
  title: 'A module',
  order: 1,
  track: 'core',
  summary: 'What it covers.',
  durationMinutes: 30,
  objectives: ['Do a thing.'],
  example: 'batch-data-lake',
  checks: [
    { id: 'first', question: 'Q1?', choices: ['a', 'b'], answer: 1, explanation: 'Because.' },
    { id: 'second', question: 'Q2?', choices: ['a', 'b', 'c'], answer: 0, explanation: 'Because.' },
  ],
  ...overrides,
});

const file = (locale: 'en' | 'pt-BR', body: string, data: unknown = moduleData(), module = 'demo'): TrainingFile => ({
  path: `content/training/${locale === 'en' ? 'en' : 'pt-br'}/${module}.mdx`,
  locale,
  module,
  data,
  body,
});

describe('readSlideOutline', () => {
  test('reads slide ids and titles in order, and sees each slide has notes', () => {
    const { slides, problems } = readSlideOutline(`${slide('one')}\n${slide('two')}`);
    expect(problems).toEqual([]);
    expect(slides.map(({ id, title, hasNotes }) => ({ id, title, hasNotes }))).toEqual([
      { id: 'one', title: 'Title of one', hasNotes: true },
      { id: 'two', title: 'Title of two', hasNotes: true },
    ]);
  });

  test('keeps a title containing > whole', () => {
    const { slides } = readSlideOutline('<Slide id="x" title="Streams > files">\n<Notes>n</Notes>\n</Slide>');
    expect(slides[0]?.title).toBe('Streams > files');
  });

  test('names each broken slide by line', () => {
    const body = [
      '<Slide id="ok" title="Fine">\n<Notes>n</Notes>\n</Slide>',
      '<Slide id="Not_Kebab" title="Bad id">\n<Notes>n</Notes>\n</Slide>',
      '<Slide id="silent" title="No notes">\nText\n</Slide>',
      '<Slide id="ok" title="Again">\n<Notes>n</Notes>\n</Slide>',
      '<Slide id="check-x" title="Reserved">\n<Notes>n</Notes>\n</Slide>',
      '<Slide id="untitled" title="">\n<Notes>n</Notes>\n</Slide>',
      '<Slide id="empty-notes" title="Empty notes">\n<Notes>\n</Notes>\n</Slide>',
    ].join('\n');
    expect(readSlideOutline(body).problems).toMatchInlineSnapshot(`
      [
        "line 4: slide id "Not_Kebab" is not a kebab-case id",
        "line 7: slide "silent" has no speaker notes (<Notes>…</Notes>)",
        "line 13: slide id "check-x" uses the prefix "check-", kept for knowledge-check slides",
        "line 16: slide "untitled" has no title",
        "line 19: slide "empty-notes" has no speaker notes (<Notes>…</Notes>)",
        "line 10: slide id "ok" is used twice",
      ]
    `);
  });

  test('refuses a slide that is never closed, a nested slide and a body without slides', () => {
    expect(readSlideOutline('<Slide id="a" title="A">\n<Notes>n</Notes>\n').problems).toEqual(['line 1: <Slide> is never closed with </Slide>']);
    expect(readSlideOutline('<Slide id="a" title="A">\n<Slide id="b" title="B">\n<Notes>n</Notes>\n</Slide>\n</Slide>').problems).toEqual([
      'line 2: <Slide> opens inside another slide; close the previous one with </Slide> first',
    ]);
    expect(readSlideOutline('<Slide id="a" title="A">\n<Notes>n</Notes>\n</Slide>\n</Slide>').problems).toEqual(['found 2 </Slide> but only 1 <Slide> openings']);
    expect(readSlideOutline('Just prose.').problems).toEqual(['has no <Slide id="…" title="…"> blocks']);
  });
});

describe('deckSlideIds', () => {
  test('puts one slide per knowledge check after the content slides', () => {
    expect(deckSlideIds(`${slide('one')}${slide('two')}`, moduleData())).toEqual(['one', 'two', 'check-first', 'check-second']);
  });
});

describe('TrainingModuleSchema', () => {
  test('refuses an answer that points past the choices and an unknown example', () => {
    const result = TrainingModuleSchema.safeParse({
      ...moduleData(),
      example: 'nowhere',
      checks: [{ id: 'a', question: 'Q', choices: ['x', 'y'], answer: 2, explanation: 'E' }, moduleData().checks[1]],
    });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toContain('checks.0.answer: answer must point at one of the choices (counting from 0)');
    expect(messages.some((message) => message.startsWith('example:'))).toBe(true);
  });
});

describe('checkTraining', () => {
  const body = `${slide('one')}${slide('two')}`;

  test('accepts twins with the same slides', () => {
    expect(checkTraining([file('en', body), file('pt-BR', body)])).toEqual([]);
  });

  test('names the missing twin', () => {
    expect(checkTraining([file('en', body)])).toEqual([
      { path: 'content/training/en/demo.mdx', message: 'has no pt-BR twin: expected content/training/pt-br/demo.mdx' },
    ]);
  });

  test('names missing, extra and reordered slide ids against the reference locale', () => {
    const problems = (enBody: string): ContentProblem[] => checkTraining([file('en', enBody), file('pt-BR', body)]);
    expect(problems(`${slide('one')}${slide('three')}`)).toEqual([
      { path: 'content/training/en/demo.mdx', message: 'slide ids differ from content/training/pt-br/demo.mdx: missing "two"; extra "three"' },
    ]);
    expect(problems(`${slide('two')}${slide('one')}`)[0]?.message).toBe(
      'slide ids differ from content/training/pt-br/demo.mdx: same ids in another order (two, one, check-first, check-second vs one, two, check-first, check-second)',
    );
  });

  test('refuses a translation that changes a right answer, the number of choices or the example', () => {
    const changed = moduleData({
      example: 'ml-curated',
      checks: [
        { id: 'first', question: 'Q1?', choices: ['a', 'b'], answer: 0, explanation: 'Because.' },
        { id: 'second', question: 'Q2?', choices: ['a', 'b'], answer: 0, explanation: 'Because.' },
      ],
    });
    expect(checkTraining([file('en', body, changed), file('pt-BR', body)]).map((problem) => problem.message)).toEqual([
      'example is "ml-curated" but content/training/pt-br/demo.mdx says "batch-data-lake"',
      'checks[0] (first): answer is 0 but content/training/pt-br/demo.mdx says 1',
      'checks[1] (second): has 2 choices but content/training/pt-br/demo.mdx has 3',
    ]);
  });

  test('reports a frontmatter error with the field path', () => {
    const problems = checkTraining([file('en', body, { ...moduleData(), durationMinutes: 'long' }), file('pt-BR', body)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('content/training/en/demo.mdx');
    expect(problems[0]?.message).toMatch(/^frontmatter: durationMinutes: /);
  });

  test('refuses two modules with the same order and a repeated knowledge-check id', () => {
    const repeated = moduleData({ checks: [moduleData().checks[0]!, moduleData().checks[0]!] });
    const problems = checkTraining([
      file('en', body, repeated),
      file('pt-BR', body, repeated),
      file('en', body, moduleData(), 'other'),
      file('pt-BR', body, moduleData(), 'other'),
    ]).map((problem) => `${problem.path}: ${problem.message}`);
    expect(problems).toContain('content/training/en/demo.mdx: knowledge check id "first" is used twice');
    expect(problems).toContain('content/training/pt-br/other.mdx: order 1 is also used by content/training/pt-br/demo.mdx');
  });
});

describe('the training modules in content/training', () => {
  let files: TrainingFile[];
  let readProblems: ContentProblem[];

  beforeAll(async () => {
    ({ files, problems: readProblems } = await readTrainingFiles(PROJECT_ROOT));
  });

  test('every file is content/training/<locale>/<module>.mdx with frontmatter', () => {
    expect(readProblems).toEqual([]);
  });

  test('every module exists in both locales with the same slide ids, and the whole set passes the build check', () => {
    const modules = (locale: 'en' | 'pt-BR') => files.filter((candidate) => candidate.locale === locale).map((candidate) => candidate.module).sort();
    expect(modules('en')).toEqual(modules('pt-BR'));
    for (const module of modules('en')) {
      const ids = (locale: 'en' | 'pt-BR') => {
        const found = files.find((candidate) => candidate.locale === locale && candidate.module === module)!;
        return deckSlideIds(found.body, TrainingModuleSchema.parse(found.data));
      };
      expect(ids('pt-BR'), module).toEqual(ids('en'));
    }
    expect(checkTraining(files)).toEqual([]);
  });

  test('covers the three core modules and the five sessions, each with a knowledge check', () => {
    const english = files.filter((candidate) => candidate.locale === 'en').map((candidate) => ({ module: candidate.module, data: TrainingModuleSchema.parse(candidate.data) }));
    const byTrack = (track: string) => english.filter((entry) => entry.data.track === track).map((entry) => entry.module).sort();
    expect(byTrack('core')).toEqual(['customer-journeys', 'data-lifecycle', 'sales-conversation']);
    expect(byTrack('session')).toEqual(['data-monetisation', 'machine-learning-sagemaker', 'modern-data-lakes', 'relational-databases', 'streaming-pipelines']);
    expect(english.map((entry) => entry.data.order).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const entry of english) expect(entry.data.checks.length, entry.module).toBeGreaterThanOrEqual(3);
  });

  test('hands-on and diagram tags name example customers that exist', () => {
    const named = files.flatMap((candidate) => [...candidate.body.matchAll(/<(?:ExampleDiagram|WizardLink|LocalRun) example="([^"]+)"/g)].map((match) => match[1]!));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((id) => !(EXAMPLE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  test('every module embeds playbook entries and offers the wizard with its example customer', () => {
    for (const candidate of files) {
      expect(candidate.body, candidate.path).toMatch(/<EmbedCard collection="(services|personas|objections|journeys|discovery)" id="[a-z0-9-]+" \/>/);
      expect(candidate.body, candidate.path).toContain('<WizardLink example=');
    }
  });
});
