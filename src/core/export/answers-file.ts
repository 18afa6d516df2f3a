import type { Answers } from '../answers/schema';

/**
 * The answers as an export carries them: everything the customer said, without
 * the seller notes (the notes field promises they never reach customer-facing
 * exports). Notes feed no rule and no price, so re-importing this file gives the
 * same architecture and the same cents.
 */
export function customerFacingAnswers(answers: Answers): Answers {
  const { notes: _notes, ...rest } = answers;
  return rest as Answers;
}

/** `answers.json` of an export: pretty JSON a person can read and the wizard or CLI can import. */
export function answersFileText(answers: Answers): string {
  return `${JSON.stringify(customerFacingAnswers(answers), null, 2)}\n`;
}
