/**
 * Reads the popup's query string: `popup.html?tabId=N` works on tab N (tests and the
 * context-menu fallback use it), otherwise the popup works on the active tab.
 */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * Language and direction of the extension's own UI. They come from the messages actually in
 * use (`locale.lang`, `locale.dir` in locales/*.yml), not from the browser's UI locale: a
 * browser in a language we have not translated shows the default (English) strings, and
 * those must not be mirrored. Falls back to the browser's `@@bidi_dir` and UI language.
 */
export function uiLocaleFrom(
  messageLang: string,
  messageDir: string,
  browserLang: string,
  browserDir: string,
): { uiLang: string; uiDir: 'rtl' | 'ltr' } {
  const uiLang = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(messageLang) ? messageLang : browserLang || 'en';
  const dir = messageDir === 'rtl' || messageDir === 'ltr' ? messageDir : browserDir;
  return { uiLang, uiDir: dir === 'rtl' ? 'rtl' : 'ltr' };
}
