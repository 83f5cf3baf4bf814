/**
 * Tokens and 4-gram shingles exactly as the Zyte article-extraction benchmark's
 * `evaluate.py` builds them (see `$BENCH_DIR/extraction/README.md`).
 */

/**
 * Python's Unicode `\w` (letters, digits, underscore). JavaScript's `\w` is ASCII-only even
 * with the `u` flag, so it would find no Arabic, Cyrillic or CJK token at all. Like Python's
 * `\w`, this does not match combining marks (`\p{M}`): Arabic harakat split a word, and that
 * is what the upstream-compatible score must do too.
 */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** The benchmark's tokens: maximal runs of Unicode word characters, case kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Shingle length used by the benchmark. */
export const SHINGLE_SIZE = 4;

/**
 * The multiset of word n-grams of `text`, keyed by the tokens joined with a space (a token
 * never contains a space, so the key is unambiguous). A text with fewer than `n` tokens
 * gives one shorter shingle, and an empty text gives none, as upstream does.
 */
export function shingleCounts(text: string, n: number = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const starts = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < starts; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
