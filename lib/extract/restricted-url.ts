/**
 * Pages an extension cannot (or must not) read: browser-internal schemes, the
 * extension stores, the built-in PDF viewer and view-source. Anything that is not
 * plain http(s) is restricted; `file:` is restricted too because reading it needs
 * the user's explicit "Allow access to file URLs".
 */

// Stores where browsers forbid content scripts; matched on the exact host.
const STORE_PAGES: ReadonlyArray<{ host: string; pathPrefix: string }> = [
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
];

/** True when `url` is not an ordinary web page the reader may open. */
export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((s) => s.host === host && parsed.pathname.startsWith(s.pathPrefix))) {
    return true;
  }
  // Chrome shows PDFs in an extension-backed viewer; the page DOM is not the document.
  return /\.pdf$/i.test(parsed.pathname);
}
