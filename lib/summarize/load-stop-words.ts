import { registerStopWords, primaryLanguage, stopWordsFor, stopWordsReady } from './stop-words';
import { STOPWORD_LOADERS } from './stopword-data/loaders';

/**
 * The folded stop-word set of `lang` (a BCP-47 tag or primary subtag), loading its list
 * first when it is not built in: each stopwords-iso language is its own module, fetched
 * with `import()` only when an article in that language is summarized. Resolves to an
 * empty set for languages the package does not cover. Bundles that cannot split chunks
 * (content scripts) should not import this module, or they would inline every list.
 */
export async function loadStopWords(lang: string): Promise<ReadonlySet<string>> {
  const code = primaryLanguage(lang);
  if (stopWordsReady(code)) return stopWordsFor(code);
  if (!Object.hasOwn(STOPWORD_LOADERS, code)) return stopWordsFor(code);
  const { default: entries } = await (STOPWORD_LOADERS[code] as () => Promise<{ default: string }>)();
  return registerStopWords(code, entries);
}
