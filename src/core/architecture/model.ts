import type { ServiceId } from '../catalog/services';
import type { Layer } from '../layers';
import type { Localized } from '../locales';
import type { SizingInputs } from '../sizing/inputs';

/**
 * What the advisor returns and every other part (diagram, cost, infrastructure,
 * exports, wizard) reads. Plain JSON-able data: no class instances, no functions.
 */
export interface ArchitectureModel {
  readonly components: readonly Component[];
  readonly edges: readonly Edge[];
  readonly alternatives: readonly Alternative[];
  readonly sizing: SizingInputs;
  readonly warnings: readonly Warning[];
  /** Ids of the rules that fired, in evaluation order. */
  readonly firedRules: readonly string[];
}

/** A playbook entry a rationale rests on: `services/athena`, `journeys/data-lake`, `objections/…`. */
export interface PlaybookCitation {
  readonly collection: 'services' | 'journeys' | 'objections' | 'personas' | 'discovery';
  readonly id: string;
}

export interface Component {
  /** Stable within a model, e.g. `athena` or `s3-raw`; also the diagram node id. */
  readonly id: string;
  readonly serviceId: ServiceId;
  /** Stable role key, e.g. `raw-zone`, `stream-buffer`, `interactive-sql`. */
  readonly role: string;
  readonly roleLabel: Localized;
  readonly layer: Layer;
  /**
   * Rules that placed this component or gave it a duty, in rule order; its rationale
   * is theirs, joined (`componentRationale` in rules/explain).
   */
  readonly ruleIds: readonly string[];
  readonly citations: readonly PlaybookCitation[];
}

export interface Edge {
  readonly from: string;
  readonly to: string;
  /** What travels on the edge, e.g. "change records" / "registros de alteração". */
  readonly flow: Localized;
}

export interface Alternative {
  /** The component id that won. */
  readonly chosen: string;
  readonly serviceId: ServiceId;
  /** The rule that weighed it; why it lost is `alternativeReason` in rules/explain. */
  readonly ruleId: string;
}

export interface Warning {
  /** The warning rule's id; its message is `warningMessage` in rules/explain. */
  readonly id: string;
  /** Answer field ids the warning is about, so the wizard can link to the question. */
  readonly fields: readonly string[];
}
