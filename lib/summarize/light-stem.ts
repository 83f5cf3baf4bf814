// Light stemming (after Larkey et al.'s "light10"): Arabic glues conjunctions, prepositions
// and the article to words (والحكومة, بالحكومة) and adds plural/pronoun suffixes, so the same
// word would not match across sentences without stripping them. Input is already normalized
// (ة → ه, أ → ا). Minimum remaining lengths keep short roots intact.
const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const ARABIC_LETTER = /[\u0621-\u064A]/;

function stemArabic(word: string): string {
  let w = word;
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const p of AR_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of AR_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 2) {
      w = w.slice(0, -s.length);
    }
  }
  return w;
}

/**
 * A light stem of a folded token, for matching words across sentences: Arabic affixes are
 * stripped; in other scripts only a plural "s" is (cars → car, but not glass).
 */
export function lightStem(token: string): string {
  if (ARABIC_LETTER.test(token)) return stemArabic(token);
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}
