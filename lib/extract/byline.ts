import { foldPunctuation } from '../text/char-classes';
import { SEPARATORS } from './title';

// A URL, or the credit a theme leaves in <meta name="author">: "Developed by …", "تصميم …".
const NOT_A_BYLINE = /^(https?:|www\.)|^(developed|designed|powered) by\b|^(تصميم|تطوير|برمجة)\s/i;

/** The site's name as text: a bare URL given as the name becomes its host. */
export function cleanSiteName(name: string | null): string | null {
  return name && /^https?:/i.test(name) ? name.replace(/^https?:\/\/(www\.)?|[/?#].*$/gi, '') || null : name;
}

/**
 * The byline, unless it is not one: a URL, a web developer's credit, or the site's own name
 * (as the site calls itself, or as a part of the page's `<title>` beside the story's title).
 */
export function cleanByline(byline: string | null, siteName: string | null, pageTitle: string): string | null {
  if (!byline || NOT_A_BYLINE.test(byline)) return null;
  const name = foldPunctuation(byline);
  const parts = pageTitle.split(SEPARATORS);
  return [siteName ?? '', ...(parts.length > 1 ? parts : [])].some((s) => foldPunctuation(s) === name) ? null : byline;
}
