import path from 'node:path';

/** Host of the fallback URL: a loopback address, so nobody mistakes it for the real site. */
const FALLBACK_ORIGIN = 'http://127.0.0.1';

const TAG_RE = /<(link|meta)\b[^>]*>/gi;
const ATTR_RE = /([^\s=/>"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  // Skip the tag name itself; attribute names are case-insensitive, values are kept as written.
  for (const m of tag.replace(/^<\w+/, '').matchAll(ATTR_RE)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/gi, '&')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

/**
 * An absolute http(s) URL whose path is not the root (the pipeline refuses home pages), or
 * null. A URL with U+FFFD came from bytes that were not UTF-8 and cannot be trusted.
 */
export function articleUrlOrNull(href: string): string | null {
  const value = decodeEntities(href.trim());
  if (value.includes('\uFFFD')) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.pathname === '/' || url.pathname === '') return null;
  return url.href;
}

/** The page's own URL from `<link rel=canonical>`, else `og:url`, when usable. */
export function declaredPageUrl(html: string): string | null {
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG_RE)) {
    const attrs = attributes(m[0]);
    if (m[1]!.toLowerCase() === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (!canonical && rel.includes('canonical')) canonical = articleUrlOrNull(attrs.get('href') ?? '');
    } else if (!ogUrl) {
      const key = (attrs.get('property') ?? attrs.get('name') ?? '').toLowerCase();
      if (key === 'og:url') ogUrl = articleUrlOrNull(attrs.get('content') ?? '');
    }
    if (canonical) break;
  }
  return canonical ?? ogUrl;
}

/**
 * The URL a saved page is served at in the harness. The pipeline refuses home pages and
 * non-http(s) URLs, and resolves relative links against the URL, so the page's declared
 * canonical / og:url wins when it is an absolute http(s) article URL; otherwise
 * `http://127.0.0.1/<file name without .gz>`, whose path is never the root.
 */
export function choosePageUrl(html: string, file: string): string {
  const declared = declaredPageUrl(html);
  if (declared) return declared;
  const name = path.basename(file).replace(/\.gz$/i, '') || 'page.html';
  return `${FALLBACK_ORIGIN}/${encodeURIComponent(name)}`;
}
