import { resolveLanguage, summarize } from '@/lib/summarize';
import { loadStopWords } from '@/lib/summarize/load-stop-words';
import { fetchStopWordList } from '../popup/fetch-stop-word-list';

/**
 * The overlay's summary, made here rather than in the content script: the summarizer and
 * its lists load once in the background instead of being injected into every page, and the
 * background can read the stop-word assets, which a content script cannot without making
 * them web-accessible. Same inputs, same result as the popup's summary.
 */
export async function summarizeForOverlay(data: { text: string; lang: string | null; sentences: number }): Promise<string[]> {
  const stopWords = await loadStopWords(resolveLanguage(data.text, data.lang), fetchStopWordList);
  return summarize(data.text, { lang: data.lang, sentences: data.sentences, stopWords });
}
