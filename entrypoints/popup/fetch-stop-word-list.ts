import { browser } from '#imports';
import type { StopWordListReader } from '@/lib/summarize/load-stop-words';

/**
 * Reads a stop-word list shipped as an extension asset (`public/stopwords/`), for the popup,
 * the reader tab and the background (which summarizes for the overlay).
 */
export const fetchStopWordList: StopWordListReader = async (path) => {
  const response = await fetch(browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]));
  return response.ok ? response.text() : null;
};
