import { resolveLanguage } from './detect-language';
import { rankSentences } from './rank-sentences';
import { splitSentences } from './split-sentences';
import { stopWordsFor } from './stop-words';

export { normalizeArabic } from './normalize-arabic';
export { hasStopWords, isStopWord, stopWordsReady } from './stop-words';
export { splitSentences } from './split-sentences';
export { resolveLanguage } from './detect-language';

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** BCP-47 tag or primary subtag of the text; null or absent to detect from the script. */
  lang?: string | null;
  /** How many sentences to return: default 3, clamped to 1–5. */
  sentences?: number;
  /**
   * The folded stop words of the text's language, as `loadStopWords` resolves them; absent
   * to use the built-in (Arabic, English) or already loaded list of the resolved language.
   */
  stopWords?: ReadonlySet<string>;
}

const DEFAULT_SENTENCES = 3;

function clampCount(count: number | undefined): number {
  if (count === undefined || !Number.isFinite(count)) return DEFAULT_SENTENCES;
  return Math.min(5, Math.max(1, Math.round(count)));
}

/**
 * An extractive summary of plain text (paragraphs separated by newlines): the chosen
 * sentences in document order, each exactly as written in the text. Deterministic,
 * offline, and never empty when the text has a sentence. Works for any language; Arabic
 * and English get normalization and stop words tuned for them, other languages get the
 * stopwords-iso list when it has one — pass `stopWords: await loadStopWords(lang, read)`
 * (from `./load-stop-words`) for those, since their lists are loaded on demand.
 */
export function summarize(text: string, opts: SummarizeOptions = {}): string[] {
  const lang = resolveLanguage(text, opts.lang);
  const sentences = splitSentences(text, lang);
  const chosen = rankSentences(sentences, clampCount(opts.sentences), opts.stopWords ?? stopWordsFor(lang));
  return chosen.map((i) => sentences[i] as string);
}
