import {
  AD_LABEL,
  BOILERPLATE_PHRASES,
  BOILERPLATE_TOKENS,
  CALL_TO_ACTION,
  DATELINE_BLOCK,
  FURNITURE_HEADING,
  NOTICE_BLOCK,
  RELATED_PREFIX,
} from './boilerplate-patterns';
import { classAndId, linkDensity, normalizedText } from './dom-metrics';

/**
 * The standfirst (dek, kicker, strapline): the one- or two-sentence summary a news
 * page sets right under, or just above, the headline, outside the body container.
 * Readability drops it — it scores body containers, and its unlikely-candidate rule
 * strips any block whose class says "header" before scoring — so the article starts
 * at the body. This puts it back, as a plain paragraph at the top, when the live
 * page shows one and the article lacks it. It reads `page` and never changes it.
 */

export interface StandfirstOptions {
  /** The article's title as the pipeline chose it (`chooseTitle`). */
  title: string;
  /**
   * Whether the live page shows this one element (its ancestors are asked one by
   * one). Defaults to the `hidden` attribute, `aria-hidden` and the computed style.
   */
  isVisible?: (el: Element) => boolean;
}

// How far from the headline a standfirst may sit. Levels are the headline and its
// ancestors (the title wrapper, the header block); hops count the text-bearing
// siblings passed on the way out. A page's meta description naming the block lets
// it sit a little farther away.
const MAX_LEVEL = 2;
const MAX_HOPS = 3;
const MAX_LEVEL_DESCRIBED = 4;
const MAX_HOPS_DESCRIBED = 5;
/** A sibling this long is the body (or a sidebar), not the header: the walk stops there. */
const BODY_SIZED = 1200;
/** An ancestor this long holds the body: its siblings are other parts of the page. */
const HEADER_SIZED = 2500;

const MIN_CHARS = 40;
const MAX_CHARS = 400;
const MIN_WORDS = 6;
const MAX_CHARS_DESCRIBED = 600;
const MIN_CHARS_DESCRIBED = 25;

/** Blocks whose leaves we read; a candidate is a block with none of these inside. */
const BLOCK = 'p, div, section, header, h2, h3, h4, h5, h6, ul, ol, dl, table, blockquote, figure, article, aside, nav, form';
const HEADLINE_TAGS = 'h1, h2';
/** Never a standfirst: furniture, media, controls, code and the like. */
const NEVER =
  'nav, aside, footer, form, button, select, figure, figcaption, picture, table, ul, ol, dl, address, time, ' +
  'noscript, template, script, style, blockquote, pre, code, [rel~="author"], [itemprop~="author"], [role="navigation"]';
const MEDIA = 'img, picture, video, svg, iframe, figure';

/** class/id words of metadata blocks (bylines, dates, captions, labels) — the kind, not a site. */
const META_TOKENS = new Set([
  'byline', 'author', 'authors', 'writer', 'date', 'dateline', 'time', 'timestamp', 'published', 'updated',
  'meta', 'metadata', 'caption', 'credit', 'credits', 'cutline', 'category', 'categories', 'section',
  'label', 'badge', 'eyebrow', 'rubric', 'source', 'location', 'readtime', 'reading',
]);

const WORD = /[\p{L}\p{N}]+/gu;
const SEPARATOR = /\s[|·•/]\s/g;
const READING_TIME = /\b\d+\s*(min|mins|minutes?)\b.{0,10}\bread\b|\b(read(ing)? time)\b|دقائق للقراءة|دقيقة قراءة/iu;
const DATE_LIKE = /(?<![\p{N}])(1[89]|20)\d{2}(?![\p{N}])|\b\d{1,2}[:.]\d{2}\b|\bGMT\b|\bUTC\b/u;

interface Candidate {
  el: Element;
  level: number;
  hop: number;
  /** The sibling of the headline (or of its ancestor) the candidate sits in. */
  branch: Element;
}

/**
 * Inserts the page's standfirst as the article's first block when the live page
 * shows one near the headline and `content` does not already hold its text.
 * Returns whether a paragraph was inserted. Does nothing when unsure.
 */
export function restoreStandfirst(content: Element, page: Document, opts: StandfirstOptions): boolean {
  const text = findStandfirst(content, page, opts);
  if (text === null) return false;
  const p = content.ownerDocument.createElement('p');
  p.textContent = text;
  // Readability wraps its result in one div; the standfirst goes inside it, as the lead image does.
  const host = content.firstElementChild && content.children.length === 1 ? content.firstElementChild : content;
  host.prepend(p);
  return true;
}

/**
 * The standfirst's text (white space folded) when the live page shows one near
 * the headline that `content` lacks; null when there is none, it is already in
 * `content`, or the evidence is weak. Changes nothing.
 */
export function findStandfirst(content: Element, page: Document, opts: StandfirstOptions): string | null {
  const visible = cached(opts.isVisible ?? defaultVisibility(page));
  const headline = findHeadline(page, opts.title, visible);
  if (!headline) return null;
  const descriptions = pageDescriptions(page);
  const titleFold = fold(opts.title) || fold(normalizedText(headline));
  let articleFold: string | null = null;
  const inArticle = (text: string) => (articleFold ??= fold(content.textContent ?? '')).includes(fold(text));
  let articleWords: Set<string> | null = null;
  const sharesWords = (text: string) => {
    articleWords ??= new Set(words(`${opts.title} ${content.textContent ?? ''}`).filter((w) => w.length >= 4));
    return new Set(words(text).filter((w) => articleWords!.has(w))).size >= 2;
  };

  // Reached the body going one way (forward or back): nothing farther that way is a standfirst.
  const closed = { next: false, prev: false };
  for (const [way, list] of walkOut(headline, closed)) {
    for (const c of list) {
      const text = normalizedText(c.el);
      const described = descriptions.some((d) => matchesDescription(text, d));
      const near = c.level <= MAX_LEVEL && c.hop <= MAX_HOPS;
      const qualifies = described
        ? c.level <= MAX_LEVEL_DESCRIBED && looksLikeStandfirst(c, text, true)
        : near && looksLikeStandfirst(c, text, false) && sharesWords(text);
      if (inArticle(text) && text.length >= MIN_CHARS_DESCRIBED) {
        closed[way] = true; // the body (or the standfirst itself) is already in the article
        break;
      }
      // Visibility last: on a live page it is the one costly read (computed style).
      if (!qualifies || isTitle(fold(text), titleFold) || !isShown(c.el, visible)) continue;
      return text;
    }
  }
  return null;
}

/** The visible h1 (or h2) that carries the article's title. */
function findHeadline(page: Document, title: string, visible: (el: Element) => boolean): Element | null {
  const wanted = fold(title);
  if (!wanted || !page.body) return null;
  for (const selector of ['h1', HEADLINE_TAGS]) {
    for (const h of Array.from(page.body.querySelectorAll(selector)).slice(0, 12)) {
      const f = fold(normalizedText(h));
      if (!f || !isTitle(f, wanted) || !isShown(h, visible)) continue;
      return h;
    }
  }
  return null;
}

/**
 * The blocks around the headline, nearest first: at each level (the headline, then
 * its wrapper, then the header block) its following siblings, then its preceding
 * ones. Each yielded list is one sibling's leaf blocks; a sibling the size of a body
 * closes that direction, and so does (in the caller) a block already in the article.
 */
function* walkOut(
  headline: Element,
  closed: { next: boolean; prev: boolean },
): Generator<['next' | 'prev', Candidate[]]> {
  let node: Element = headline;
  for (let level = 0; level <= MAX_LEVEL_DESCRIBED; level++) {
    for (const way of ['next', 'prev'] as const) {
      let hop = 0;
      for (let sib = step(node, way); sib && !closed[way] && hop < MAX_HOPS_DESCRIBED; sib = step(sib, way)) {
        if (!sib.textContent || /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(sib.tagName)) continue;
        if (longerThan(sib, BODY_SIZED) || sib.matches('main, article')) {
          closed[way] = true;
          break;
        }
        hop++;
        yield [way, leaves(sib).map((el) => ({ el, level, hop, branch: sib }))];
      }
    }
    const parent: Element | null = node.parentElement;
    if (!parent || parent === headline.ownerDocument.body || parent.tagName === 'HTML') return;
    node = parent;
    if (longerThan(node, HEADER_SIZED)) return;
  }
}

/** Whether the folded text is longer than `limit`; the raw length settles most cases without folding. */
function longerThan(el: Element, limit: number): boolean {
  const raw = el.textContent ?? '';
  return raw.length > limit && (raw.length > limit * 4 || normalizedText(el).length > limit);
}

function step(el: Element, way: 'next' | 'prev'): Element | null {
  return way === 'next' ? el.nextElementSibling : el.previousElementSibling;
}

/** The text blocks with no block inside, in document order (the element itself if it is one). */
function leaves(root: Element): Element[] {
  if (!root.querySelector(BLOCK)) return [root];
  return Array.from(root.querySelectorAll(BLOCK)).filter((el) => !el.querySelector(BLOCK) && normalizedText(el).length > 0);
}

/**
 * Short, sentence-like, not furniture: not a byline, date, breadcrumb, category
 * label, caption, share bar or teaser link. A block the page's description names
 * may be a little shorter or longer and headline-cased.
 */
function looksLikeStandfirst(c: Candidate, text: string, described: boolean): boolean {
  const { el } = c;
  const min = described ? MIN_CHARS_DESCRIBED : MIN_CHARS;
  const max = described ? MAX_CHARS_DESCRIBED : MAX_CHARS;
  if (text.length < min || text.length > max) return false;
  // Text tests first: they are cheap, and most blocks near a headline fail one.
  if (
    DATELINE_BLOCK.test(text) || NOTICE_BLOCK.test(text) || CALL_TO_ACTION.test(text) || RELATED_PREFIX.test(text) ||
    FURNITURE_HEADING.test(text) || AD_LABEL.test(text) || READING_TIME.test(text)
  ) {
    return false;
  }
  if ((text.match(SEPARATOR)?.length ?? 0) >= 2) return false; // "Jane Doe | 13 April 2026 | 4 min"
  if (!described) {
    const w = words(text);
    if (w.length < MIN_WORDS) return false;
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < text.length * 0.6) return false;
    if (w.length <= 12 && DATE_LIKE.test(text)) return false; // a dateline, not a sentence
    if (headlineCased(text)) return false;
  }
  if (linkDensity(el) > (described ? 0.3 : 0.2)) return false;
  if (insideBranch(el, c.branch, NEVER) || el.querySelector(`${NEVER}, ${MEDIA}, input`)) return false;
  return !hasMediaNextTo(el) && !furnitureClassBetween(el, c.branch);
}

/** Text Whose Words Mostly Start With Capitals: a headline, names, a label — not prose. */
function headlineCased(text: string): boolean {
  const cased = text.match(/(?<![\p{L}\p{N}'’])[\p{Lu}\p{Ll}]/gu) ?? [];
  if (cased.length < MIN_WORDS) return false;
  const upper = cased.filter((ch) => ch !== ch.toLowerCase()).length;
  return upper >= cased.length * 0.75;
}

/** Whether the candidate or a wrapper of it inside the branch matches `selector`. */
function insideBranch(el: Element, branch: Element, selector: string): boolean {
  for (let node: Element | null = el; node; node = node === branch ? null : node.parentElement) {
    if (node.matches(selector)) return true;
  }
  return false;
}

/** A caption sits next to its image: the block or the one before it holds media. */
function hasMediaNextTo(el: Element): boolean {
  const prev = el.previousElementSibling;
  return Boolean(prev && (prev.matches(MEDIA) || prev.querySelector(MEDIA)));
}

/** A metadata or furniture class/id on the candidate or its wrappers inside the branch. */
function furnitureClassBetween(el: Element, branch: Element): boolean {
  for (let node: Element | null = el; node; node = node === branch ? null : node.parentElement) {
    const raw = classAndId(node);
    if (!raw.trim()) continue;
    const tokens = classTokens(node);
    if (tokens.some((t) => META_TOKENS.has(t) || BOILERPLATE_TOKENS.has(t))) return true;
    if (BOILERPLATE_PHRASES.some((p) => raw.includes(p))) return true;
  }
  return false;
}

/** class/id split into words: "story__dateline", "newsDate", "byline-wrap" → story, dateline, news, date, byline, wrap. */
function classTokens(el: Element): string[] {
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  return `${cls} ${el.id}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The page's own one-line summaries (meta description, Open Graph, Twitter), folded. */
function pageDescriptions(page: Document): Description[] {
  const selectors = ['meta[name="description" i]', 'meta[property="og:description"]', 'meta[name="twitter:description" i]'];
  const seen = new Set<string>();
  const out: Description[] = [];
  for (const sel of selectors) {
    const raw = page.querySelector(sel)?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!raw) continue;
    const truncated = /(\.\.\.|…|\[…\]|\[\.\.\.\])$/.test(raw);
    const tokens = words(raw.replace(/(\.\.\.|…|\[…\]|\[\.\.\.\])$/, ''));
    // A cut-off description may end mid-word: that last fragment does not count.
    const usable = truncated ? tokens.slice(0, -1) : tokens;
    const key = usable.join(' ');
    if (usable.length < 5 || seen.has(key)) continue;
    seen.add(key);
    out.push({ tokens: usable, truncated });
  }
  return out;
}

interface Description {
  tokens: string[];
  truncated: boolean;
}

/**
 * Whether a block says what the description says: nearly all its words in the
 * block and, unless the description was cut short, few of the block's words
 * missing from it (a paragraph that merely contains the description is the body).
 */
function matchesDescription(text: string, d: Description): boolean {
  const cand = words(text);
  if (cand.length === 0) return false;
  const bag = new Map<string, number>();
  for (const w of cand) bag.set(w, (bag.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of d.tokens) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      overlap++;
      bag.set(w, n - 1);
    }
  }
  if (overlap < d.tokens.length * 0.8) return false;
  return d.truncated ? cand.length >= d.tokens.length * 0.9 : overlap >= cand.length * 0.7;
}

function isTitle(textFold: string, titleFold: string): boolean {
  if (!textFold || !titleFold) return false;
  if (textFold === titleFold) return true;
  const [short, long] = textFold.length < titleFold.length ? [textFold, titleFold] : [titleFold, textFold];
  return long.includes(short) && short.length >= long.length * 0.6;
}

function isShown(el: Element, visible: (el: Element) => boolean): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (!visible(node)) return false;
  }
  return true;
}

function cached(visible: (el: Element) => boolean): (el: Element) => boolean {
  const seen = new Map<Element, boolean>();
  return (el) => {
    let v = seen.get(el);
    if (v === undefined) seen.set(el, (v = visible(el)));
    return v;
  };
}

function defaultVisibility(page: Document): (el: Element) => boolean {
  const win = page.defaultView;
  return (el) => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
    const style = win?.getComputedStyle?.(el);
    return !style || (style.display !== 'none' && style.visibility !== 'hidden');
  };
}

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function fold(s: string): string {
  return s.replace(/[\p{P}\p{S}\s]+/gu, ' ').trim().toLowerCase();
}
