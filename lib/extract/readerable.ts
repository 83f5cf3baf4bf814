import { isProbablyReaderable } from '@mozilla/readability';
import { isRestrictedUrl } from './restricted-url';

/**
 * True when the URL is a site's front page: the root, an index file, or a bare
 * language root such as `/ar/` or `/en`. Browsers' readers never offer to open
 * those, and auto mode must never fire there.
 */
export function isHomePageUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A query that names something (?p=123, ?id=42, ?option=com_content&view=article)
  // is an article on many CMSs; tracking parameters alone are not.
  const meaningful = Array.from(parsed.searchParams.keys()).some((k) => !/^(utm_\w+|ref|fbclid|gclid|amp|lang)$/i.test(k));
  if (meaningful) return false;
  const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
  if (path === '' || /^\/(index|default|home)(\.\w+)?$/.test(path)) return true;
  return /^\/[a-z]{2}(-[a-z]{2,4})?$/.test(path);
}

export type ReaderableVerdict = 'ok' | 'restricted-url' | 'not-readerable';

/**
 * Whether the page looks like an article worth opening in the reader:
 * Readability's `isProbablyReaderable` (on the live page, with our visibility
 * test, which sees CSS as well as inline styles) plus our own rules (never a
 * restricted URL, never a home page).
 */
export function checkReaderable(
  doc: Document,
  url: string,
  isVisible: (el: Element) => boolean,
): ReaderableVerdict {
  if (isRestrictedUrl(url)) return 'restricted-url';
  if (isHomePageUrl(url)) return 'not-readerable';
  const visibilityChecker = (node: Node) => isVisible(node as Element);
  if (isProbablyReaderable(doc, { visibilityChecker })) return 'ok';
  // Readability's bar is the prose of one 540-character paragraph, counting only paragraphs
  // of 140 characters or more: a short wire story (four paragraphs of one or two sentences)
  // falls below it. A page that says it is an article gets a lower bar, paragraphs of a
  // sentence counting.
  return declaresArticle(doc) && isProbablyReaderable(doc, { visibilityChecker, minContentLength: 60 })
    ? 'ok'
    : 'not-readerable';
}

const ARTICLE_TYPE = /"@type"\s*:\s*(\[[^\]]*)?"(\w*Article|\w*BlogPosting|ReportageNews)"/;
const LIST_TYPE = /"(ItemList|CollectionPage|SearchResultsPage)"/;

/** og:type "article", or JSON-LD naming the page an article (not a list of articles). */
function declaresArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() === 'article') return true;
  return Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'), (s) => s.textContent ?? '').some(
    (json) => ARTICLE_TYPE.test(json) && !LIST_TYPE.test(json),
  );
}
