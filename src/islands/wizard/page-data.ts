import { loadPlaybook } from '../../components/data/playbook';
import { UI_DICTIONARIES } from '../../core/i18n';
import type { Locale } from '../../core/locales';
import type { RuleExplanations } from '../../core/rules/explain';
import { RULE_EXPLANATIONS } from '../../core/rules/explanations';
import type { ObjectionCard } from '../../store/derived';
import type { WizardQuestion } from './steps';
import { isWizardStringKey, type WizardStrings } from './strings';

/**
 * What the wizard page hands its island, read at build time: the locale's wizard
 * strings, the advisor's explanations in that language (so the browser bundle
 * carries no rule text of either language) and the playbook entries the wizard
 * links to (discovery questions, persona names, objection cards). Runs on the server only (it reads Astro's
 * content collections).
 */
export interface WizardPageData {
  readonly locale: Locale;
  readonly strings: WizardStrings;
  readonly explanations: RuleExplanations;
  readonly questions: readonly WizardQuestion[];
  readonly personas: readonly { readonly slug: string; readonly title: string }[];
  readonly objections: readonly ObjectionCard[];
}

export function wizardStrings(locale: Locale): WizardStrings {
  return Object.fromEntries(Object.entries(UI_DICTIONARIES[locale]).filter(([key]) => isWizardStringKey(key))) as unknown as WizardStrings;
}

export async function wizardPageData(locale: Locale): Promise<WizardPageData> {
  const playbook = await loadPlaybook(locale);
  return {
    locale,
    strings: wizardStrings(locale),
    explanations: RULE_EXPLANATIONS[locale],
    questions: playbook.discovery.map(({ slug, data }) => ({
      slug,
      title: data.title,
      stage: data.stage,
      order: data.order,
      why: data.why,
      listenFor: data.listenFor,
      personas: data.personas,
    })),
    personas: playbook.personas.map(({ slug, data }) => ({ slug, title: data.title })),
    objections: playbook.objections.map(({ slug, data }) => ({
      slug,
      title: data.title,
      objection: data.objection,
      answer: data.answer,
      services: data.services,
    })),
  };
}
