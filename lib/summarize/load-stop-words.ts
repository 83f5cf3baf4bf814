import { primaryLanguage } from './primary-language';
import { registerStopWords, stopWordsFor, stopWordsReady } from './stop-words';
import { stopWordListPath } from './stop-word-list-path';

/**
 * Reads one stop-word list given its extension path (`/stopwords/fr.txt`): the entries as
 * published, one per line, or null when it cannot be had. Each context brings its own —
 * extension pages fetch the asset, the overlay asks the background, Node reads `public/` —
 * so this module stays free of browser APIs.
 */
export type StopWordListReader = (path: string) => Promise<string | null>;

/**
 * The folded stop-word set of `lang` (a BCP-47 tag or primary subtag). Arabic and English
 * are built in; any other stopwords-iso language is read once with `read` and kept. Resolves
 * to an empty set for languages the package does not cover, and when `read` finds nothing.
 */
export async function loadStopWords(lang: string, read: StopWordListReader): Promise<ReadonlySet<string>> {
  const code = primaryLanguage(lang);
  const path = stopWordListPath(code);
  if (stopWordsReady(code) || path === null) return stopWordsFor(code);
  const entries = await read(path);
  return entries === null ? stopWordsFor(code) : registerStopWords(code, entries);
}
