/**
 * The name of language `code` in the UI language ("Arabic" in English, "العربية" in
 * Arabic), or null when the code is missing or the engine cannot name it.
 */
export function languageName(code: string | null | undefined, uiLang: string): string | null {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames([uiLang], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}
