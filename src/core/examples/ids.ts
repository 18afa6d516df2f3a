/**
 * Example customers a trainer can open in the wizard (`/<locale>/wizard/?example=<id>`)
 * and whose architecture the training decks draw. Ids are stable kebab-case: the
 * training frontmatter (`example`) and the wizard's `?example=` both use them.
 */
export const EXAMPLE_IDS = [
  'batch-data-lake',
  'dw-modernisation',
  'real-time-streaming',
  'lambda-architecture',
  'governed-lake',
  'ml-curated',
] as const;

export type ExampleId = (typeof EXAMPLE_IDS)[number];

export function isExampleId(id: string): id is ExampleId {
  return (EXAMPLE_IDS as readonly string[]).includes(id);
}
