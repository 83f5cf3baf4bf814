import { describe, expect, it } from 'vitest';
import { TOC_MIN_WORDS, outlineOf } from '@/lib/toc';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  // eslint-disable-next-line no-unsanitized/property -- test input, never rendered
  el.innerHTML = html;
  return el;
}

const LONG = TOC_MIN_WORDS + 100;

describe('outlineOf', () => {
  it('lists the subheadings of a long article in order, giving each an id', () => {
    const el = body('<h2>الأول</h2><p>x</p><h2>الثاني</h2><h3>فرعي</h3><h2>الثالث</h2>');
    const toc = outlineOf(el, LONG);
    expect(toc.map((e) => [e.text, e.depth])).toEqual([
      ['الأول', 1],
      ['الثاني', 1],
      ['فرعي', 2],
      ['الثالث', 1],
    ]);
    for (const e of toc) expect(el.querySelector(`#${e.id}`)?.textContent).toBe(e.text);
  });

  it.each([
    ['a short article', '<h2>a</h2><h2>b</h2><h2>c</h2>', TOC_MIN_WORDS - 1],
    ['fewer than three subheadings', '<h2>a</h2><p>x</p><h2>b</h2>', LONG],
    ['headings without text', '<h2> </h2><h2>a</h2><h3></h3><h2>b</h2>', LONG],
    ['no headings at all', '<p>x</p>', LONG],
  ])('gives no table of contents for %s', (_case, html, words) => {
    expect(outlineOf(body(html), words)).toEqual([]);
  });

  it('keeps the page’s own ids, but replaces a repeated one so each link reaches its heading', () => {
    const el = body('<h2 id="intro">a</h2><h2 id="intro">b</h2><h2>c</h2>');
    const ids = outlineOf(el, LONG).map((e) => e.id);
    expect(ids[0]).toBe('intro');
    expect(new Set(ids).size).toBe(3);
  });

  it('nests a skipped level one step, and leaves out entries deeper than two levels', () => {
    const el = body('<h2>a</h2><h4>b</h4><h5>c</h5><h2>d</h2>');
    expect(outlineOf(el, LONG).map((e) => [e.text, e.depth])).toEqual([
      ['a', 1],
      ['b', 2],
      ['d', 1],
    ]);
  });

  it('collapses whitespace and markup inside a heading into plain text', () => {
    const el = body('<h2>One\n  <em>two</em></h2><h2>b</h2><h2>c</h2>');
    expect(outlineOf(el, LONG)[0]!.text).toBe('One two');
  });
});
