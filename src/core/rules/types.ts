import type { AnswerFieldId } from '../answers/field-ids';
import type { PlaybookCitation } from '../architecture/model';
import type { Role } from '../architecture/roles';
import type { ServiceId } from '../catalog/services';
import type { Localized } from '../locales';
import type { Condition } from './condition';

/** A role filled by a service. */
export interface Placement {
  readonly role: Role;
  readonly service: ServiceId;
}

/**
 * A connection between two roles and what travels on it. It appears in the model
 * only if both roles are filled once every rule has run, and `when` (checked at
 * that point) holds.
 */
export interface EdgeRule {
  readonly from: Role;
  readonly to: Role;
  readonly flow: Localized;
  readonly when?: Condition;
}

/** A service this rule weighed for a role and did not pick; why is in the explanations (`../explain`). */
export interface AlternativeRule {
  readonly role: Role;
  readonly lost: ServiceId;
}

/**
 * One decision of the advisor, as data. Rules run in table order; when `when`
 * holds, the rule:
 * - `add`: fills each role with its service (a role already filled keeps its
 *   service and gains this rule's rationale; a service already present takes the
 *   extra role, since a service appears once per model, S3 zones aside);
 * - `replace`: gives a filled role to another service, dropping the alternatives
 *   recorded for the old one;
 * - `uses`: gives an already filled role one more duty, explained by this rule;
 * - declares `edges` between roles and `alternatives` it rejected.
 * Its rationale (in the explanations, by rule id) is attached to every component
 * it adds, replaces or uses, and it cites the playbook entries it rests on.
 */
export interface Rule {
  /** Stable, `area.decision`, e.g. `ingest.stream-buffer`. */
  readonly id: string;
  readonly when: Condition;
  readonly add?: readonly Placement[];
  readonly replace?: readonly Placement[];
  readonly uses?: readonly Role[];
  readonly edges?: readonly EdgeRule[];
  readonly alternatives?: readonly AlternativeRule[];
  readonly cites: readonly PlaybookCitation[];
}

/** A caveat about the answers, raised after every rule has run; its message is in the explanations. */
export interface WarningRule {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly when: Condition;
  /** Answer fields the warning is about, so the wizard can link to their questions. */
  readonly fields: readonly AnswerFieldId[];
}
