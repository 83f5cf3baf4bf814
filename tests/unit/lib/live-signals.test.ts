// @vitest-environment node -- each test builds its own jsdom page (see ./html.ts)
import { describe, expect, it } from 'vitest';
import { readLiveSignals } from '@/lib/extract/live-signals';
import { page } from './html';

const STORY = '<p id="a">The old city library opened its doors again on Saturday.</p><p id="b">Volunteers spent three winters cataloguing what survived.</p>';

/** Reads signals from a live page, marking a fresh clone in the same walk; returns both. */
function throughClone(bodyHtml: string, headHtml = '') {
  const { doc, win } = page(bodyHtml, headHtml);
  const before = doc.documentElement.outerHTML;
  const clone = doc.cloneNode(true) as Document;
  const signals = readLiveSignals(doc, win, clone);
  return { doc, before, signals, clone };
}

describe('live signals: hidden subtrees', () => {
  it.each([
    ['the hidden attribute', '<div id="x" hidden><p>Subscribe to our newsletter</p></div>', ''],
    ['an inline display:none', '<div id="x" style="display:none"><p>Subscribe to our newsletter</p></div>', ''],
    ['display:none from a <style> rule', '<div id="x" class="modal"><p>Subscribe to our newsletter</p></div>', '<style>.modal { display: none; }</style>'],
    ['visibility:hidden from a <style> rule', '<div id="x" class="popup"><p>Subscribe to our newsletter</p></div>', '<style>#x { visibility: hidden; }</style>'],
    ['aria-hidden="true"', '<div id="x" aria-hidden="true"><p>Subscribe to our newsletter</p></div>', ''],
  ])('removes a subtree hidden by %s from the clone', (_name, hiddenHtml, head) => {
    const { clone } = throughClone(`<article>${STORY}${hiddenHtml}</article>`, head);
    expect(clone.getElementById('x')).toBeNull();
    expect(clone.body.textContent).not.toContain('Subscribe');
    expect(clone.getElementById('a')).not.toBeNull();
    expect(clone.getElementById('b')).not.toBeNull();
  });

  it.each([
    ['the hidden attribute', '<div hidden><p>Subscribe</p></div>', ''],
    ['display:none from a <style> rule', '<div class="modal"><p>Subscribe</p></div>', '<style>.modal { display: none; }</style>'],
    ['aria-hidden="true"', '<div aria-hidden="true"><p>Subscribe</p></div>', ''],
  ])('leaves the live document exactly as it was (%s)', (_name, hiddenHtml, head) => {
    const { doc, before } = throughClone(`<article>${STORY}${hiddenHtml}</article>`, head);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps an aria-hidden block that holds an image (decorative wrappers around photos)', () => {
    const { clone } = throughClone(`<article>${STORY}<figure id="f" aria-hidden="true"><img src="https://cdn.example.com/hall.jpg" alt=""></figure></article>`);
    expect(clone.getElementById('f')).not.toBeNull();
  });

  it('keeps aria-hidden="false" and visible elements', () => {
    const { clone, signals } = throughClone(`<article aria-hidden="false">${STORY}</article>`);
    expect(signals.hidden).toEqual([]);
    expect(clone.getElementById('a')).not.toBeNull();
  });

  it('removes the right elements when a hidden block comes before the story', () => {
    const { clone } = throughClone(`<div hidden><p>one</p><p>two</p></div><span style="display:none">three</span>${STORY}<p id="c">After.</p>`);
    expect(Array.from(clone.body.children, (el) => el.id)).toEqual(['a', 'b', 'c']);
  });

  it('records only the root of a hidden subtree, not its descendants', () => {
    const { signals } = throughClone(`<div hidden><p>one</p><p><span>two</span></p></div>${STORY}`);
    expect(signals.hidden).toHaveLength(1);
  });

  it('never treats <head> content or a <br> as hidden', () => {
    const { clone } = throughClone(`<p id="a">Line one<br>line two</p>`, '<title>Story</title><style>br { display: none; }</style>');
    expect(clone.querySelector('title')?.textContent).toBe('Story');
    expect(clone.querySelector('br')).not.toBeNull();
  });

  it('reports that jsdom has no layout, so zero-size boxes are not taken for hidden', () => {
    const { signals, clone } = throughClone(`<article>${STORY}<span id="empty"></span></article>`);
    expect(signals.hasLayout).toBe(false);
    expect(clone.getElementById('empty')).not.toBeNull();
  });

  it('works without a window (no computed style): only attributes count', () => {
    const { doc } = page(`<article>${STORY}<div id="x" hidden>Subscribe</div><div id="y" style="display:none">Kept</div></article>`);
    const clone = doc.cloneNode(true) as Document;
    readLiveSignals(doc, null, clone);
    expect(clone.getElementById('x')).toBeNull();
    expect(clone.getElementById('y')).not.toBeNull();
  });
});

describe('live signals: direction from CSS', () => {
  it('marks where the page CSS turns the text right to left, and not below it', () => {
    const { clone, doc, before } = throughClone(
      `<div id="wrap"><article id="story">${STORY}</article></div>`,
      '<style>#story { direction: rtl; }</style>',
    );
    expect(clone.getElementById('story')?.getAttribute('dir')).toBe('rtl');
    expect(clone.getElementById('wrap')?.hasAttribute('dir')).toBe(false);
    expect(clone.getElementById('a')?.hasAttribute('dir')).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports the body direction set by CSS', () => {
    const { signals } = throughClone(STORY, '<style>body { direction: rtl; }</style>');
    expect(signals.bodyDirection).toBe('rtl');
  });

  it('does not overwrite a dir attribute the element already has', () => {
    const { clone } = throughClone(`<article id="story" dir="ltr">${STORY}</article>`, '<style>#story { direction: rtl; }</style>');
    expect(clone.getElementById('story')?.getAttribute('dir')).toBe('ltr');
  });
});

describe('live signals: marking a clone in the same walk', () => {
  it('marks every fresh clone the same way and never the live page', () => {
    const body = `<div hidden><p>Menu</p></div><article dir="rtl"><p id="a">نص المقال الأول</p><span style="display:none">Ad</span><section style="direction:ltr"><p id="b">English quote</p></section></article><aside aria-hidden="true">Share</aside>`;
    const { doc, win } = page(body);
    const before = doc.documentElement.outerHTML;
    const first = doc.cloneNode(true) as Document;
    const signals = readLiveSignals(doc, win, first);
    const second = doc.cloneNode(true) as Document;
    readLiveSignals(doc, win, second);
    expect(second.documentElement.outerHTML).toBe(first.documentElement.outerHTML);
    expect(first.body.textContent).not.toContain('Menu');
    expect(first.body.textContent).not.toContain('Share');
    expect(first.body.textContent).not.toContain('Ad');
    expect(first.getElementById('a')).not.toBeNull();
    expect(signals.hidden).toHaveLength(3);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads without marking when no clone is given', () => {
    const { doc, win } = page(`<div hidden>Menu</div>${STORY}`);
    const signals = readLiveSignals(doc, win);
    expect(signals.hidden).toHaveLength(1);
    expect(doc.body.textContent).toContain('Menu');
  });
});
