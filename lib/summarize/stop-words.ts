import lists from 'stopwords-iso';
import { tokenize } from './tokenize';

const cache = new Map<string, ReadonlySet<string>>();

/** The primary subtag of a BCP-47 tag, lowercased: "ar-EG" → "ar". */
export function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function stopSet(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    // Entries are folded exactly like scoring tokens so lookups match; an entry that
    // tokenizes into several words (rare multi-word entries) contributes each of them
    // only when it is a single token, to avoid dropping content words.
    const words = new Set<string>();
    for (const entry of lists[lang] ?? []) {
      const tokens = tokenize(entry);
      if (tokens.length === 1 && tokens[0]) words.add(tokens[0]);
    }
    set = words;
    cache.set(lang, set);
  }
  return set;
}

/** Whether stopwords-iso lists the language (by primary subtag). */
export function hasStopWords(lang: string): boolean {
  return Object.hasOwn(lists, primaryLanguage(lang));
}

/**
 * Whether `token` is a stop word of `lang` (a BCP-47 tag or primary subtag), comparing
 * after the same folding used for scoring (lowercase, Arabic normalization). Languages
 * stopwords-iso does not cover have no stop words.
 */
export function isStopWord(token: string, lang: string): boolean {
  const code = primaryLanguage(lang);
  if (!Object.hasOwn(lists, code)) return false;
  const folded = tokenize(token);
  return folded.length === 1 && stopSet(code).has(folded[0] as string);
}

/** The folded stop-word set of `lang` (empty for uncovered languages), for hot loops. */
export function stopWordsFor(lang: string): ReadonlySet<string> {
  const code = primaryLanguage(lang);
  return Object.hasOwn(lists, code) ? stopSet(code) : new Set();
}
