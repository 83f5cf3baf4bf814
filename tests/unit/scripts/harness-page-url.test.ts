import { describe, expect, it } from 'vitest';
import { choosePageUrl } from '@/scripts/harness/page-url';

const FILE = '/data/html/abc123.html.gz';
const FALLBACK = 'http://127.0.0.1/abc123.html';

describe('choosePageUrl', () => {
  it.each([
    ['uses the canonical link', '<link rel="canonical" href="https://news.example/2024/story">', 'https://news.example/2024/story'],
    ['reads attributes in any order and quoting', "<link href='https://a.example/x/y' REL=Canonical>", 'https://a.example/x/y'],
    ['accepts canonical among other rel tokens', '<link rel="alternate canonical" href="http://a.example/p">', 'http://a.example/p'],
    ['decodes &amp; in the href', '<link rel="canonical" href="https://a.example/p?a=1&amp;b=2">', 'https://a.example/p?a=1&b=2'],
    ['falls back to og:url when there is no canonical', '<meta property="og:url" content="https://b.example/news/1">', 'https://b.example/news/1'],
    ['prefers canonical over og:url whatever the order', '<meta property="og:url" content="https://b.example/og"><link rel="canonical" href="https://b.example/canon">', 'https://b.example/canon'],
    ['skips a root canonical (a home page) and takes og:url', '<link rel="canonical" href="https://c.example/"><meta property="og:url" content="https://c.example/a">', 'https://c.example/a'],
    ['ignores a relative canonical', '<link rel="canonical" href="/story/1">', FALLBACK],
    ['ignores a non-http canonical', '<link rel="canonical" href="ftp://c.example/a">', FALLBACK],
    ['ignores a canonical inside a comment', '<!-- <link rel="canonical" href="https://c.example/a"> -->', FALLBACK],
    ['ignores a URL decoded from non-UTF-8 bytes', '<link rel="canonical" href="https://c.example/\uFFFD\uFFFD">', FALLBACK],
    ['uses the file name when the page declares nothing', '<html><body>hi</body></html>', FALLBACK],
  ])('%s', (_name, html, expected) => {
    expect(choosePageUrl(html, FILE)).toBe(expected);
  });

  it('serves a plain .html file under its own name, percent-encoded', () => {
    expect(choosePageUrl('', '/tmp/my page.html')).toBe('http://127.0.0.1/my%20page.html');
  });
});
