/** Language and script helpers: BCP-47 primary subtags and script-based guesses. */

/** Languages written right to left (primary subtags), per CLDR. */
const RTL_LANGS = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'ji', 'dv', 'ckb', 'ku-arab']);

/**
 * The primary subtag of a BCP-47 tag, lower-cased: "ar-EG" → "ar", "en_US" → "en".
 * Returns null for empty or malformed tags (never a substring match: "kar" is not "ar").
 */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const first = tag.trim().split(/[-_,;\s]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(first) ? first : null;
}

/** True when the tag names a right-to-left language (ku-Arab, ckb included). */
export function isRtlLanguage(tag: string | null | undefined): boolean {
  if (!tag) return false;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (/^ku-arab\b/.test(lower)) return true;
  const primary = primaryLanguage(lower);
  return primary !== null && primary !== 'ku' && RTL_LANGS.has(primary);
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const PERSIAN_LETTERS = /[پچژگکی]/g;
const URDU_LETTERS = /[ٹڈڑںھےۓ]/g;
const HEBREW_SCRIPT = /[\u0590-\u05FF\uFB1D-\uFB4F]/g;

/** How many characters of `text` match `re` (a /g class), without an array of matches. */
function count(text: string, re: RegExp): number {
  return text.length - text.replace(re, '').length;
}

/**
 * A guess at the language of right-to-left text from its letters alone:
 * Hebrew script → he; Arabic script with Urdu-only letters → ur, with
 * Persian-only letters → fa, else ar. Returns null for text that is not
 * mostly in one of those scripts.
 */
export function guessRtlLanguage(sample: string): string | null {
  const arabic = count(sample, ARABIC_SCRIPT);
  const hebrew = count(sample, HEBREW_SCRIPT);
  if (hebrew > arabic && hebrew >= 20) return 'he';
  if (arabic < 20) return null;
  const urdu = count(sample, URDU_LETTERS);
  if (urdu / arabic > 0.01) return 'ur';
  const persian = count(sample, PERSIAN_LETTERS);
  return persian / arabic > 0.02 ? 'fa' : 'ar';
}
