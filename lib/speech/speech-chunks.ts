import { splitSentences } from '@/lib/summarize/split-sentences';

/** Longest piece handed to the speech engine at once; some engines cut long utterances off. */
const MAX_CHARS = 280;
const SOFT_BREAK = /[,،;؛:]\s/gu;

/** Splits an over-long sentence at its last clause break (or space) before the limit. */
function splitLong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while ([...rest].length > MAX_CHARS) {
    const window = rest.slice(0, MAX_CHARS);
    let cut = -1;
    SOFT_BREAK.lastIndex = 0;
    for (let m = SOFT_BREAK.exec(window); m; m = SOFT_BREAK.exec(window)) cut = m.index + 1;
    if (cut < MAX_CHARS / 3) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_CHARS;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * What read-aloud speaks, in order: the title, then the body's sentences (the same
 * splitter as the summary, so Arabic ؟ and glued sentences are handled), long ones cut at a
 * clause break. Each chunk is a verbatim piece of the title or text, so it can be found again
 * in the rendered article to highlight it.
 */
export function speechChunks(title: string, text: string, lang: string | null): string[] {
  const sentences = [title.trim(), ...splitSentences(text, lang)].filter((s) => /[\p{L}\p{N}]/u.test(s));
  return sentences.flatMap(splitLong);
}
