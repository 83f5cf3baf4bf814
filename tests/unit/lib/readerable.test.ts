import { describe, expect, it } from 'vitest';
import { checkReaderable, isHomePageUrl } from '@/lib/extract/readerable';
import { loadHtml } from '../../helpers/load-fixture';

describe('isHomePageUrl', () => {
  it.each([
    'https://news.example.com',
    'https://news.example.com/',
    'https://news.example.com/?utm_source=newsletter',
    'https://news.example.com/#top',
    'https://news.example.com/index.html',
    'https://news.example.com/index.php',
    'https://news.example.com/default.aspx',
    'https://news.example.com/home',
    'https://news.example.com/Index.HTML',
    'https://news.example.com/ar/',
    'https://news.example.com/ar',
    'https://news.example.com/en',
    'https://news.example.com/en/',
    'https://news.example.com/pt-br/',
    'https://news.example.com/zh-hant',
    'https://news.example.com//',
  ])('%s is a home page', (url) => {
    expect(isHomePageUrl(url)).toBe(true);
  });

  it.each([
    'https://news.example.com/news/1',
    'https://news.example.com/ar/news/2026/03/08/story',
    'https://news.example.com/en/world-12345',
    'https://news.example.com/story.html',
    'https://news.example.com/index/2026/story',
    'https://news.example.com/arabic',
    'https://news.example.com/a1',
    'not a url',
  ])('%s is not a home page', (url) => {
    expect(isHomePageUrl(url)).toBe(false);
  });
});

const PARAGRAPH =
  '<p>The council said on Monday that the new depot would let the city run every bus route with electric buses by the end of the decade, and drivers who tested the vehicles said they were quieter and smoother than the diesel fleet they replace.</p>';
const ARTICLE_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Depot</title></head><body><article><h1>Depot</h1>${PARAGRAPH.repeat(6)}</article></body></html>`;
const SHORT_PAGE = '<!DOCTYPE html><html><body><p>Sign in to continue.</p><form><input name="user"></form></body></html>';

const visible = () => true;

describe('checkReaderable', () => {
  it('accepts a long article at an ordinary URL', () => {
    const url = 'https://news.example.com/city/2026/03/08/depot';
    expect(checkReaderable(loadHtml(ARTICLE_PAGE, url).doc, url, visible)).toBe('ok');
  });

  it.each(['chrome://newtab/', 'file:///home/reader/depot.html', 'https://news.example.com/depot.pdf'])(
    'reports a restricted URL before looking at the page: %s',
    (url) => {
      const { doc } = loadHtml(ARTICLE_PAGE, 'https://news.example.com/city/depot');
      expect(checkReaderable(doc, url, visible)).toBe('restricted-url');
    },
  );

  it.each(['https://news.example.com/', 'https://news.example.com/ar/', 'https://news.example.com/index.html'])(
    'never calls a home page readerable, even one holding a long article: %s',
    (url) => {
      expect(checkReaderable(loadHtml(ARTICLE_PAGE, url).doc, url, visible)).toBe('not-readerable');
    },
  );

  it('rejects a page without enough prose', () => {
    const url = 'https://news.example.com/account/login';
    expect(checkReaderable(loadHtml(SHORT_PAGE, url).doc, url, visible)).toBe('not-readerable');
  });

  it('rejects an article whose paragraphs the visibility test says are hidden', () => {
    const url = 'https://news.example.com/city/2026/03/08/depot';
    expect(checkReaderable(loadHtml(ARTICLE_PAGE, url).doc, url, () => false)).toBe('not-readerable');
  });
});
