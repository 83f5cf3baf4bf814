/**
 * Reading speed in characters per minute by language, from Trauzzi et al.,
 * "Standardized assessment of reading performance" (the table Firefox Reader
 * View uses). Persian and Urdu share Arabic's script and get its speed.
 */
const CHARS_PER_MINUTE: Readonly<Record<string, number>> = {
  ar: 612, fa: 612, ur: 612, zh: 255, nl: 978, en: 987, fi: 1078, fr: 998,
  de: 920, he: 833, it: 950, ja: 357, pl: 916, pt: 913, ru: 986, sl: 885,
  es: 1025, sv: 917, tr: 1054,
};
const DEFAULT_CPM = 987;

/** Whole minutes (at least 1) to read `charCount` characters in `lang` (primary subtag). */
export function readingMinutes(charCount: number, lang: string | null): number {
  const cpm = (lang && CHARS_PER_MINUTE[lang]) || DEFAULT_CPM;
  return Math.max(1, Math.round(charCount / cpm));
}
