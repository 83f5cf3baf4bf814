import { primaryLanguage } from './primary-language';

/** A sentence as a [start, end) span of one paragraph. */
interface Span {
  start: number;
  end: number;
}

const TERMINATOR = '.!?\u061F\u06D4\u2026'; // . ! ? ؟ ۔ …
const CLOSERS = '"\'\u201D\u2019\u00BB)\\]';
const OPENERS = '"\'\u201C\u2018\u00AB(\\[';
// A sentence glued to the next with no space: a word of 2+ letters or digits, a terminator,
// optional closers, then a capitalised word (Latin-style scripts) or a caseless-script letter
// (Arabic, Hebrew…). Lowercase after the dot is left alone: that is a domain or a file name.
const GLUED = new RegExp(
  `(?<=[\\p{L}\\p{N}]{2}[${TERMINATOR}]+[${CLOSERS}]*)(?=[${OPENERS}]?(?:\\p{Lu}\\p{Ll}|\\p{Lo}))`,
  'gu',
);
// Fallback boundaries when Intl.Segmenter is missing: terminators, closers, then spaces.
const SPACED_BOUNDARY = new RegExp(`(?<=[${TERMINATOR}]+[${CLOSERS}]*\\s+)(?=\\S)`, 'gu');
const URL_LIKE = /^(?:[\w+.-]+:\/\/|www\.)|@|\.(?:com|org|net|html?|php)\b/i;
const WORD = /[\p{L}\p{N}]+/gu;
// Titles and Latin abbreviations that are followed by more of the same sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'sr', 'jr', 'vs', 'vol', 'fig', 'pp', 'approx',
  'cf', 'viz', 'eg', 'ie', 'dept',
]);
const MIN_TOKENS = 3;
const MAX_MERGED_CHARS = 600;

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string): Intl.Segmenter | null {
  if (!segmenters.has(lang)) {
    let segmenter: Intl.Segmenter | null = null;
    if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      try {
        segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
      } catch {
        // An invalid language tag must not cost us sentence splitting.
        segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
      }
    }
    segmenters.set(lang, segmenter);
  }
  return segmenters.get(lang) ?? null;
}

function cutsAt(text: string, pattern: RegExp): number[] {
  const cuts: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    cuts.push(m.index);
    pattern.lastIndex = m.index + 1;
  }
  return cuts;
}

function baseSpans(paragraph: string, lang: string): Span[] {
  const segmenter = segmenterFor(lang);
  if (segmenter) {
    return Array.from(segmenter.segment(paragraph), (s) => ({
      start: s.index,
      end: s.index + s.segment.length,
    }));
  }
  return spansFromCuts(paragraph.length, cutsAt(paragraph, SPACED_BOUNDARY), 0);
}

function spansFromCuts(end: number, cuts: number[], start: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (const cut of cuts) {
    if (cut > from && cut < end) {
      spans.push({ start: from, end: cut });
      from = cut;
    }
  }
  spans.push({ start: from, end });
  return spans;
}

/** The whitespace-delimited word around `index`, to recognise URLs and e-mail addresses. */
function wordAround(text: string, index: number): string {
  let a = index;
  let b = index;
  while (a > 0 && !/\s/.test(text[a - 1] as string)) a--;
  while (b < text.length && !/\s/.test(text[b] as string)) b++;
  return text.slice(a, b);
}

function lastWordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{M}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return m?.[1] ?? '';
}

// Cheap pre-check: a terminator followed by something other than space or more closers.
const MAYBE_GLUED = new RegExp(`[${TERMINATOR}][${CLOSERS}]*[^\\s${TERMINATOR}${CLOSERS}]`, 'u');

function splitGlued(paragraph: string, span: Span): Span[] {
  const piece = paragraph.slice(span.start, span.end);
  if (!MAYBE_GLUED.test(piece)) return [span];
  const cuts = cutsAt(piece, GLUED)
    .map((cut) => cut + span.start)
    .filter((cut) => {
      if (URL_LIKE.test(wordAround(paragraph, cut - 1))) return false;
      const before = lastWordBefore(paragraph, cut).toLowerCase();
      return !ABBREVIATIONS.has(before);
    });
  return spansFromCuts(span.end, cuts, span.start);
}

/** Whether the text has fewer than `n` words, counting no further than needed. */
function hasFewerWords(text: string, n: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < n && WORD.exec(text)) count++;
  return count < n;
}

/**
 * Whether a span ends in an abbreviation that continues the sentence: a title (Mr., Dr.),
 * an initial (J., د.) or e.g./i.e. A single letter after a number is a unit or an era
 * marker (1827 م., 5 p.) and really ends the sentence. Initialisms such as U.S. are left
 * to the segmenter, which only breaks after them before a capital.
 */
function endsInAbbreviation(text: string): boolean {
  // Only the tail matters; anchoring a regex at the end of a long span would rescan it all.
  const trimmed = text.slice(-48).trimEnd();
  const truncated = text.length > 48;
  const m = /(?:[\p{L}\p{M}\u0640]+\.)+$/u.exec(trimmed);
  if (!m || (m.index === 0 && truncated)) return false;
  const before = trimmed.slice(0, m.index);
  if (/[\p{N}.]$/u.test(before)) return false;
  const parts = m[0].split('.').filter(Boolean).map((p) => p.replace(/[\p{M}\u0640]/gu, ''));
  const [only] = parts;
  if (parts.length === 1 && only !== undefined && [...only].length === 1) {
    return !/\p{N}\s*$/u.test(before);
  }
  return ABBREVIATIONS.has(parts.join('').toLowerCase());
}

function startsLowercase(text: string): boolean {
  return /^[^\p{L}\p{N}]*\p{Ll}/u.test(text);
}

/** Open brackets or quotes minus closed ones; straight quotes count by parity. */
function openBalance(text: string): number {
  let balance = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '\u00AB' || ch === '\u201C') balance++;
    else if (ch === ')' || ch === ']' || ch === '\u00BB' || ch === '\u201D') balance--;
    else if (ch === '"') straight++;
  }
  return balance + (straight % 2);
}

function mergeSpans(paragraph: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const prev = merged[merged.length - 1];
    const text = paragraph.slice(span.start, span.end);
    if (prev) {
      const prevText = paragraph.slice(prev.start, prev.end);
      const joinable = span.end - prev.start <= MAX_MERGED_CHARS;
      if (
        joinable &&
        (hasFewerWords(prevText, MIN_TOKENS) ||
          endsInAbbreviation(prevText) ||
          startsLowercase(text) ||
          openBalance(prevText) > 0)
      ) {
        prev.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }
  // A short fragment at the end of a paragraph joins the sentence before it.
  const last = merged[merged.length - 1];
  const beforeLast = merged[merged.length - 2];
  if (last && beforeLast && hasFewerWords(paragraph.slice(last.start, last.end), MIN_TOKENS)) {
    beforeLast.end = last.end;
    merged.pop();
  }
  return merged;
}

/**
 * Splits plain text (paragraphs separated by newlines) into sentences, each returned
 * trimmed and exactly as written. Newlines always end a sentence. Within a paragraph,
 * Intl.Segmenter proposes boundaries and rules correct it: sentences glued with no space
 * after the terminator are split ("تركيا.واجتمع"), while numbers (3.5), initialisms (U.S.),
 * URLs, titles (Mr., د.), quoted or bracketed passages and fragments under three words are
 * kept with their sentence. ؟ ends a sentence; ، and ؛ do not.
 */
export function splitSentences(text: string, lang?: string | null): string[] {
  const code = primaryLanguage(lang);
  const sentences: string[] = [];
  for (const paragraph of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
    if (!/[\p{L}\p{N}]/u.test(paragraph)) continue;
    const spans = baseSpans(paragraph, code).flatMap((span) => splitGlued(paragraph, span));
    for (const span of mergeSpans(paragraph, spans)) {
      const sentence = paragraph.slice(span.start, span.end).trim();
      if (sentence) sentences.push(sentence);
    }
  }
  return sentences;
}
