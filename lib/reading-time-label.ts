/**
 * Reading time, pluralised with Intl.PluralRules so that languages with more than two
 * plural forms (Arabic has six) get the right one; the message text itself lives in locales.
 */

export type PluralCategory = Intl.LDMLPluralRule;

/** The plural category of `minutes` in `locale` (falls back to English rules). */
export function pluralCategory(minutes: number, locale: string): PluralCategory {
  try {
    return new Intl.PluralRules(locale).select(minutes);
  } catch {
    return new Intl.PluralRules('en').select(minutes);
  }
}

/** The minutes as the locale writes numbers (Arabic-Indic digits under `ar` where used). */
export function formatMinutes(minutes: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(minutes);
  } catch {
    return String(minutes);
  }
}

/** Message key for the reading-time label (`reader.readingTime.<category>`). */
export function readingTimeKey(minutes: number, locale: string) {
  return `reader.readingTime.${pluralCategory(minutes, locale)}` as const;
}
