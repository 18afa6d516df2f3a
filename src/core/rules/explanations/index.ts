import type { Locale } from '../../locales';
import type { RuleExplanations } from '../explain';
import { EN_EXPLANATIONS } from './en';
import { PT_BR_EXPLANATIONS } from './pt-BR';

/** Both languages' explanations, for code that may write either (CLI, exports, the playbook pages). */
export const RULE_EXPLANATIONS: Readonly<Record<Locale, RuleExplanations>> = {
  en: EN_EXPLANATIONS,
  'pt-BR': PT_BR_EXPLANATIONS,
};
