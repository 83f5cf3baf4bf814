import { normalizedText } from './dom-metrics';
import { LAZY_SRC } from './lazy-images';

function pathOf(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.host}${u.pathname}` : null;
  } catch {
    return null;
  }
}

/** A URL as text to compare: decoded where it can be, without white space. */
function plain(s: string): string {
  let text = s;
  try {
    text = decodeURIComponent(s);
  } catch {
    // a bare "%" that starts no escape: compared as written
  }
  return text.replace(/\s/g, '');
}

function sources(img: Element): string[] {
  const set = ['src', ...LAZY_SRC].map((name) => img.getAttribute(name));
  for (const c of (img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '').split(',')) set.push(c.trim().split(/\s+/)[0] ?? null);
  return set.filter((s): s is string => Boolean(s));
}

/** A caption next to the image: its figure's figcaption, or a short caption-classed sibling. */
function captionFor(img: Element): string | null {
  const figcaption = img.closest('figure')?.querySelector('figcaption');
  if (figcaption) return normalizedText(figcaption) || null;
  let box: Element | null = img;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    let next = box.nextElementSibling;
    for (let hop = 0; next && hop < 3; hop++, next = next.nextElementSibling) {
      if (!/caption|cutline/.test((next.getAttribute('class') ?? '').toLowerCase())) continue;
      const text = normalizedText(next);
      return text && text.length < 300 ? text : null;
    }
  }
  return null;
}

/**
 * Readability often leaves out the story's lead image when it sits in its own
 * block above the body. When the page names a lead image (og:image / twitter:image)
 * that the article lacks but the page shows, put it, with its caption, at the top.
 */
export function restoreLeadImage(content: Element, page: Document, baseUrl: string): void {
  const meta =
    page.querySelector('meta[property="og:image"]')?.getAttribute('content') ??
    page.querySelector('meta[name="twitter:image"]')?.getAttribute('content');
  const wanted = pathOf(meta, baseUrl);
  if (!wanted) return;
  // A source can only be the lead image if it names the same file: that string test, on
  // both sides decoded (a page may write a name raw, encoded or half of each), spares a URL
  // parse for every source of every image on the page.
  const name = plain(wanted.slice(wanted.lastIndexOf('/') + 1));
  const isLead = (img: Element) => sources(img).some((s) => plain(s).includes(name) && pathOf(s, baseUrl) === wanted);
  if (Array.from(content.querySelectorAll('img')).some(isLead)) return;
  const img = Array.from(page.body?.querySelectorAll('img') ?? []).find(isLead);
  if (!img) return;
  const doc = content.ownerDocument;
  const figure = doc.createElement('figure');
  const copy = doc.createElement('img');
  copy.setAttribute('src', new URL(meta!.trim(), baseUrl).href);
  copy.setAttribute('alt', img.getAttribute('alt')?.trim() ?? '');
  figure.append(copy);
  const caption = captionFor(img);
  if (caption) {
    const figcaption = doc.createElement('figcaption');
    figcaption.textContent = caption;
    figure.append(figcaption);
  }
  const host = content.firstElementChild && content.children.length === 1 ? content.firstElementChild : content;
  host.prepend(figure);
}
