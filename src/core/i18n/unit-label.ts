import type { Locale, Localized } from '../locales';
import { pluralForm } from './plural';

/**
 * The unit printed after a quantity. `en` and `pt-BR` hold the plural ("runs/day", what the
 * estimate JSON has always carried); `one` holds the singular where a language changes the
 * word ("run/day", "execução/dia"). Symbols and ratios (GB, ms, GB/GB, "per month") have no
 * `one`: "1 GB" and "1.5 GB" read the same.
 */
export interface UnitLabel extends Localized {
  readonly one?: Localized;
}

/** A unit that counts things, with its singular and plural in both languages. */
export function countedUnit(one: Localized, other: Localized): UnitLabel {
  return { ...other, one };
}

/**
 * The unit as it reads after `count` in `locale`, by CLDR plural rules: "1 run/day" and
 * "1.5 runs/day" in English; "0 execução/dia", "1,5 execução/dia" and "2 execuções/dia" in
 * Portuguese. `count` is the number as printed, so 0.999 shown as "1" reads "1 run/day".
 */
export function unitAfter(unit: UnitLabel, count: number, locale: Locale): string {
  return unit.one !== undefined && pluralForm(locale, count) === 'one' ? unit.one[locale] : unit[locale];
}
