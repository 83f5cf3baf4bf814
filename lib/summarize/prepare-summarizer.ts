import type { SummarizeOptions } from './index';

type SummarizerChunk = typeof import('./summarizer-chunk');

let chunk: SummarizerChunk | undefined;

/**
 * Loads the summarizer chunk and the stop-word list of the text's language, so that
 * {@link summarizeIfReady} can answer synchronously. Pages call it while the article is
 * being extracted: the popup then starts without the summarizer and still renders the
 * summary in the same frame as the article.
 */
export async function prepareSummarizer(text: string, lang?: string | null): Promise<void> {
  const loaded = await import('./summarizer-chunk');
  await loaded.loadStopWords(loaded.resolveLanguage(text, lang));
  chunk = loaded;
}

/**
 * The summary of `text` (as `summarize` gives it) once {@link prepareSummarizer} has loaded
 * what it needs, otherwise null — never a summary made without the language's stop words.
 */
export function summarizeIfReady(text: string, opts: SummarizeOptions = {}): string[] | null {
  if (!chunk || !chunk.stopWordsReady(chunk.resolveLanguage(text, opts.lang))) return null;
  return chunk.summarize(text, opts);
}
