/** Small, allocation-light measurements of DOM subtrees used by the cleaners. */

const SPACE_RUN = /\s+/g;

/** Visible-ish text of a subtree with runs of white space folded. */
export function normalizedText(el: Element): string {
  return (el.textContent ?? '').replace(SPACE_RUN, ' ').trim();
}

/** Length of `normalizedText(el)` without building the folded string twice. */
export function textLength(el: Element): number {
  return normalizedText(el).length;
}

/** Characters of text inside links, folded like `textLength`. */
export function linkTextLength(el: Element): number {
  let total = 0;
  for (const a of el.querySelectorAll('a')) total += normalizedText(a).length;
  return total;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const all = textLength(el);
  if (all === 0) return 0;
  return Math.min(1, linkTextLength(el) / all);
}

/**
 * Measures prose once for a whole subtree: every paragraph-like block adds its
 * length to all its ancestors, so asking any element afterwards is a lookup.
 * Values are taken before any removal; later removals only make them
 * overestimates, which errs on the side of keeping a block.
 */
export function createProseMeter(root: Element): (el: Element) => number {
  const totals = new Map<Element, number>();
  for (const p of root.querySelectorAll('p, pre, blockquote, li, h2, h3')) {
    const outer = p.parentElement?.closest('p, pre, blockquote, li');
    if (outer && root.contains(outer)) continue;
    const len = textLength(p);
    if (len < 40 || linkTextLength(p) / len >= 0.5) continue;
    for (let el: Element | null = p; el; el = el === root ? null : el.parentElement) {
      totals.set(el, (totals.get(el) ?? 0) + len);
    }
  }
  return (el) => totals.get(el) ?? 0;
}

/** The `class` and `id` of an element as one lower-case string, for keyword tests. */
export function classAndId(el: Element): string {
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  return `${cls} ${el.id}`.toLowerCase();
}
