/**
 * What only the live page knows. A clone has no layout and no computed style, so
 * before cloning we read, on the live DOM and without changing it, which elements
 * the reader cannot see and where the page's CSS turns the text right to left.
 * `applyLiveSignals` then marks the same elements in the clone: both documents list
 * their elements in the same order, so an element's index is its identity.
 */

export interface LiveSignals {
  /** Indexes (in `getElementsByTagName('*')` order) of hidden subtree roots. */
  hidden: number[];
  /** Elements (by index) whose computed direction differs from their parent's. */
  dirChanges: Array<{ index: number; dir: 'rtl' | 'ltr' }>;
  /** Computed direction of `<body>` (or the root) on the live page, if known. */
  bodyDirection: 'rtl' | 'ltr' | null;
  /** Whether the page had layout (false in jsdom, where sizes are all zero). */
  hasLayout: boolean;
}

export const HIDDEN_MARK = 'data-safi-hidden';

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
const NEVER_HIDDEN = new Set(['HTML', 'HEAD', 'BODY', 'BR', 'WBR', 'SOURCE', 'TRACK', 'PICTURE', 'NOSCRIPT']);

// Where a change of direction can start: block containers (and anything with a
// `dir` attribute). Inline runs inherit; skipping them halves the style reads.
const DIRECTION_TAGS = new Set([
  'HTML', 'BODY', 'MAIN', 'ARTICLE', 'SECTION', 'DIV', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'P',
  'BLOCKQUOTE', 'FIGURE', 'UL', 'OL', 'LI', 'TABLE', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'FORM', 'CENTER', 'DL', 'DD', 'DT', 'PRE', 'FIGCAPTION',
]);

type Visibility = (el: Element) => boolean;

/** The browser's own visibility test where it has one (no style object per element). */
function nativeVisibility(doc: Document, hasLayout: boolean): Visibility | null {
  const probe = doc.body as (HTMLElement & { checkVisibility?: (o?: object) => boolean }) | null;
  if (!hasLayout || typeof probe?.checkVisibility !== 'function') return null;
  return (el) => (el as HTMLElement & { checkVisibility(o?: object): boolean }).checkVisibility({ visibilityProperty: true });
}

/** Reads hidden elements and direction changes from the live page (read only). */
export function readLiveSignals(doc: Document, win: Window | null): LiveSignals {
  const all = doc.getElementsByTagName('*');
  const hasLayout = hasAnyLayout(doc);
  const hidden: number[] = [];
  const dirChanges: LiveSignals['dirChanges'] = [];
  const dirOf = new Map<Element, string>();
  let hiddenRoot: Element | null = null;
  const getStyle = win?.getComputedStyle?.bind(win);
  const visible = nativeVisibility(doc, hasLayout);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (hiddenRoot && hiddenRoot.contains(el)) continue;
    hiddenRoot = null;
    const tag = el.tagName.toUpperCase();
    if (tag === 'HEAD') {
      hiddenRoot = el; // skipped, not marked: nothing in <head> is shown
      continue;
    }
    let style: CSSStyleDeclaration | null | undefined;
    const styleOf = () => (style === undefined ? (style = getStyle ? getStyle(el) : null) : style);
    if (!NEVER_HIDDEN.has(tag) && isHidden(el, styleOf, visible, hasLayout)) {
      hidden.push(i);
      hiddenRoot = el;
      continue;
    }
    const parentDir = el.parentElement ? dirOf.get(el.parentElement) || '' : '';
    const dir = DIRECTION_TAGS.has(tag) || el.hasAttribute('dir') ? styleOf()?.direction || parentDir : parentDir;
    dirOf.set(el, dir);
    // The root is compared with the initial value (ltr), every other element with its parent.
    if ((dir === 'rtl' || dir === 'ltr') && dir !== (parentDir || 'ltr')) dirChanges.push({ index: i, dir });
  }
  const root = doc.body ?? doc.documentElement;
  const bodyDir = root ? dirOf.get(root) : undefined;
  return {
    hidden,
    dirChanges,
    bodyDirection: bodyDir === 'rtl' || bodyDir === 'ltr' ? bodyDir : null,
    hasLayout,
  };
}

function isHidden(
  el: Element,
  styleOf: () => CSSStyleDeclaration | null,
  visible: Visibility | null,
  hasLayout: boolean,
): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !el.querySelector('img, picture, video')) {
    return true;
  }
  // The native test says "not visible" for boxless elements too (display:contents,
  // <area>…), so a "no" is confirmed with the computed style before it counts.
  if (!visible || !visible(el)) {
    const style = styleOf();
    if (style && isHiddenByStyle(style)) return true;
  }
  // Clipped boxes of (almost) no size — screen-reader-only labels, collapsed
  // widgets — only mean something when the page has layout (in a parser without
  // layout all sizes are zero). The offset size is a cheap native read; only the
  // rare box of at most 1×1 px gets its style read, to see whether it clips what it
  // holds (an unclipped tiny box, such as a dropdown's anchor, shows its content).
  // Lazy images are tiny placeholders until a script loads them: never judged by size.
  if (!hasLayout || !isTinyBox(el) || /^(IMG|PICTURE|VIDEO|SVG)$/i.test(el.tagName)) return false;
  const style = styleOf();
  if (!style || style.display === 'contents') return false;
  const clips = style.overflow === 'hidden' || style.overflow === 'clip' || (style.clip !== '' && style.clip !== 'auto');
  return clips && !el.querySelector('img');
}

/**
 * Applies `signals` to a clone of the document they were read from: hidden
 * subtrees are removed, and a `dir` attribute records each place where the live
 * page's computed direction changes (unless the element already has a `dir`), so
 * Readability's ancestor lookup and the sanitized HTML keep the rendered direction.
 */
export function applyLiveSignals(clone: Document, signals: LiveSignals): void {
  const all = clone.getElementsByTagName('*');
  const snapshot: Element[] = Array.from(all);
  for (const { index, dir } of signals.dirChanges) {
    const el = snapshot[index];
    if (el && !el.hasAttribute('dir')) el.setAttribute('dir', dir);
  }
  for (const i of signals.hidden) snapshot[i]?.remove();
}
