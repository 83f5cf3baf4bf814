import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import { loadHtml, STOPPED_CLOCK } from '../../helpers/load-fixture';

const URL = 'https://news.example.invalid/city/2026/03/08/tram-line-opens';
const PARAGRAPH =
  '<p>The first trams ran on the new eastern line on Sunday morning, and by noon the operator said more than ' +
  'twelve thousand people had ridden the route, many of them simply to see the restored depot at its far end.</p>';

function pageWith(head: string): Document {
  const body = `<article><h1>Tram line opens</h1>${PARAGRAPH.repeat(4)}</article>`;
  return loadHtml(`<!DOCTYPE html><html lang="en"><head><title>Tram line opens | City Post</title>${head}</head><body>${body}</body></html>`, URL).doc;
}

describe('article metadata', () => {
  it('reads byline, date and site name from JSON-LD, which the pre-clean keeps for Readability', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tram line opens',
      datePublished: '2026-03-08T07:30:00+00:00',
      author: { '@type': 'Person', name: 'Lena Hart' },
      publisher: { '@type': 'Organization', name: 'City Post' },
    };
    const result = extractArticle(pageWith(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`), { url: URL, now: STOPPED_CLOCK });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.byline).toBe('Lena Hart');
    expect(result.article.publishedTime).toBe('2026-03-08T07:30:00+00:00');
    expect(result.article.siteName).toBe('City Post');
    expect(result.article.html).not.toContain('ld+json');
    expect(result.article.text).not.toContain('schema.org');
  });

  it('drops a byline that is a theme developer\'s credit in <meta name="author">', () => {
    const result = extractArticle(pageWith('<meta name="author" content="Developed By Heba Musa">'), { url: URL, now: STOPPED_CLOCK });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.byline).toBeNull();
  });

  it('drops a byline that is the site name from the page title, and keeps a site name given as a URL as its host', () => {
    const head = '<meta name="author" content="City Post"><meta property="og:site_name" content="https://www.citypost.example/">';
    const result = extractArticle(pageWith(head), { url: URL, now: STOPPED_CLOCK });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.byline).toBeNull();
    expect(result.article.siteName).toBe('citypost.example');
  });

  it('still drops ordinary scripts and their text', () => {
    const result = extractArticle(pageWith('<script>var tracker = "schema.org";</script>'), { url: URL, now: STOPPED_CLOCK });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.publishedTime).toBeNull();
    expect(result.article.text).not.toContain('tracker');
  });
});
