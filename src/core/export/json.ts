import type { Proposal } from './proposal';

/**
 * The proposal as JSON, for other tools: customer context, model, diagram source,
 * the full estimate, risks, next steps and objections, as one object. JSON string
 * escaping is the escape here; customer text is kept exactly as typed.
 */
export function proposalToJson(proposal: Proposal): string {
  return `${JSON.stringify(proposal, null, 2)}\n`;
}
