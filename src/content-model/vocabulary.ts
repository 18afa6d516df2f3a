/**
 * The playbook's closed vocabularies, apart from the frontmatter schemas that
 * enforce them: the wizard orders its steps by discovery stage, and importing
 * `schemas.ts` for that would put classic zod in its download.
 */

export const DISCOVERY_STAGES = ['current-state', 'challenges', 'dependencies', 'impact'] as const;
export const STAKEHOLDER_TYPES = ['executive-sponsor', 'influencer', 'promoter', 'detractor'] as const;
export const PERSONA_KINDS = ['business-audience', 'technical-audience', 'stakeholder'] as const;
export const OBJECTION_FAMILIES = [
  'data-warehouse',
  'data-lake',
  'streaming-lock-in',
  'governance-security',
  'machine-learning',
] as const;
