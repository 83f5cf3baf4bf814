import { browser } from '#imports';
import type { StopWordListReader } from '@/lib/summarize/load-stop-words';

/**
 * Reads a stop-word list shipped as an extension asset (`public/stopwords/`), for the
 * background, which makes every summary.
 */
export const fetchStopWordList: StopWordListReader = async (path) => {
  const response = await fetch(browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]));
  return response.ok ? response.text() : null;
};
