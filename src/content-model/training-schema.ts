import { z } from 'zod';
import { EXAMPLE_IDS } from '../core/examples/ids';

/**
 * Frontmatter of a training module (`content/training/<locale>/<module>.mdx`).
 * The slides themselves live in the MDX body as `<Slide id="…" title="…">` blocks,
 * each with one `<Notes>` child; `training-integrity.ts` reads their ids from the
 * source so both locales can be compared before anything renders.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');
const text = z.string().trim().min(1);

export const TRAINING_TRACKS = ['core', 'session'] as const;

export const KnowledgeCheckSchema = z
  .object({
    /** Stable id; its slide in the deck is `check-<id>`. */
    id,
    question: text,
    /** The options the room chooses from, in the order shown. */
    choices: z.array(text).min(2).max(5),
    /** Position of the right choice in `choices`, counting from 0. */
    answer: z.number().int().min(0),
    /** Why the right choice is right (and the tempting one wrong); shown when the trainer reveals it. */
    explanation: text,
  })
  .refine((check) => check.answer < check.choices.length, {
    message: 'answer must point at one of the choices (counting from 0)',
    path: ['answer'],
  });

export const TrainingModuleSchema = z.object({
  title: text,
  /** Position in the training index; also the number shown as "Module N". */
  order: z.number().int().min(1),
  /** `core`: the three modules of the analytics course; `session`: a deep-dive session. */
  track: z.enum(TRAINING_TRACKS),
  /** One sentence for the index page. */
  summary: text,
  /** Time the trainer should plan for, in minutes; the speaker timer compares against it. */
  durationMinutes: z.number().int().min(5).max(240),
  /** What attendees can do after the module. */
  objectives: z.array(text).min(1),
  /** Example customer the module's hands-on slides open in the wizard and draw. */
  example: z.enum(EXAMPLE_IDS),
  /** Knowledge check at the end of the module. */
  checks: z.array(KnowledgeCheckSchema).min(2),
});

export type TrainingModule = z.output<typeof TrainingModuleSchema>;
export type KnowledgeCheck = z.output<typeof KnowledgeCheckSchema>;

/** Slide id of a knowledge-check question, so deep links and sync treat it like any slide. */
export function checkSlideId(checkId: string): string {
  return `check-${checkId}`;
}
