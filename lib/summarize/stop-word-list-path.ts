import { primaryLanguage } from './primary-language';
import { STOPWORD_LANGUAGES } from './stopword-data/languages';

/** Languages whose lists are bundled with the summarizer rather than loaded on demand. */
export const BUILT_IN_STOPWORD_LANGUAGES: readonly string[] = ['ar', 'en'];

/**
 * The extension path of the stop-word list of `lang` (`/stopwords/fr.txt`), or null when
 * there is none to load: the language is built in or not covered. Only codes from the
 * generated language table ever make a path, since `lang` comes from the page.
 */
export function stopWordListPath(lang: string | null | undefined): string | null {
  const code = primaryLanguage(lang);
  if (!STOPWORD_LANGUAGES.has(code) || BUILT_IN_STOPWORD_LANGUAGES.includes(code)) return null;
  return `/stopwords/${code}.txt`;
}
