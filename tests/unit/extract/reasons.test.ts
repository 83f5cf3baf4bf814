import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import type { ExtractOptions, ExtractResult } from '@/lib/extract/types';
import { loadFixture, loadHtml, STOPPED_CLOCK } from '../../helpers/load-fixture';

const ARTICLE_URL = 'https://news.example.invalid/culture/2026/03/08/old-city-library-reopens';

/** A readable Arabic article (the dir-html fixture) loaded at `url`. */
function readableArticleAt(url: string): Document {
  return loadHtml(loadFixture('dir-html').source, url).doc;
}

function reasonOf(result: ExtractResult): string {
  return result.ok ? 'ok' : result.reason;
}

/** A long, plainly readable article of `paragraphs` paragraphs. */
function generatedArticle(paragraphs: number): string {
  const sentence =
    'The council said the new depot would let the city run every route with electric buses by the end of the decade, ' +
    'and drivers who tested the vehicles said they were quieter and smoother than the diesel fleet. ';
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${i + 1}. ${sentence.repeat(2)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>Long read</title></head><body><article><h1>Long read</h1>${body}</article></body></html>`;
}

/** A clock for tests: each call returns the next multiple of `stepMs`. */
function steppingClock(stepMs: number): () => number {
  let t = 0;
  return () => (t += stepMs);
}

describe('restricted-url', { timeout: 120_000 }, () => {
  it.each([
    'chrome://settings/',
    'chrome://newtab/',
    'about:blank',
    'edge://favorites/',
    'file:///home/reader/Downloads/old-city-library-reopens.html',
    'view-source:https://news.example.invalid/culture/2026/03/08/old-city-library-reopens',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/reader.html',
    'moz-extension://4b1f0c3e-2d6a-4f7e-9c1b-0a2d3e4f5a6b/reader.html',
    'https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnop',
    'https://news.example.invalid/reports/annual-report-2025.pdf',
  ])('is the reason for a readable article shown at %s, even when forced', (url) => {
    const doc = readableArticleAt(url);
    expect(reasonOf(extractArticle(doc, { url, now: STOPPED_CLOCK }))).toBe('restricted-url');
    expect(reasonOf(extractArticle(doc, { url, now: STOPPED_CLOCK, force: true }))).toBe('restricted-url');
  });

  it('is not the reason for the same article at an ordinary https URL', () => {
    expect(reasonOf(extractArticle(readableArticleAt(ARTICLE_URL), { url: ARTICLE_URL, now: STOPPED_CLOCK }))).toBe('ok');
  });
});

describe('not-readerable', { timeout: 120_000 }, () => {
  it.each(['home-page', 'non-article-login', 'non-article-listing'])(
    'is the reason for the %s fixture page',
    (slug) => {
      const fixture = loadFixture(slug);
      expect(reasonOf(extractArticle(fixture.doc, { url: fixture.meta.url, now: STOPPED_CLOCK }))).toBe('not-readerable');
    },
  );

  it.each([
    'https://www.example-news.invalid/',
    'https://www.example-news.invalid/index.html',
    'https://www.example-news.invalid/ar/',
  ])('is the reason for a full article shown at the home page URL %s', (url) => {
    const doc = loadHtml(loadFixture('ar-seed-cms').source, url).doc;
    expect(reasonOf(extractArticle(doc, { url, now: STOPPED_CLOCK }))).toBe('not-readerable');
  });

  it('is not the reason once the caller forces extraction of a home page', () => {
    const fixture = loadFixture('home-page');
    expect(reasonOf(extractArticle(fixture.doc, { url: fixture.meta.url, now: STOPPED_CLOCK, force: true }))).not.toBe('not-readerable');
  });

  it('is the reason for an empty page that is not forced', () => {
    const { doc } = loadHtml('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', ARTICLE_URL);
    expect(reasonOf(extractArticle(doc, { url: ARTICLE_URL, now: STOPPED_CLOCK }))).toBe('not-readerable');
  });
});

describe('no-article', { timeout: 120_000 }, () => {
  it.each([
    ['an empty body', '<!DOCTYPE html><html><head><title>Empty</title></head><body></body></html>'],
    ['a body of white space and an empty div', '<html><body>\n  <div class="content"> </div>\n</body></html>'],
    [
      'only site furniture',
      '<html lang="en"><body><header><a href="/">Site</a></header><nav><a href="/a">A</a> <a href="/b">B</a></nav><footer><p>&copy; 2026 Site Ltd</p></footer></body></html>',
    ],
  ])('is the reason when forcing %s', (_name, html) => {
    const { doc } = loadHtml(html, ARTICLE_URL);
    expect(reasonOf(extractArticle(doc, { url: ARTICLE_URL, now: STOPPED_CLOCK, force: true }))).toBe('no-article');
  });

  it('is the reason when forcing a sign-in page, whose form is not an article', () => {
    const fixture = loadFixture('non-article-login');
    expect(reasonOf(extractArticle(fixture.doc, { url: fixture.meta.url, now: STOPPED_CLOCK, force: true }))).toBe('no-article');
  });
});

describe('too-large', { timeout: 120_000 }, () => {
  const html = generatedArticle(120);

  it.each<[string, Partial<ExtractOptions>]>([
    ['more elements than maxElements', { maxElements: 100 }],
    ['more characters than maxChars', { maxChars: 5_000 }],
    ['more elements than maxElements, forced', { maxElements: 100, force: true }],
    ['more characters than maxChars, forced', { maxChars: 5_000, force: true }],
  ])('is the reason for a page with %s', (_name, limits) => {
    const { doc } = loadHtml(html, ARTICLE_URL);
    expect(reasonOf(extractArticle(doc, { url: ARTICLE_URL, now: STOPPED_CLOCK, ...limits }))).toBe('too-large');
  });

  it('is not the reason for the same page under the default limits', () => {
    const { doc } = loadHtml(html, ARTICLE_URL);
    expect(reasonOf(extractArticle(doc, { url: ARTICLE_URL, now: STOPPED_CLOCK }))).toBe('ok');
  });
});

describe('timeout', { timeout: 120_000 }, () => {
  it('is the reason when the injected clock runs past the time budget', () => {
    const doc = readableArticleAt(ARTICLE_URL);
    const result = extractArticle(doc, { url: ARTICLE_URL, timeBudgetMs: 500, now: steppingClock(1_000) });
    expect(reasonOf(result)).toBe('timeout');
  });

  it('is measured with the injected clock, not the wall clock: a stopped clock never times out', () => {
    const doc = readableArticleAt(ARTICLE_URL);
    const result = extractArticle(doc, { url: ARTICLE_URL, timeBudgetMs: 0, now: () => 42 });
    expect(reasonOf(result)).toBe('ok');
  });

  it('is not the reason when the clock stays within the budget', () => {
    const doc = readableArticleAt(ARTICLE_URL);
    const result = extractArticle(doc, { url: ARTICLE_URL, timeBudgetMs: 1_000_000, now: steppingClock(1) });
    expect(reasonOf(result)).toBe('ok');
  });
});
