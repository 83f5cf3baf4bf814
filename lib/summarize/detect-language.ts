import { primaryLanguage } from './primary-language';

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/gu;
const SAMPLE = 4000;

/**
 * The language used for summarizing: the primary subtag of `lang` when given, otherwise
 * 'ar' when most letters of (the start of) the text are Arabic script, else 'en' — the
 * generic Latin-script path, whose stop words do no harm to other languages.
 */
export function resolveLanguage(text: string, lang?: string | null): string {
  const given = primaryLanguage(lang);
  if (given && given !== 'und') return given;
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(LETTER) ?? [];
  const arabic = letters.filter((ch) => ARABIC_LETTER.test(ch)).length;
  return letters.length > 0 && arabic / letters.length >= 0.5 ? 'ar' : 'en';
}
