import type { AnswerField } from '../../core/answers/fields';
import type { AnswerFieldId } from '../../core/answers/field-ids';
import { DISCOVERY_STAGES } from '../../content-model/vocabulary';

export type DiscoveryStage = (typeof DISCOVERY_STAGES)[number];

/** A discovery question as the wizard shows it: what to ask, and the seller-only notes behind it. */
export interface WizardQuestion {
  readonly slug: string;
  readonly title: string;
  readonly stage: DiscoveryStage;
  readonly order: number;
  /** Why the seller asks it (seller-only). */
  readonly why: string;
  /** What to listen for in the answer (seller-only). */
  readonly listenFor: readonly string[];
  /** Personas best placed to answer, by slug. */
  readonly personas: readonly string[];
}

/** One question in a step and the answer fields it is the first to ask. */
export interface StepQuestion {
  readonly question: WizardQuestion;
  readonly fields: readonly AnswerFieldId[];
}

export interface WizardStep {
  readonly stage: DiscoveryStage;
  readonly questions: readonly StepQuestion[];
  /** Fields no discovery question asks; they sit at the end of the last step. */
  readonly otherFields: readonly AnswerFieldId[];
  /** Every field of the step, in the order shown. */
  readonly fields: readonly AnswerFieldId[];
}

/**
 * Lays the answer fields out along the discovery framework: one step per stage
 * (current state, challenges, dependencies, impact), each listing its questions in
 * order, and under each question the fields it asks (`askedBy`) that no earlier
 * question asked. A field is asked once, where the conversation first reaches it;
 * later questions about it still appear, as prompts linking back to the playbook.
 */
export function buildSteps(fields: readonly AnswerField[], questions: readonly WizardQuestion[]): WizardStep[] {
  const stageRank = (stage: DiscoveryStage) => DISCOVERY_STAGES.indexOf(stage);
  const ordered = [...questions].sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || a.order - b.order || (a.slug < b.slug ? -1 : 1));
  const asked = new Set<AnswerFieldId>();
  const perQuestion = new Map<string, AnswerFieldId[]>();
  for (const question of ordered) {
    const own = fields.filter((field) => field.askedBy.includes(question.slug) && !asked.has(field.id)).map((field) => field.id);
    own.forEach((id) => asked.add(id));
    perQuestion.set(question.slug, own);
  }
  const otherFields = fields.filter((field) => !asked.has(field.id)).map((field) => field.id);
  return DISCOVERY_STAGES.map((stage, index) => {
    const stepQuestions = ordered
      .filter((question) => question.stage === stage)
      .map((question) => ({ question, fields: perQuestion.get(question.slug) ?? [] }));
    const others = index === DISCOVERY_STAGES.length - 1 ? otherFields : [];
    return { stage, questions: stepQuestions, otherFields: others, fields: [...stepQuestions.flatMap((entry) => entry.fields), ...others] };
  });
}
