import type { SummarizeOptions } from './index';
import type { StopWordListReader } from './load-stop-words';
import { primaryLanguage } from './primary-language';

type SummarizerChunk = typeof import('./summarizer-chunk');

let chunk: SummarizerChunk | undefined;
/** Languages whose stop words have been loaded, or tried and found missing. */
const prepared = new Set<string>();

/**
 * Loads the summarizer chunk and the stop-word list of the text's language (read with
 * `read`), so that {@link summarizeIfReady} can answer synchronously. Pages call it once the
 * article is extracted and before showing it: the popup starts without the summarizer and
 * still renders the summary in the same frame as the article.
 */
export async function prepareSummarizer(text: string, lang: string | null | undefined, read: StopWordListReader): Promise<void> {
  const loaded = await import('./summarizer-chunk');
  const code = loaded.resolveLanguage(text, lang);
  await loaded.loadStopWords(code, read);
  chunk = loaded;
  prepared.add(code);
}

/**
 * The summary of `text` (as `summarize` gives it) once {@link prepareSummarizer} has run
 * for its language, otherwise null. A list that could not be read leaves the summary
 * without stop words rather than without a summary.
 */
export function summarizeIfReady(text: string, opts: SummarizeOptions = {}): string[] | null {
  if (!chunk || !prepared.has(primaryLanguage(chunk.resolveLanguage(text, opts.lang)))) return null;
  return chunk.summarize(text, opts);
}
