/**
 * Arabic orthographic normalization for scoring only — never for display.
 *
 * Writers (and summary corpora) disagree on hamza seats, final yaa and taa marbuta, and
 * sprinkle diacritics and tatweel; folding them makes the same word compare equal.
 */

const HAS_ARABIC = /[\u0600-\u06FF]/;

/** The folded form of one UTF-16 unit of the Arabic block: '' to drop it, null to keep it. */
function fold(code: number): string | null {
  // Tashkeel, Quranic annotation marks, superscript alef and tatweel carry no lexical identity.
  if (
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640
  ) {
    return '';
  }
  // Alef with madda, hamza above/below, wasla and the wavy-hamza alefs all become bare alef.
  if (code === 0x0622 || code === 0x0623 || code === 0x0625 || (code >= 0x0671 && code <= 0x0673)) {
    return '\u0627';
  }
  if (code === 0x0649) return '\u064A'; // alef maqsura → yaa
  if (code === 0x0629) return '\u0647'; // taa marbuta → haa
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian digits
  return null;
}

/**
 * Folds Arabic letter variants so that spelling differences do not split one word in two:
 * hamza/alef forms (أ إ آ ٱ) → ا, ى → ي, ة → ه, tashkeel (U+064B–065F, U+0670,
 * U+0610–061A, U+06D6–06ED) and tatweel removed, Arabic-Indic and Persian digits → 0–9.
 * Text without Arabic-block characters is returned unchanged.
 */
export function normalizeArabic(s: string): string {
  if (!HAS_ARABIC.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x0610 || code > 0x06f9) continue;
    const folded = fold(code);
    if (folded === null) continue;
    out += s.slice(from, i) + folded;
    from = i + 1;
  }
  return out + s.slice(from);
}
