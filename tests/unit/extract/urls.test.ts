import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import { loadHtml, STOPPED_CLOCK } from '../../helpers/load-fixture';

// Links and media sources come out absolute: Readability resolves them against the page's
// base URL as it finishes (the post-clean no longer does it a second time).
const URL = 'https://news.example.com/world/2026/03/08/story';
const PARAGRAPHS = [
  'The old city library opened its doors again on Saturday, ten years after a fire closed the reading rooms and destroyed part of the manuscript collection.',
  'Volunteers spent three winters cataloguing what survived, and the restored hall now holds more than forty thousand books, maps and letters.',
  'The director said the library would stay open late on weekdays so that students and workers could use it after their classes and shifts.',
  'Readers who come on the first day will find the map room open again, with the city plans that survived the fire laid out under glass.',
];

/** The sanitized article HTML of a page whose story holds `inner` in its last paragraph. */
function articleHtml(inner: string, head = ''): Document {
  const body = `<article><h1>Old city library reopens</h1>${PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}<p>${inner} ${PARAGRAPHS[3]}</p></article>`;
  const doc = loadHtml(`<!DOCTYPE html><html lang="en"><head><title>Old city library reopens</title>${head}</head><body>${body}</body></html>`, URL).doc;
  const result = extractArticle(doc, { url: URL, now: STOPPED_CLOCK, force: true });
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  return loadHtml(`<!DOCTYPE html><html><body>${result.article.html}</body></html>`, 'https://reader.invalid/').doc;
}

describe('extractArticle: absolute URLs', () => {
  it.each([
    ['a root-relative link', '<a href="/culture/2026/library">more</a>', 'a', 'href', 'https://news.example.com/culture/2026/library'],
    ['a document-relative link', '<a href="photos.html">photos</a>', 'a', 'href', 'https://news.example.com/world/2026/03/08/photos.html'],
    ['a protocol-relative link', '<a href="//cdn.example.com/x">x</a>', 'a', 'href', 'https://cdn.example.com/x'],
    ['a relative image', '<img src="../../img/hall.jpg" alt="hall">', 'img', 'src', 'https://news.example.com/world/2026/img/hall.jpg'],
    ['a data: image, which stays as it is', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">', 'img', 'src', 'data:image/png;base64,iVBORw0KGgo='],
    ['an in-page anchor, which stays in the page (under the sanitizer\'s id prefix)', '<a href="#notes">notes</a>', 'a', 'href', '#user-content-notes'],
  ])('makes %s absolute', (_name, html, selector, attr, expected) => {
    expect(articleHtml(html).querySelector(selector)!.getAttribute(attr)).toBe(expected);
  });

  it('makes every srcset candidate absolute and keeps its descriptor', () => {
    const img = articleHtml('<img src="/a.jpg" srcset="/a-480.jpg 480w, /a-960.jpg 960w" alt="hall">').querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe('https://news.example.com/a-480.jpg 480w, https://news.example.com/a-960.jpg 960w');
  });

  it('resolves against the page\'s <base href> when it has one', () => {
    const a = articleHtml('<a href="photos.html">photos</a>', '<base href="https://static.example.org/archive/">').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://static.example.org/archive/photos.html');
  });

  it('turns a javascript: link into its text', () => {
    const doc = articleHtml('<a href="javascript:openGallery()">the gallery</a>');
    expect(doc.querySelector('a')).toBeNull();
    expect(doc.body.textContent).toContain('the gallery');
  });
});
