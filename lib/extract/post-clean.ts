import {
  AD_LABEL,
  CALL_TO_ACTION,
  DATELINE_BLOCK,
  ENDS_LIKE_SENTENCE,
  FURNITURE_HEADING,
  NOTICE_BLOCK,
  RELATED_PREFIX,
} from './boilerplate-patterns';
import { DIGITS, foldPunctuation, NON_WORD } from '../text/char-classes';
import { createProseMeter, linkDensity, normalizedText, textLength } from './dom-metrics';
import { removeByClassOrId } from './pre-clean';

const MEDIA = 'img, picture, video, audio, iframe, table, pre, math, figure, hr';
const BLOCKS = 'p, div, section, span, li, ul, ol, figure, figcaption, blockquote, h2, h3, h4, h5, h6';

/**
 * Tidies Readability's output: no furniture left inside the chosen block, no empty
 * blocks, no trailing "related" paragraphs, no title repeated at the top. (Links and
 * media sources are already absolute: Readability resolves them against the page's base
 * URL as it finishes and turns a `javascript:` link into its text; any other scheme but
 * http(s) and mailto is left to the sanitizer, which drops it.)
 */
export function postClean(content: Element, opts: { title: string }): void {
  // Readability's own wrapper ids mean nothing to a reader.
  for (const el of [content, ...Array.from(content.querySelectorAll('[id^="readability-"]'))]) {
    if (el.id.startsWith('readability-')) el.removeAttribute('id');
  }
  // The pre-clean's class/id rule again, now on the chosen block only, where "a small
  // share of the prose" is measured against the article itself; then the rules that read
  // text, which run here only.
  const prose = createProseMeter(content);
  const articleProse = Math.max(1, prose(content));
  const protects = (el: Element) => prose(el) >= Math.max(200, articleProse * 0.3);
  removeByClassOrId(content, protects, prose, true);
  removeFurnitureSections(content, protects);
  removeInlineTeasers(content);
  removeAdLabels(content);
  removeNotices(content);
  removeRepeatedTitle(content, opts.title);
  removeEdgeDatelines(content);
  removeTrailingTeasers(content);
  removeEmptyBlocks(content);
  for (const el of Array.from(content.querySelectorAll('[class]'))) el.removeAttribute('class');
}

const LEAF_BLOCKS = 'p, div, li, h2, h3, h4, h5, h6, address, span, small, em, strong, time, b, i';
const INLINE = new Set(['SPAN', 'SMALL', 'EM', 'STRONG', 'TIME', 'B', 'I']);
const TEXT_PARENTS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, a, figcaption, dd, dt';

/**
 * Leaf blocks (no block children) in document order. An inline element counts
 * only when it stands on its own line, never inside a sentence of a paragraph.
 */
function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(LEAF_BLOCKS)).filter(
    (el) =>
      !el.querySelector('p, div, li, h2, h3, h4, h5, h6, ul, ol, table') &&
      !(INLINE.has(el.tagName) && el.parentElement?.closest(TEXT_PARENTS)),
  );
}

/** Calls to action, credits, copyright lines, bare URLs. */
function removeNotices(root: Element): void {
  for (const el of leafBlocks(root)) {
    if (!root.contains(el)) continue; // removed with an ancestor (the tree is detached)
    const text = normalizedText(el);
    if (text.length === 0 || text.length > 200) continue;
    const noWords = !HAS_WORD.test(text) && !hasMedia(el);
    const callToAction = CALL_TO_ACTION.test(text) && !ENDS_LIKE_SENTENCE.test(text);
    if (noWords || callToAction || NOTICE_BLOCK.test(text) || /^https?:\/\/\S+$/.test(text) || AD_LABEL.test(text)) el.remove();
  }
}

// Words, digits, spaces and date punctuation only (, ، . : | / ( ) - – —), with a year in them.
const DATE_CHARS = `(?:[^${NON_WORD}]|[\\s,،.:|/()\\-–—])*`;
const DATE_ONLY = new RegExp(`^${DATE_CHARS}(?<![${DIGITS}])(1[89]|20)\\d{2}(?![${DIGITS}])${DATE_CHARS}$`);
const NUMBER_ONLY = new RegExp(`^[${DIGITS}\\s.,:/]+$`);
const HAS_WORD = new RegExp(`[^${NON_WORD}]`);

/**
 * Bylines, datelines, bare numbers (counters, ids), section links and "Topic:"
 * labels left among the first or last few blocks.
 */
function removeEdgeDatelines(root: Element): void {
  // Listed again: a removal can turn a parent into a leaf ("By Jane Doe" once its
  // "Copy link" child is gone).
  const blocks = leafBlocks(root).filter((el) => textLength(el) > 0);
  const edges = [...blocks.slice(0, 4), ...blocks.slice(-2)];
  for (const el of edges) {
    if (!root.contains(el)) continue;
    const text = normalizedText(el);
    if (text.length > 120) continue;
    const words = text.split(' ').length;
    const label = words <= 3 && /[:：]$/.test(text);
    const sectionLink = words <= 4 && linkDensity(el) > 0.8;
    // A dateline is a label, not a sentence: "By Jane Doe", "Published 4:00 am, Nov 20,
    // 2019". "By the time firefighters arrived, …" or "The fire broke out in 2016." are prose.
    const sentence = ENDS_LIKE_SENTENCE.test(text);
    const dateline = !sentence && (DATELINE_BLOCK.test(text) || (words <= 9 && DATE_ONLY.test(text)));
    if (dateline || NUMBER_ONLY.test(text) || label || sectionLink) {
      el.remove();
    }
  }
}

/** Readability keeps an h1 or a leading paragraph that only repeats the title. */
function removeRepeatedTitle(root: Element, title: string): void {
  const wanted = foldPunctuation(title);
  if (!wanted) return;
  const first = Array.from(root.querySelectorAll('h1, h2, h3, p')).slice(0, 3);
  for (const el of first) {
    if (foldPunctuation(normalizedText(el)) === wanted) {
      el.remove();
      return;
    }
  }
}

function hasMedia(el: Element): boolean {
  return el.matches(MEDIA) || el.querySelector(MEDIA) !== null;
}

function lastBlock(root: Element): Element | null {
  let el = root.lastElementChild;
  while (el && el.children.length === 1 && !hasMedia(el) && textLength(el) === textLength(el.firstElementChild!)) {
    el = el.lastElementChild;
  }
  return el;
}

/** Drops the teaser links, ad labels and furniture headings a story often ends with. */
function removeTrailingTeasers(root: Element): void {
  for (let guard = 0; guard < 12; guard++) {
    const el = lastBlock(root);
    if (!el || el === root) return;
    const text = normalizedText(el);
    const teaser =
      (text.length > 0 && text.length < 300 && RELATED_PREFIX.test(text)) ||
      (text.length > 0 && text.length < 60 && (FURNITURE_HEADING.test(text) || AD_LABEL.test(text))) ||
      (text.length > 0 && text.length < 400 && linkDensity(el) > 0.8 && !hasMedia(el)) ||
      (text.length === 0 && !hasMedia(el));
    if (!teaser) return;
    el.remove();
  }
}

const NOT_SPACE = /\S/;

function removeEmptyBlocks(root: Element): void {
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).reverse();
  for (const el of blocks) {
    // The text test first: most blocks have words, and it needs no selector matching.
    if (!NOT_SPACE.test(el.textContent ?? '') && !hasMedia(el)) el.remove();
  }
}

/**
 * A heading such as "Most read", "Related" or "اقرأ أيضا" starts a block of
 * links: remove the smallest container around it that is mostly links, or, when
 * there is none, the heading and the link-heavy siblings that follow it.
 */
function removeFurnitureSections(root: ParentNode, protects: (el: Element) => boolean): void {
  const headings = root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], strong, b, span, div, p');
  for (const heading of Array.from(headings)) {
    // Cheapest tests first: most candidates are big containers.
    if (heading.children.length > 2 || (heading.textContent?.length ?? 0) > 200 || !root.contains(heading)) continue;
    const text = normalizedText(heading);
    if (text.length === 0 || text.length > 40) continue;
    if (!FURNITURE_HEADING.test(text)) continue;
    let container: Element | null = heading.parentElement;
    for (let depth = 0; container && depth < 3; depth++, container = container.parentElement) {
      if (protects(container) || container === root || container.tagName === 'BODY') {
        container = null;
        break;
      }
      if (textLength(container) > text.length + 20 && linkDensity(container) >= 0.5) break;
    }
    if (container) {
      container.remove();
      continue;
    }
    let next = heading.nextElementSibling;
    while (next && linkDensity(next) >= 0.5 && !protects(next)) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    heading.remove();
  }
}

/** Inline "اقرأ أيضا: …" / "Read more: …" teasers inside the body. */
function removeInlineTeasers(doc: ParentNode): void {
  for (const block of Array.from(doc.querySelectorAll('p, li, div, h3, h4, h5, h6'))) {
    // Raw length first: a teaser is short even with its source's white space.
    if ((block.textContent?.length ?? 0) > 1000 || block.querySelector('p, div') || !doc.contains(block)) continue;
    const text = normalizedText(block);
    if (text.length === 0 || text.length > 300) continue;
    // Without a link, only a short line that does not read as a sentence is a teaser
    // ("Read more: the council published the report." is the story's own words).
    if (RELATED_PREFIX.test(text) && (block.querySelector('a') || (text.length < 160 && !ENDS_LIKE_SENTENCE.test(text)))) block.remove();
  }
}

/** "Advertisement" / "إعلان" labels left where an ad slot was. */
function removeAdLabels(doc: ParentNode): void {
  for (const el of Array.from(doc.querySelectorAll('div, span, p, small, aside, section'))) {
    if (el.children.length > 1 || (el.textContent?.length ?? 0) > 200) continue; // labels are short
    if (doc.contains(el) && AD_LABEL.test(normalizedText(el))) el.remove();
  }
}
