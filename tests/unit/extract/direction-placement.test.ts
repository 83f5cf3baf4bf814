import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import type { TextDirection } from '@/lib/extract/types';
import { loadFixture, loadHtml, STOPPED_CLOCK } from '../../helpers/load-fixture';

// Each row is a fixture page whose only (or deciding) direction signal sits in one place.
// `lang` is checked only where the page declares one; `undefined` leaves it unchecked.
const placements: Array<{ slug: string; signal: string; dir: TextDirection; lang?: string }> = [
  { slug: 'dir-html', signal: 'dir="rtl" on <html>', dir: 'rtl', lang: 'ar' },
  { slug: 'dir-html-lang-en', signal: 'dir="rtl" on <html> against a wrong lang="en-US"', dir: 'rtl' },
  { slug: 'dir-body', signal: 'dir="rtl" on <body>', dir: 'rtl', lang: 'fa' },
  { slug: 'dir-article', signal: 'dir="rtl" lang="he" on <article> inside an ltr English page', dir: 'rtl', lang: 'he' },
  { slug: 'dir-container-div', signal: 'dir="rtl" lang="ar" on a plain <div> container inside an ltr English page', dir: 'rtl', lang: 'ar' },
  { slug: 'dir-none', signal: 'no dir, no lang, no CSS: the share of right-to-left letters', dir: 'rtl' },
  { slug: 'ar-seed-lang-only', signal: 'only lang="ar" on <html>', dir: 'rtl', lang: 'ar' },
  { slug: 'ar-seed-css-only', signal: 'only html{direction:rtl} in a <style> rule', dir: 'rtl' },
  { slug: 'ar-seed-cms', signal: 'lang="ar" and body{direction:rtl}, no dir attribute', dir: 'rtl', lang: 'ar' },
  { slug: 'css-ltr-in-rtl-site', signal: 'direction:ltr on the article container inside an rtl, lang="ar" template', dir: 'ltr' },
  { slug: 'css-ltr-bilingual', signal: 'direction:ltr on the container of an English feature quoting much Arabic, inside an rtl body', dir: 'ltr' },
  { slug: 'ar-br-paragraphs', signal: 'dir="rtl" on <html> and only a Content-Language meta', dir: 'rtl', lang: 'ar' },
  { slug: 'mixed-en-ar', signal: 'English prose with a few Arabic names and quotes, no other signal', dir: 'ltr' },
  { slug: 'en-news', signal: 'lang="en-GB", no dir', dir: 'ltr', lang: 'en' },
];

describe('article direction and language', { timeout: 120_000 }, () => {
  it.each(placements)('is $dir when the page gives $signal ($slug)', ({ slug, dir, lang }) => {
    const fixture = loadFixture(slug);
    const result = extractArticle(fixture.doc, { url: fixture.meta.url, now: STOPPED_CLOCK });
    if (!result.ok) throw new Error(`${slug}: extraction failed with ${result.reason}`);
    expect(result.article.dir).toBe(dir);
    if (lang !== undefined) expect(result.article.lang).toBe(lang);
  });

  it.each(placements)('gives the same direction when forced past the readerable check ($slug)', ({ slug, dir }) => {
    const fixture = loadFixture(slug);
    const result = extractArticle(fixture.doc, { url: fixture.meta.url, now: STOPPED_CLOCK, force: true });
    expect(result.ok && result.article.dir).toBe(dir);
  });
});

describe('the jsdom test environment', () => {
  // Why the CSS-only fixtures are meaningful here: jsdom cascades <style> rules into
  // getComputedStyle, but only on the elements a rule matches. It does not inherit
  // `direction` (browsers do), so the pipeline must look at ancestors itself.
  it('reports a <style> direction on the matched element but not on its descendants', () => {
    const { doc, win } = loadHtml(
      '<html><head><style>html{direction:rtl} .box{direction:ltr}</style></head><body><div class="box"><p>x</p></div></body></html>',
      'https://example.invalid/a',
    );
    expect(win.getComputedStyle(doc.documentElement).direction).toBe('rtl');
    expect(win.getComputedStyle(doc.body).direction).toBe('');
    expect(win.getComputedStyle(doc.querySelector('.box')!).direction).toBe('ltr');
    expect(win.getComputedStyle(doc.querySelector('p')!).direction).toBe('');
  });

  it('has no layout: every element measures zero', () => {
    const { doc } = loadHtml('<p>Some text</p>', 'https://example.invalid/a');
    const rect = doc.querySelector('p')!.getBoundingClientRect();
    expect([rect.width, rect.height]).toEqual([0, 0]);
  });
});
