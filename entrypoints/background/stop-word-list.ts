import { stopWordListPath } from '@/lib/summarize/stop-word-list-path';
import { fetchStopWordList } from '../popup/fetch-stop-word-list';

/**
 * The stop-word list of `lang` for the overlay, which cannot fetch extension assets itself
 * without making them web-accessible; null for built-in and uncovered languages. The path
 * comes from the language table, never from the message.
 */
export function stopWordListFor(lang: string): Promise<string | null> {
  const path = stopWordListPath(lang);
  return path === null ? Promise.resolve(null) : fetchStopWordList(path);
}
