/**
 * What only the live page knows. A clone has no layout and no computed style, so we
 * read, on the live DOM and without changing it, which elements the reader cannot see
 * and where the page's CSS turns the text right to left, and mark a fresh clone as we
 * go: it has the live page's shape, so walking both trees side by side pairs each
 * element with its copy.
 */

export interface LiveSignals {
  /** Roots of hidden subtrees on the live page, in document order. */
  hidden: Element[];
  /** Computed direction of `<body>` (or the root) on the live page, if known. */
  bodyDirection: 'rtl' | 'ltr' | null;
  /** Whether the page had layout (false in jsdom, where sizes are all zero). */
  hasLayout: boolean;
}

function isHiddenByStyle(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

function isTinyBox(el: Element): boolean {
  const box = el as HTMLElement;
  return typeof box.offsetWidth === 'number' && box.offsetWidth <= 1 && box.offsetHeight <= 1;
}

function hasAnyLayout(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const r = body.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** Elements never marked hidden: they carry no visible box by design. */
const NEVER_HIDDEN = new Set(['html', 'head', 'body', 'br', 'wbr', 'source', 'track', 'picture', 'noscript']);

// Where a change of direction can start: block containers (and anything with a
// `dir` attribute). Inline runs inherit; skipping them halves the style reads.
const DIRECTION_TAGS = /^(html|body|main|article|section|div|aside|header|footer|nav|p|blockquote|figure|figcaption|[uo]l|li|table|t[dh]|h[1-6]|form|center|d[ldt]|pre)$/;

const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'svg']);

/** Never visited: no box of their own, or (head) nothing the reader shows. */
const SKIPPED = new Set(['head', 'script', 'style', 'link', 'meta', 'template']);

/**
 * Whether `el` can be where the computed direction changes, so its style is worth a
 * read: a block container that carries `dir`, or that a style rule can single out (a
 * class, id or inline style), or one of the page's main landmarks, which rules name by
 * tag. A change made only by a descendant selector on an unnamed block is missed; the
 * text's own script still decides the article's direction then.
 */
function setsDirection(el: Element, tag: string, hasAttributes: boolean): boolean {
  if (!hasAttributes) return LANDMARK_TAGS.test(tag);
  if (el.hasAttribute('dir')) return true;
  if (!DIRECTION_TAGS.test(tag)) return false;
  return LANDMARK_TAGS.test(tag) || el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('style');
}

const LANDMARK_TAGS = /^(html|body|main|article)$/;

// One options object for every call, rather than a new one per element.
const VISIBILITY_OPTIONS = { visibilityProperty: true };

type Visibility = (el: Element) => boolean;

/** The browser's own visibility test where it has one (no style object per element). */
function nativeVisibility(doc: Document, hasLayout: boolean): Visibility | null {
  const probe = doc.body as (HTMLElement & { checkVisibility?: (o?: object) => boolean }) | null;
  if (!hasLayout || typeof probe?.checkVisibility !== 'function') return null;
  return (el) => (el as HTMLElement & { checkVisibility(o?: object): boolean }).checkVisibility(VISIBILITY_OPTIONS);
}

/**
 * Reads hidden elements and direction changes from the live page (read only). One
 * walk from the root that never enters a hidden subtree or `<head>`; each element is
 * asked the cheap native questions first and its computed style only when needed.
 * Given `clone` (a fresh, unchanged clone of `doc`), the same walk applies the signals
 * to it as it goes, pairing each element with its copy — no second walk.
 */
export function readLiveSignals(doc: Document, win: Window | null, clone?: Document): LiveSignals {
  const root = doc.documentElement;
  const hasLayout = hasAnyLayout(doc);
  const signals: LiveSignals = { hidden: [], bodyDirection: null, hasLayout };
  if (!root) return signals;
  const dirRoot = doc.body ?? root;
  const getStyle = win?.getComputedStyle?.bind(win);
  const visible = nativeVisibility(doc, hasLayout);
  const probe = new StyleProbe(getStyle);
  // Elements still to visit, each with its parent's computed direction ('' when unknown)
  // and, when a clone is marked in the same walk, its copy there.
  const stack: Element[] = [root];
  const parentDirs: string[] = [''];
  const copies: Array<Element | null> = [clone?.documentElement ?? null];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const parentDir = parentDirs.pop()!;
    const copy = copies.pop()!;
    const tag = el.localName;
    // Nothing in <head> is shown, and none of it is marked; scripts and styles in the body
    // have no box and are dropped from the clone by the pre-clean anyway.
    if (SKIPPED.has(tag)) continue;
    probe.reset(el);
    // Most elements of a page carry no attribute at all (p, li, span, em…): one native
    // call then spares every attribute read below.
    const hasAttributes = el.hasAttributes();
    if (!NEVER_HIDDEN.has(tag) && isHidden(el, hasAttributes, probe, visible, hasLayout)) {
      signals.hidden.push(el);
      copy?.remove();
      continue;
    }
    const dir = setsDirection(el, tag, hasAttributes) ? probe.style()?.direction || parentDir : parentDir;
    // The root is compared with the initial value (ltr), every other element with its parent.
    // A change of direction is written on the copy, where Readability reads it.
    if ((dir === 'rtl' || dir === 'ltr') && dir !== (parentDir || 'ltr') && copy && !copy.hasAttribute('dir')) {
      copy.setAttribute('dir', dir);
    }
    if (el === dirRoot && (dir === 'rtl' || dir === 'ltr')) signals.bodyDirection = dir;
    let copyChild = copy?.lastElementChild ?? null;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
      parentDirs.push(dir);
      copies.push(copyChild);
      copyChild = copyChild?.previousElementSibling ?? null;
    }
  }
  return signals;
}

/**
 * The current element's computed style, read at most once and only if asked for; one
 * probe is reused for the whole walk (no object or closure per element).
 */
class StyleProbe {
  private el: Element | null = null;
  private read: CSSStyleDeclaration | null | undefined;
  constructor(private readonly getStyle: ((el: Element) => CSSStyleDeclaration) | undefined) {}
  reset(el: Element): void {
    this.el = el;
    this.read = undefined;
  }
  style(): CSSStyleDeclaration | null {
    if (this.read === undefined) this.read = this.getStyle && this.el ? this.getStyle(this.el) : null;
    return this.read;
  }
}

function isHidden(
  el: Element,
  hasAttributes: boolean,
  probe: StyleProbe,
  visible: Visibility | null,
  hasLayout: boolean,
): boolean {
  // `hidden` counts whatever the page's CSS does with it (hidden="until-found" is not
  // display: none, and a page may override the UA style).
  if (hasAttributes && el.hasAttribute('hidden')) return true;
  if (hasAttributes && el.getAttribute('aria-hidden') === 'true' && !el.querySelector('img, picture, video')) {
    return true;
  }
  // The native test says "not visible" for boxless elements too (display:contents,
  // <area>…), so a "no" is confirmed with the computed style before it counts.
  if (!visible || !visible(el)) {
    const style = probe.style();
    if (style && isHiddenByStyle(style)) return true;
  }
  // Clipped boxes of (almost) no size — screen-reader-only labels, collapsed
  // widgets — only mean something when the page has layout (in a parser without
  // layout all sizes are zero). The offset size is a cheap native read; only the
  // rare box of at most 1×1 px gets its style read, to see whether it clips what it
  // holds (an unclipped tiny box, such as a dropdown's anchor, shows its content).
  // Lazy images are tiny placeholders until a script loads them: never judged by size.
  // Such a box is a label (it holds at most one element) made by a rule that names it
  // (a class, an id or an inline style): testing only those spares a layout read on
  // most of the page. Collapsed menus are left to the landmark and class rules.
  if (!hasAttributes || !hasLayout || el.childElementCount > 1 || MEDIA_TAGS.has(el.localName)) return false;
  if (!(el.hasAttribute('class') || el.hasAttribute('style') || el.hasAttribute('id')) || !isTinyBox(el)) return false;
  const style = probe.style();
  if (!style || style.display === 'contents') return false;
  const clips = style.overflow === 'hidden' || style.overflow === 'clip' || (style.clip !== '' && style.clip !== 'auto');
  return clips && !el.querySelector('img');
}
