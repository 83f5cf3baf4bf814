import type { Article } from '@/lib/extract/types';
import { escapeHtml } from './escape-html';

/** What the standalone HTML export reads from an article. */
export type StandaloneSource = Pick<Article, 'title' | 'byline' | 'siteName' | 'url' | 'lang' | 'dir' | 'html'>;

// The file's own policy: no script of any kind, no plugins, no forms, no frames; images may
// still come from the web when the reader is online (offline they show their alt text).
const CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

// Logical properties only, so the same sheet serves both directions; Arabic gets a font stack
// with good Arabic glyphs, a taller line and no tracking.
const STYLE = `
:root { color-scheme: light dark; }
body { margin: 0; padding: 2rem 1rem; font: 18px/1.6 Georgia, 'Noto Serif', 'Times New Roman', serif; }
main { max-inline-size: 40em; margin-inline: auto; }
main:lang(ar), main:lang(fa), main:lang(ur), main[dir='rtl'] { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Geeza Pro', 'Segoe UI', Tahoma, sans-serif; line-height: 1.9; letter-spacing: normal; }
h1 { font-size: 1.6em; line-height: 1.3; margin: 0 0 0.4em; }
.meta { color: GrayText; font-size: 0.85em; margin: 0 0 1.5em; }
img, video { max-inline-size: 100%; block-size: auto; }
figure { margin: 1.5em 0; }
figcaption { font-size: 0.85em; color: GrayText; }
blockquote { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 3px solid GrayText; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
td, th { border: 1px solid GrayText; padding: 0.25em 0.5em; text-align: start; }
pre { overflow-x: auto; }
@media print { body { padding: 0; } a { color: inherit; } }
`.trim();

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * A standalone HTML document of the article: `<html lang dir>`, UTF-8, the title, a small
 * inline style sheet and a Content-Security-Policy that forbids every script. The body is
 * the sanitizer's output as is; title, byline, site and address are escaped text. Opens
 * offline with nothing missing but the remote images.
 */
export function standaloneHtml(article: StandaloneSource): string {
  const lang = article.lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(article.lang) ? article.lang : '';
  const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
  const meta = [article.byline, article.siteName].filter((v, i, all): v is string => Boolean(v?.trim()) && all.indexOf(v) === i);
  const source = isWebUrl(article.url)
    ? `<a href="${escapeHtml(article.url)}" rel="noopener noreferrer" dir="ltr">${escapeHtml(article.url)}</a>`
    : '';
  const metaLine = [...meta.map(escapeHtml), source].filter(Boolean).join(' · ');
  return `<!DOCTYPE html>
<html${langAttr} dir="${article.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(article.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main${langAttr} dir="${article.dir === 'rtl' ? 'rtl' : 'ltr'}">
<article>
<h1>${escapeHtml(article.title)}</h1>
${metaLine ? `<p class="meta">${metaLine}</p>\n` : ''}${article.html}
</article>
</main>
</body>
</html>
`;
}
