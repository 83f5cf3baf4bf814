/**
 * The table of contents of a rendered article: its subheadings, for long articles only.
 */

export interface TocEntry {
  /** The heading's id (its own, or one given here) for `#id` links. */
  id: string;
  text: string;
  /** Nesting depth, 1 for the highest subheading level the article uses. */
  depth: number;
}

/** Short articles are read straight through; a table of contents only helps long ones. */
export const TOC_MIN_WORDS = 600;
export const TOC_MIN_HEADINGS = 3;
/** Entries deeper than this are left out: a contents list is for finding sections. */
const MAX_DEPTH = 2;

/**
 * Collects the subheadings (h2–h6; the title is the h1 outside the body) of the rendered
 * article body `body`, giving each heading without an id a `safi-toc-N` id so links can
 * reach it. Returns [] when the article has fewer than TOC_MIN_WORDS words or fewer than
 * TOC_MIN_HEADINGS headings with text.
 */
export function outlineOf(body: Element, wordCount: number): TocEntry[] {
  if (wordCount < TOC_MIN_WORDS) return [];
  const headings = [...body.querySelectorAll('h2, h3, h4, h5, h6')]
    .map((el) => ({ el, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), level: Number(el.tagName[1]) }))
    .filter((h) => h.text !== '');
  if (headings.length < TOC_MIN_HEADINGS) return [];
  // Levels the article skips (h2 then h4) still nest one step, not two.
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  const seen = new Set<string>();
  return headings
    .map((h, i) => {
      // A page may repeat an id; a link must reach exactly this heading.
      if (!h.el.id || seen.has(h.el.id)) h.el.id = `safi-toc-${i + 1}`;
      seen.add(h.el.id);
      return { id: h.el.id, text: h.text, depth: levels.indexOf(h.level) + 1 };
    })
    .filter((e) => e.depth <= MAX_DEPTH);
}
