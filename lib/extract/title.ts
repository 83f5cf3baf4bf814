import { foldPunctuation } from '../text/char-classes';
import { normalizedText } from './dom-metrics';

/** Between a story's title and the site's name in a page title: "Title | Site", "Site - Title". */
export const SEPARATORS = /\s+[|\-–—:·•»«/\\]\s+/;

const fold = foldPunctuation;

/** Removes a leading or trailing site name ("Title | Site", "Site - Title"). */
function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const site = siteName ? fold(siteName) : '';
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (site && fold(last) === site) return title.slice(0, title.length - last.length).replace(/[\s|\-–—:·•»«/\\]+$/, '');
  if (site && fold(first) === site) return title.slice(first.length).replace(/^[\s|\-–—:·•»«/\\]+/, '');
  return title;
}

/**
 * The article's title as plain text. Prefers the page's own `<h1>` when the
 * metadata title (og:title, JSON-LD, `<title>`) contains it — the metadata
 * often carries the site name or a section — else the metadata title with a
 * site name at either end removed.
 */
export function chooseTitle(doc: Document, metadataTitle: string | null, siteName: string | null): string {
  const meta = (metadataTitle ?? '').replace(/\s+/g, ' ').trim();
  const metaFold = fold(meta);
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, 5)) {
    const text = normalizedText(h1);
    if (text.length < 2 || text.length > 300) continue;
    const f = fold(text);
    if (siteName && f === fold(siteName)) continue; // the masthead, not the story
    if (!metaFold || metaFold === f || (metaFold.includes(f) && f.length >= metaFold.length * 0.4)) return text;
  }
  return stripSiteName(meta, siteName) || meta;
}
