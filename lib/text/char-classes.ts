/**
 * Character classes written as explicit ranges, for the patterns that run on every
 * article. A Unicode property escape (`\p{L}`) is exact but makes a fresh page's engine
 * load and expand Unicode tables the first time it compiles one — about a millisecond per
 * pattern in a new renderer, paid on every injection. These ranges cover what news text
 * holds; a rare symbol outside them is taken for a letter, which errs toward keeping text.
 */

/**
 * Space, punctuation, symbols and controls: ASCII and Latin-1, Greek, Cyrillic, Hebrew
 * and Arabic-script punctuation and signs (، ؛ ؟ ٪ ٫ ٬ ۔ ﴾ ﴿), general punctuation,
 * currency, letterlike and technical symbols, arrows, shapes, dingbats, CJK and full-width
 * punctuation, variation selectors, and everything outside the BMP (emoji). Agrees with \p{P}|\p{S}|\p{Z}|\p{C} on every assigned character of those
 * blocks (see char-classes.test.ts).
 */
// Written as a pattern literal (one backslash per escape, not two), kept as its source.
// Surrogate halves on purpose: without the u flag each half of an emoji is a symbol.
// eslint-disable-next-line no-misleading-character-class
export const NON_WORD = /[\s!-/:-@[-`{-~\u007f-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u0375\u037e\u0384\u0385\u0387\u03f6\u0482\u05be\u05c0\u05c3\u05c6\u05f3\u05f4\u0600-\u060f\u061b-\u061f\u066a-\u066d\u06d4\u06dd\u06de\u06e9\u06fd\u06fe\ufd3e\ufd3f\u2000-\u206f\u20a0-\u20cf\u2100-\u2bff\u2e00-\u2e7f\u3000-\u3004\u3008-\u3020\u3030\u3036\u3037\u303d-\u303f\ufe00-\ufe19\ufe30-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ud800-\udfff]/.source.slice(1, -1);

/** Digits: ASCII, Arabic-Indic and extended (Persian/Urdu) Arabic-Indic. */
export const DIGITS = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';

/** Combining marks: Latin diacritics, Hebrew points, Arabic harakat and Quranic marks. */
export const MARKS = '\\u0300-\\u036f\\u0591-\\u05c7\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed';

// Surrogate halves on purpose: without the u flag each half of an emoji is a symbol.
// eslint-disable-next-line no-misleading-character-class
const NON_WORD_RUN = new RegExp(`[${NON_WORD}]+`, 'g');

/** `s` with punctuation, symbols and space runs folded to one space, lower-cased: for comparing titles. */
export function foldPunctuation(s: string): string {
  return s.replace(NON_WORD_RUN, ' ').trim().toLowerCase();
}
