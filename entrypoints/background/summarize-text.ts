import { resolveLanguage, summarize } from '@/lib/summarize';
import { loadStopWords } from '@/lib/summarize/load-stop-words';
import type { SummaryRequest } from '@/lib/summary-requests';
import { fetchStopWordList } from './fetch-stop-word-list';

/**
 * Every surface's summary (popup, reader tab, overlay) is made here: the summarizer and its
 * stop-word lists load once in the background instead of in each page or, for the overlay,
 * in every page the content script runs on; and the background can read the stop-word
 * assets, which a content script cannot without making them web-accessible.
 */
export async function summarizeText(data: SummaryRequest): Promise<string[]> {
  const stopWords = await loadStopWords(resolveLanguage(data.text, data.lang), fetchStopWordList);
  return summarize(data.text, { lang: data.lang, sentences: data.sentences, stopWords });
}
