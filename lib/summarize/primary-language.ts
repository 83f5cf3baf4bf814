/**
 * The primary subtag of a BCP-47 tag, lowercased: "ar-EG" → "ar". Its own module so that the
 * sentence splitter (also used by read aloud) does not pull the stop-word lists into a bundle.
 */
export function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
