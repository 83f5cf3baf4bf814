import ar from './stopword-data/ar';
import en from './stopword-data/en';
import { primaryLanguage } from './primary-language';
import { STOPWORD_LANGUAGES } from './stopword-data/languages';
import { tokenize } from './tokenize';

export { primaryLanguage };

// Arabic and English ship inside every bundle that summarizes, so the common case needs no
// loading; the other stopwords-iso languages are extension assets that `loadStopWords`
// reads on demand and registers here, which keeps the 58-language list out of every bundle.
const BUILT_IN: Readonly<Record<string, string>> = { ar, en };

const EMPTY: ReadonlySet<string> = new Set();
const folded = new Map<string, ReadonlySet<string>>();
const registered = new Map<string, string>();

/**
 * Folds published entries (one per line) exactly like scoring tokens, so lookups match. An
 * entry that tokenizes into several words (rare multi-word entries) is left out rather than
 * split, to avoid dropping content words.
 */
function foldEntries(entries: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const entry of entries.split('\n')) {
    const tokens = tokenize(entry);
    if (tokens.length === 1 && tokens[0]) words.add(tokens[0]);
  }
  return words;
}

function rawEntries(code: string): string | undefined {
  return Object.hasOwn(BUILT_IN, code) ? BUILT_IN[code] : registered.get(code);
}

/** Whether stopwords-iso lists the language (by primary subtag), loaded or not. */
export function hasStopWords(lang: string): boolean {
  return STOPWORD_LANGUAGES.has(primaryLanguage(lang));
}

/**
 * Whether the list of `lang` can be used synchronously: it is built in (Arabic, English) or
 * `loadStopWords` has loaded it. Languages without a list count as ready (they have none).
 */
export function stopWordsReady(lang: string): boolean {
  const code = primaryLanguage(lang);
  return !STOPWORD_LANGUAGES.has(code) || rawEntries(code) !== undefined;
}

/**
 * Makes the published entries of `lang` available to the synchronous lookups; used by the
 * lazy loader, which must not be imported by bundles that only need the built-in lists.
 */
export function registerStopWords(lang: string, entries: string): ReadonlySet<string> {
  const code = primaryLanguage(lang);
  if (rawEntries(code) === undefined) registered.set(code, entries);
  return stopWordsFor(code);
}

/**
 * The folded stop-word set of `lang` for hot loops: the built-in or loaded list, empty for
 * languages stopwords-iso does not cover and for lists not loaded yet.
 */
export function stopWordsFor(lang: string): ReadonlySet<string> {
  const code = primaryLanguage(lang);
  let set = folded.get(code);
  if (!set) {
    const entries = rawEntries(code);
    if (entries === undefined) return EMPTY;
    set = foldEntries(entries);
    folded.set(code, set);
  }
  return set;
}

/**
 * Whether `token` is a stop word of `lang` (a BCP-47 tag or primary subtag), comparing
 * after the same folding used for scoring (lowercase, Arabic normalization). Languages
 * stopwords-iso does not cover have no stop words; lists other than Arabic and English
 * answer only once `loadStopWords` has loaded them.
 */
export function isStopWord(token: string, lang: string): boolean {
  const folded = tokenize(token);
  return folded.length === 1 && stopWordsFor(lang).has(folded[0] as string);
}
