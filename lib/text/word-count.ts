let segmenter: Intl.Segmenter | null = null;

/**
 * Number of words in `text`. Uses the Unicode word segmenter, so Arabic words
 * joined by letters like و count as the words the page shows, and Chinese or
 * Japanese text without spaces is counted by its words, not as one run.
 */
export function countWords(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
