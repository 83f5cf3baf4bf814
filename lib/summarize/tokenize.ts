import { normalizeArabic } from './normalize-arabic';

const WORD = /[\p{L}\p{N}]+/gu;
// Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) only fold to real letters under NFKC;
// NFKC costs time, so it runs only when such characters are present.
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Lowercased, Arabic-normalized word tokens (maximal runs of letters or digits). */
export function tokenize(text: string): string[] {
  const folded = PRESENTATION_FORMS.test(text) ? text.normalize('NFKC') : text;
  return normalizeArabic(folded.toLowerCase()).match(WORD) ?? [];
}
