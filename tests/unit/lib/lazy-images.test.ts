// @vitest-environment node -- each test builds its own jsdom page (see ./html.ts)
import { describe, expect, it } from 'vitest';
import { fixLazyImages } from '@/lib/extract/lazy-images';
import { bodyOf } from './html';

const GIF_PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const SVG_BLANK = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 9'%3E%3C/svg%3E";
const REAL = 'https://cdn.example.com/photos/2026/03/market.jpg';

function fixed(html: string): HTMLElement {
  const body = bodyOf(html);
  fixLazyImages(body);
  return body;
}

describe('fixLazyImages', () => {
  it.each([
    ['data-src over a 1×1 GIF placeholder', `<img src="${GIF_PIXEL}" data-src="${REAL}">`],
    ['data-src over a blank SVG placeholder', `<img src="${SVG_BLANK}" data-src="${REAL}">`],
    ['data-src over a placeholder file', `<img src="/static/img/placeholder.png" data-src="${REAL}">`],
    ['data-src over a spacer GIF', `<img src="/img/spacer.gif" data-src="${REAL}">`],
    ['data-src when there is no src at all', `<img data-src="${REAL}">`],
    ['data-src when src is empty', `<img src="" data-src="${REAL}">`],
    ['data-lazy-src', `<img src="${GIF_PIXEL}" data-lazy-src="${REAL}">`],
    ['data-original', `<img src="${GIF_PIXEL}" data-original="${REAL}">`],
  ])('puts the real address in src: %s', (_name, html) => {
    expect(fixed(html).querySelector('img')!.getAttribute('src')).toBe(REAL);
  });

  it('leaves a real src alone even when data-src differs', () => {
    const own = 'https://cdn.example.com/photos/2026/03/market-small.jpg';
    expect(fixed(`<img src="${own}" data-src="${REAL}">`).querySelector('img')!.getAttribute('src')).toBe(own);
  });

  it('does not copy a placeholder from data-src over an empty src', () => {
    const img = fixed(`<img data-src="${GIF_PIXEL}">`).querySelector('img')!;
    expect(img.getAttribute('src')).toBeNull();
  });

  it('copies data-srcset into srcset and takes its first candidate as src', () => {
    const set = 'https://cdn.example.com/a-480.jpg 480w, https://cdn.example.com/a-960.jpg 960w';
    const img = fixed(`<img src="${GIF_PIXEL}" data-srcset="${set}">`).querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe(set);
    expect(img.getAttribute('src')).toBe('https://cdn.example.com/a-480.jpg');
  });

  it('keeps an existing srcset rather than the lazy one', () => {
    const own = 'https://cdn.example.com/own-800.jpg 800w';
    const img = fixed(`<img src="${REAL}" srcset="${own}" data-srcset="https://cdn.example.com/lazy.jpg 800w">`).querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe(own);
  });

  it('fills the srcset of a picture source from data-srcset', () => {
    const body = fixed(
      `<picture><source type="image/webp" data-srcset="https://cdn.example.com/a.webp 1x"><img src="${GIF_PIXEL}" data-src="${REAL}"></picture>`,
    );
    expect(body.querySelector('source')!.getAttribute('srcset')).toBe('https://cdn.example.com/a.webp 1x');
    expect(body.querySelector('img')!.getAttribute('src')).toBe(REAL);
  });

  it('leaves a picture source that has its own srcset alone', () => {
    const body = fixed('<picture><source srcset="https://cdn.example.com/own.webp" data-srcset="https://cdn.example.com/lazy.webp"><img src="https://cdn.example.com/own.jpg"></picture>');
    expect(body.querySelector('source')!.getAttribute('srcset')).toBe('https://cdn.example.com/own.webp');
  });

  it('fixes every image under the root, not only the first', () => {
    const body = fixed(`<img data-src="${REAL}"><p>text</p><img data-src="https://cdn.example.com/b.jpg">`);
    expect(Array.from(body.querySelectorAll('img'), (i) => i.getAttribute('src'))).toEqual([REAL, 'https://cdn.example.com/b.jpg']);
  });
});
