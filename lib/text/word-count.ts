import { NON_WORD } from './char-classes';

// Scripts written without spaces between words: their runs go to the word
// segmenter; everything else is counted as runs of word characters (anything but
// space, punctuation and symbols), joined by an apostrophe or a zero-width non-joiner,
// which is exact for Arabic, Latin, Cyrillic… and far cheaper than segmenting the whole
// text (measured: ~14 ms vs 0.2 ms on 8,000 characters). Explicit ranges, not Unicode
// property escapes: see char-classes.ts.
// Thai and Lao, Myanmar, Khmer, CJK radicals, 々 〇, kana, CJK ideographs, half-width kana.
const UNSPACED = /[\u0e01-\u0edf\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3005\u3007\u3041-\u30ff\u31f0-\u31ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]+/g;
const WORD = new RegExp(`[^'’\u200c${NON_WORD}]+(?:['’\u200c][^'’\u200c${NON_WORD}]+)*`, 'g');

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
