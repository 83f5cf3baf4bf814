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
 * test, which sees CSS as well as inline styles) plus our own rules: never a
 * restricted URL, never a home page, and a lower bar for a short story on a page
 * that declares one article (see `declaresArticle`).
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
  // Readability scores each visible paragraph, <pre>, <article> and block of <br>-separated
  // lines by its length past 140 characters and wants 20 points (one 540-character
  // paragraph): a short wire story (four paragraphs of a sentence or two) falls below it. A
  // page that declares one article gets a lower bar, where lengths count from 60 characters.
  return declaresArticle(doc) && isProbablyReaderable(doc, { visibilityChecker, minContentLength: 60 })
    ? 'ok'
    : 'not-readerable';
}

const ARTICLE_TYPES = /"@type"\s*:\s*(\[[^\]]*)?"(\w*Article|\w*BlogPosting|ReportageNews)"/g;
const LIST_TYPE = /"(ItemList|CollectionPage|SearchResultsPage)"/;

/**
 * Whether the page says it is one article: og:type "article" or a single Article-typed
 * JSON-LD node. A page whose JSON-LD (any script of it) describes a list, a collection or
 * several articles is a section or listing page, whatever its og:type says — some CMSs
 * give category archives og:type "article" and mark them CollectionPage.
 */
function declaresArticle(doc: Document): boolean {
  const json = Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'), (s) => s.textContent ?? '').join('\n');
  if (LIST_TYPE.test(json)) return false;
  const articles = json.match(ARTICLE_TYPES)?.length ?? 0;
  if (articles > 1) return false;
  return articles === 1 || doc.querySelector('meta[property="og:type"][content="article" i]') !== null;
}
