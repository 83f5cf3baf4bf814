import { DIGITS, MARKS, NON_WORD } from '../text/char-classes';
import type { TextDirection } from './types';

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and their
// presentation forms. Strong left-to-right: any other letter outside those blocks.
const STRONG_RTL = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
// Space, punctuation, symbols, digits and combining marks: what is left are letters.
const NOT_LETTER = new RegExp(`[${NON_WORD}${DIGITS}${MARKS}]+`, 'g');

/** Counts of strong right-to-left and left-to-right letters in `text`. */
export function strongLetterCounts(text: string): { rtl: number; ltr: number } {
  // A share is all we need: 20,000 characters say as much as a whole book, and
  // counting by deletion avoids an array with one entry per letter.
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.replace(NOT_LETTER, '');
  const rtl = letters.length - letters.replace(STRONG_RTL, '').length;
  return { rtl, ltr: letters.length - rtl };
}

/**
 * Direction from the share of strong letters: RTL when at least 40% of the
 * strong letters are right-to-left (an English story quoting one Arabic name
 * stays LTR; an Arabic story with English brand names stays RTL).
 * Returns null when the text has too few letters to say.
 */
export function directionFromText(text: string): TextDirection | null {
  return directionFromCounts(strongLetterCounts(text));
}

function directionFromCounts({ rtl, ltr }: { rtl: number; ltr: number }): TextDirection | null {
  if (rtl + ltr < 20) return null;
  return rtl / (rtl + ltr) >= 0.4 ? 'rtl' : 'ltr';
}

/** Parses a `dir` attribute value; `auto` and junk give null. */
export function parseDir(value: string | null | undefined): TextDirection | null {
  const v = value?.trim().toLowerCase();
  return v === 'rtl' || v === 'ltr' ? v : null;
}

export interface DirectionSignals {
  /** `dir` attribute on html/body/main/article or the article container, nearest first. */
  attribute: TextDirection | null;
  /** Computed CSS direction of the article area on the live page, when it is rtl. */
  computed: TextDirection | null;
  /** Whether the page's declared language is right-to-left (null: none declared). */
  languageIsRtl: boolean | null;
  /** The article's plain text. */
  text: string;
}

/**
 * Chooses the article direction in the order: dir attribute, computed CSS
 * direction, declared language, share of strong letters. One signal is never
 * trusted against overwhelming evidence: when 85% or more of at least 200 strong
 * letters run the other way, the text wins (a page declaring `dir="ltr"` around
 * Arabic prose is a template mistake, not an LTR article).
 */
export function chooseDirection(signals: DirectionSignals): TextDirection {
  const declared =
    signals.attribute ??
    signals.computed ??
    (signals.languageIsRtl === null ? null : signals.languageIsRtl ? 'rtl' : 'ltr');
  const counts = strongLetterCounts(signals.text);
  if (!declared) return directionFromCounts(counts) ?? 'ltr';
  const { rtl, ltr } = counts;
  const total = rtl + ltr;
  if (total >= 200) {
    if (declared === 'ltr' && rtl / total >= 0.85) return 'rtl';
    if (declared === 'rtl' && ltr / total >= 0.85) return 'ltr';
  }
  return declared;
}
