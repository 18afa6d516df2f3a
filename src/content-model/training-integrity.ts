import { formatIssues } from '../core/errors';
import { LOCALES, LOCALE_PATH, type Locale } from '../core/locales';
import type { ContentProblem } from './integrity';
import { checkSlideId, TrainingModuleSchema, type TrainingModule } from './training-schema';

/** One training module file: where it is, its frontmatter and its MDX body. */
export interface TrainingFile {
  /** Path relative to the project root, for messages. */
  readonly path: string;
  readonly locale: Locale;
  /** File name without `.mdx`: the module id in URLs. */
  readonly module: string;
  readonly data: unknown;
  /** MDX body after the frontmatter. */
  readonly body: string;
}

export interface SlideOutline {
  readonly id: string;
  readonly title: string;
  readonly hasNotes: boolean;
  /** 1-based line in the body, for messages. */
  readonly line: number;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Opening tag with only `name="value"` attributes, so a `>` inside a title cannot end it early. */
const SLIDE_OPEN = /<Slide((?:\s+[A-Za-z]+="[^"]*")*)\s*>/g;
const SLIDE_CLOSE = '</Slide>';

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Reads the `<Slide id="…" title="…">…</Slide>` blocks of a module body in order.
 * Slides may not nest; each needs an id, a title and a `<Notes>` child.
 */
export function readSlideOutline(body: string): { slides: SlideOutline[]; problems: string[] } {
  const slides: SlideOutline[] = [];
  const problems: string[] = [];
  let searchFrom = 0;
  let openings = 0;
  SLIDE_OPEN.lastIndex = 0;
  for (let open = SLIDE_OPEN.exec(body); open; open = SLIDE_OPEN.exec(body)) {
    openings += 1;
    const line = lineOf(body, open.index);
    if (open.index < searchFrom) {
      problems.push(`line ${line}: <Slide> opens inside another slide; close the previous one with </Slide> first`);
      continue;
    }
    const attributes = new Map<string, string>();
    for (const [, name, value] of open[1]!.matchAll(/([A-Za-z]+)="([^"]*)"/g)) attributes.set(name!, value!);
    const close = body.indexOf(SLIDE_CLOSE, SLIDE_OPEN.lastIndex);
    if (close === -1) {
      problems.push(`line ${line}: <Slide> is never closed with </Slide>`);
      break;
    }
    const inner = body.slice(SLIDE_OPEN.lastIndex, close);
    const id = attributes.get('id') ?? '';
    const title = attributes.get('title') ?? '';
    if (!ID_PATTERN.test(id)) problems.push(`line ${line}: slide id "${id}" is not a kebab-case id`);
    if (title.trim() === '') problems.push(`line ${line}: slide "${id}" has no title`);
    if (id.startsWith('check-')) problems.push(`line ${line}: slide id "${id}" uses the prefix "check-", kept for knowledge-check slides`);
    const hasNotes = /<Notes\s*>[\s\S]*\S[\s\S]*<\/Notes>/.test(inner);
    if (!hasNotes) problems.push(`line ${line}: slide "${id}" has no speaker notes (<Notes>…</Notes>)`);
    slides.push({ id, title, hasNotes, line });
    searchFrom = close + SLIDE_CLOSE.length;
  }
  const closes = body.split(SLIDE_CLOSE).length - 1;
  if (closes > openings) problems.push(`found ${closes} </Slide> but only ${openings} <Slide> openings`);
  const seen = new Set<string>();
  for (const slide of slides) {
    if (seen.has(slide.id)) problems.push(`line ${slide.line}: slide id "${slide.id}" is used twice`);
    seen.add(slide.id);
  }
  if (openings === 0) problems.push('has no <Slide id="…" title="…"> blocks');
  return { slides, problems };
}

/** Every slide id of a module in deck order: content slides, then one per knowledge check. */
export function deckSlideIds(body: string, module: Pick<TrainingModule, 'checks'>): string[] {
  return [...readSlideOutline(body).slides.map((slide) => slide.id), ...module.checks.map((check) => checkSlideId(check.id))];
}

function describeListDifference(label: string, mine: readonly string[], theirs: readonly string[], twinPath: string): string | undefined {
  if (mine.join('\n') === theirs.join('\n')) return undefined;
  const missing = theirs.filter((id) => !mine.includes(id));
  const extra = mine.filter((id) => !theirs.includes(id));
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing ${missing.map((id) => `"${id}"`).join(', ')}`);
  if (extra.length > 0) parts.push(`extra ${extra.map((id) => `"${id}"`).join(', ')}`);
  if (parts.length === 0) parts.push(`same ids in another order (${mine.join(', ')} vs ${theirs.join(', ')})`);
  return `${label} differ from ${twinPath}: ${parts.join('; ')}`;
}

export function trainingPath(locale: Locale, module: string): string {
  return `content/training/${LOCALE_PATH[locale]}/${module}.mdx`;
}

/**
 * Checks every training module at once: frontmatter against its schema, the slide
 * blocks, and that each module exists in every locale with the same slide ids in the
 * same order, the same knowledge checks with the same right answers, and the same
 * example customer. The first locale in `LOCALES` is the reference the others match.
 */
export function checkTraining(files: readonly TrainingFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const parsed = new Map<string, { file: TrainingFile; data: TrainingModule; slideIds: string[] }>();
  const key = (locale: Locale, module: string) => `${locale}/${module}`;

  for (const file of files) {
    if (!ID_PATTERN.test(file.module)) {
      problems.push({ path: file.path, message: `file name "${file.module}" is not a kebab-case module id` });
      continue;
    }
    const result = TrainingModuleSchema.safeParse(file.data);
    if (!result.success) {
      problems.push({ path: file.path, message: formatIssues(result.error.issues, 'frontmatter') });
      continue;
    }
    const outline = readSlideOutline(file.body);
    for (const problem of outline.problems) problems.push({ path: file.path, message: problem });
    const checkIds = result.data.checks.map((check) => check.id);
    const duplicateCheck = checkIds.find((checkId, index) => checkIds.indexOf(checkId) !== index);
    if (duplicateCheck) problems.push({ path: file.path, message: `knowledge check id "${duplicateCheck}" is used twice` });
    parsed.set(key(file.locale, file.module), { file, data: result.data, slideIds: deckSlideIds(file.body, result.data) });
  }

  const modules = [...new Set(files.map((file) => file.module))].sort();
  const orders = new Map<number, string>();
  for (const module of modules) {
    const [reference, ...others] = LOCALES;
    for (const locale of LOCALES) {
      const present = files.some((file) => file.locale === locale && file.module === module);
      if (!present) {
        const existing = files.find((file) => file.module === module)!;
        problems.push({ path: existing.path, message: `has no ${locale} twin: expected ${trainingPath(locale, module)}` });
      }
    }
    const base = parsed.get(key(reference, module));
    if (!base) continue;
    const clash = orders.get(base.data.order);
    if (clash) problems.push({ path: base.file.path, message: `order ${base.data.order} is also used by ${trainingPath(reference, clash)}` });
    orders.set(base.data.order, module);
    for (const locale of others) {
      const twin = parsed.get(key(locale, module));
      if (!twin) continue;
      const at = (message: string) => problems.push({ path: twin.file.path, message });
      const slideDifference = describeListDifference('slide ids', twin.slideIds, base.slideIds, base.file.path);
      if (slideDifference) at(slideDifference);
      for (const field of ['order', 'track', 'example', 'durationMinutes'] as const) {
        if (twin.data[field] !== base.data[field]) {
          at(`${field} is ${JSON.stringify(twin.data[field])} but ${base.file.path} says ${JSON.stringify(base.data[field])}`);
        }
      }
      twin.data.checks.forEach((check, index) => {
        const baseCheck = base.data.checks[index];
        if (!baseCheck || baseCheck.id !== check.id) return;
        if (baseCheck.answer !== check.answer) {
          at(`checks[${index}] (${check.id}): answer is ${check.answer} but ${base.file.path} says ${baseCheck.answer}`);
        }
        if (baseCheck.choices.length !== check.choices.length) {
          at(`checks[${index}] (${check.id}): has ${check.choices.length} choices but ${base.file.path} has ${baseCheck.choices.length}`);
        }
      });
    }
  }
  return problems;
}
