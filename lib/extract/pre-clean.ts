import {
  BOILERPLATE_PHRASES,
  BOILERPLATE_TOKENS,
  HARD_TOKENS,
  FURNITURE_HEADING,
} from './boilerplate-patterns';
import { classAndId, createProseMeter, linkDensity, normalizedText } from './dom-metrics';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole class/id word (words split on space, "_" and "-") from `words`. */
const wordRe = (words: Iterable<string>) =>
  new RegExp(`(?:^|[\\s_-])(?:${Array.from(words, escapeRe).join('|')})(?=$|[\\s_-])`);
// One regular expression per list, built once: testing each element's class
// against a Set word by word was the costliest part of the pre-clean.
const BOILERPLATE_TOKEN_RE = wordRe(BOILERPLATE_TOKENS);
const BOILERPLATE_PHRASE_RE = new RegExp(BOILERPLATE_PHRASES.map(escapeRe).join('|'));

/**
 * Removes from a *clone* of the page, before Readability scores it, the furniture that
 * structure and names identify: scripts, frames and form controls, forms and comment
 * boxes, the site's landmarks (header, nav, footer, sidebars, dialogs), and blocks whose
 * class or id names them (share bars, ads, related lists, newsletters, tickers,
 * breadcrumbs, tag clouds) — names Readability may drop when it rewraps a block.
 *
 * The rules that read text — "most read" / "read also" sections, inline teasers, ad
 * labels — run in the post-clean, on Readability's chosen block only: on the Zyte set,
 * running them page-wide as well did not raise F1, took a wider block on one page, and
 * measured the text of every element of the page.
 *
 * Every rule is structural first: a block is only removed when it carries a small
 * share of the page's prose, so a container that holds the story is never lost
 * because of a class name (mozilla/readability #807, #564). Blocks inside the
 * article (`article`, `main`, `[itemprop=articleBody]`) that read like content —
 * a byline footer, a pull-quote aside, a note — are kept.
 */
export function preClean(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  removeControls(doc);
  const prose = createProseMeter(body);
  const pageProse = Math.max(1, prose(body));
  const protects = (el: Element) => prose(el) >= Math.max(200, pageProse * 0.3);

  removeForms(doc, protects);
  removeLandmarks(doc, protects);
  removeByClassOrId(body, protects, prose);
}

/**
 * What never belongs in a reader, whatever else is decided: scripts, styles,
 * embedded frames and plugins, tickers, and form controls with their labels.
 */
export function removeControls(doc: Document): void {
  // JSON-LD stays: it is inert data in the clone, and Readability reads byline, date and
  // headline from it (then drops every script itself).
  removeAll(doc, 'script:not([type="application/ld+json" i]), style, link, template, iframe, frame, object, embed, canvas, svg, marquee, dialog, select, textarea, input, button, label');
}

function removeAll(doc: Document, selector: string): void {
  for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
}

const ARTICLE_CONTEXT = 'article, main, [role="main"], [itemprop~="articleBody"], [itemprop~="articlebody"]';

/** Forms are comment boxes, searches and sign-ups — unless the whole page is one form. */
function removeForms(doc: Document, protects: (el: Element) => boolean): void {
  for (const form of Array.from(doc.querySelectorAll('form, [role="form"], [role="search"]'))) {
    if (doc.contains(form) && !protects(form)) form.remove();
  }
}

function removeLandmarks(doc: Document, protects: (el: Element) => boolean): void {
  const selector =
    'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"]';
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (!doc.contains(el) || protects(el)) continue;
    const tag = el.tagName.toLowerCase();
    const role = el.getAttribute('role');
    const inArticle = el.parentElement?.closest(ARTICLE_CONTEXT) != null;
    if (inArticle && (tag === 'footer' || tag === 'aside' || tag === 'header') && !role) {
      // Inside the story: keep what reads like content (byline, note, pull quote),
      // as a plain <div>: Readability drops every aside and footer, and any block
      // whose class or id says "footer" or "header".
      if (linkDensity(el) < 0.5 && !isFurnitureBlock(el) && !HARD_TOKEN_RE.test(classAndId(el))) {
        const kept = renameElement(el, 'div');
        for (const attr of ['class', 'id']) {
          if (/footer|header|aside|sidebar|masthead/i.test(kept.getAttribute(attr) ?? '')) kept.removeAttribute(attr);
        }
        continue;
      }
    }
    if (!inArticle && tag === 'header' && !role && keepsPageHeader(el)) continue;
    el.remove();
  }
}

/** Replaces `el` by an element named `tag` with the same attributes and children. */
function renameElement(el: Element, tag: string): Element {
  const renamed = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) renamed.setAttribute(attr.name, attr.value);
  renamed.append(...Array.from(el.childNodes));
  el.replaceWith(renamed);
  return renamed;
}

/**
 * A page-level `<header>` that holds the story's own heading and standfirst
 * (common when `<article>` wraps only the body) is kept; a site header is not.
 */
function keepsPageHeader(el: Element): boolean {
  if (!el.querySelector('h1')) return false;
  if (el.querySelector('nav, [role="navigation"], ul ul, form')) return false;
  return linkDensity(el) < 0.3;
}

function isFurnitureBlock(el: Element): boolean {
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  return heading !== null && FURNITURE_HEADING.test(normalizedText(heading));
}

const HARD_TOKEN_RE = wordRe(HARD_TOKENS);


/** Whether class or id names the block as page furniture (ads, share, related…). */
export function looksLikeBoilerplate(el: Element): boolean {
  const joined = classAndId(el);
  return joined.length > 1 && (BOILERPLATE_TOKEN_RE.test(joined) || BOILERPLATE_PHRASE_RE.test(joined));
}



/** Class/id keywords, only for blocks that carry little of the page's prose. */
export function removeByClassOrId(
  body: Element,
  protects: (el: Element) => boolean,
  prose: (el: Element) => number,
  withinArticle = false,
): void {
  const candidates = Array.from(body.querySelectorAll('[class], [id]'));
  let removed: Element | null = null; // candidates come in document order
  for (const el of candidates) {
    if (removed?.contains(el) || !looksLikeBoilerplate(el)) continue;
    if (NEVER_BY_NAME.has(el.tagName.toUpperCase())) continue;
    if (el.matches('[itemprop~="articleBody"], [role="main"]')) continue;
    if (protects(el) || prose(el) >= 400) continue;
    // Inside the story, a structural name alone ("story__footer", "header") does not
    // make a block furniture: a byline or note stays unless it is mostly links or is
    // named as comments, related links, sharing or ads.
    const inStory = withinArticle || el.parentElement?.closest(ARTICLE_CONTEXT) != null;
    if (inStory && linkDensity(el) < 0.3 && !HARD_TOKEN_RE.test(classAndId(el))) continue;
    el.remove();
    removed = el;
  }
}

/** Blocks that are content by their very kind, whatever their class says. */
const NEVER_BY_NAME = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'IMG', 'PICTURE', 'TABLE']);
