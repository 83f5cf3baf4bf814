/**
 * Lazy-loading pages keep the real image address in data attributes and show a
 * placeholder (a 1×1 GIF, a blank SVG) in `src` until a script swaps them. The
 * reader never runs that script, so it does the swap itself.
 */

export const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];

function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const s = src.trim();
  if (/^data:image\/(gif|svg\+xml|png);base64,/i.test(s) && s.length < 400) return true;
  return /^data:image\/svg\+xml/i.test(s) || /(blank|placeholder|spacer|transparent|lazy)[^/]*\.(gif|png|svg)/i.test(s);
}

/** Copies lazy image addresses into `src` / `srcset` for every img and picture source. */
export function fixLazyImages(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholder(v));
    if (lazy && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', lazy);
    const lazySet = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean);
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
    if (isPlaceholder(img.getAttribute('src'))) {
      // No usable src: take the first candidate of srcset, if any.
      const first = img.getAttribute('srcset')?.split(',')[0]?.trim().split(/\s+/)[0];
      if (first) img.setAttribute('src', first);
    }
  }
  for (const source of Array.from(root.querySelectorAll('picture source'))) {
    const lazySet = LAZY_SRCSET.map((a) => source.getAttribute(a)).find(Boolean);
    if (lazySet && !source.getAttribute('srcset')) source.setAttribute('srcset', lazySet);
  }
}
