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

/** The UI direction for a locale; `@@bidi_dir` is preferred when the browser provides it. */
export function uiDirFor(bidiDir: string | undefined, locale: string): 'rtl' | 'ltr' {
  if (bidiDir === 'rtl' || bidiDir === 'ltr') return bidiDir;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'ug', 'sd'].includes(primary) ? 'rtl' : 'ltr';
}
