import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import type { Article, ExtractResult } from '@/lib/extract/types';
import {
  expectationFailures,
  goldenOf,
  listFixtureSlugs,
  loadFixture,
  STOPPED_CLOCK,
  type Fixture,
} from '../../helpers/load-fixture';

interface Run {
  fixture: Fixture;
  result: ExtractResult;
  /** The live page's markup before and after extraction. */
  before: string;
  after: string;
}

// jsdom is slow (seconds per page on a busy machine), so each fixture is extracted once per
// file and every check below reads the same run.
const runs = new Map<string, Run>();

function runOf(slug: string): Run {
  let run = runs.get(slug);
  if (!run) {
    const fixture = loadFixture(slug);
    const before = fixture.doc.documentElement.outerHTML;
    const result = extractArticle(fixture.doc, { url: fixture.meta.url, force: fixture.meta.force, now: STOPPED_CLOCK });
    run = { fixture, result, before, after: fixture.doc.documentElement.outerHTML };
    runs.set(slug, run);
  }
  return run;
}

function articleOf(slug: string): { fixture: Fixture; article: Article } {
  const { fixture, result } = runOf(slug);
  if (!result.ok) throw new Error(`${slug}: extraction failed with ${result.reason}`);
  return { fixture, article: result.article };
}

const slugs = listFixtureSlugs();
const articleSlugs = slugs.filter((slug) => !loadFixture(slug).meta.expect.reason);
const regenerate = (slug: string) => `npx tsx tests/tools/make-fixture.ts ${slug}`;

// Known pipeline defects, kept visible with `it.fails` (which turns red the day a
// defect is fixed, so the list cannot go stale). None at the moment.
const KNOWN_DEFECTS = new Set<string>([]);
const itFor = (slug: string) => (KNOWN_DEFECTS.has(slug) ? it.fails : it);

describe('fixture pages', { timeout: 120_000 }, () => {
  it('finds the fixture pages on disk', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(15);
  });

  for (const slug of slugs) {
    itFor(slug)(`${slug} meets the expectations written in its meta.json`, () => {
      const { fixture, result } = runOf(slug);
      expect(expectationFailures(result, fixture.meta.expect)).toEqual([]);
    });
  }

  it.each(slugs.filter((s) => !KNOWN_DEFECTS.has(s)))('%s matches its reviewed golden expected.json', (slug) => {
    const { fixture, result } = runOf(slug);
    const file = path.join(fixture.folder, 'expected.json');
    expect(existsSync(file), `no reviewed golden yet: ${regenerate(slug)}`).toBe(true);
    const golden: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(goldenOf(result)).toEqual(golden);
  });

  it.each(articleSlugs.filter((s) => !KNOWN_DEFECTS.has(s)))('%s produces the reviewed golden expected.html', (slug) => {
    const { fixture, article } = articleOf(slug);
    const file = path.join(fixture.folder, 'expected.html');
    expect(existsSync(file), `no reviewed golden yet: ${regenerate(slug)}`).toBe(true);
    expect(`${article.html}\n`).toBe(readFileSync(file, 'utf8'));
  });

  it.each(slugs)('%s is read without changing the live page', (slug) => {
    const { before, after } = runOf(slug);
    expect(after).toBe(before);
  });

  it.each(articleSlugs)('%s gives sanitized HTML with absolute, safe links and images', (slug) => {
    const { fixture, article } = articleOf(slug);
    const body = new fixture.win.DOMParser().parseFromString(article.html, 'text/html').body;
    const forbidden = body.querySelectorAll(
      'script, style, form, input, button, textarea, select, iframe, object, embed',
    );
    expect([...forbidden].map((el) => el.tagName)).toEqual([]);
    const handlers = [...body.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
    );
    expect(handlers).toEqual([]);
    for (const link of body.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|#)/);
      expect(link.getAttribute('rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    for (const img of body.querySelectorAll('img')) {
      expect(img.getAttribute('src') ?? '').toMatch(/^(https?:|data:image\/)/);
    }
  });

  it.each(articleSlugs)('%s gives HTML that sanitizing again leaves as it is (surfaces render it without a second pass)', (slug) => {
    const { fixture, article } = articleOf(slug);
    expect(sanitizeArticleHtml(article.html, fixture.win)).toBe(article.html);
  });

  it.each(articleSlugs)('%s gives plain text: one blank line between blocks, no markup, no runs of spaces', (slug) => {
    const { article } = articleOf(slug);
    expect(article.text).not.toMatch(/<[a-z!/]/i);
    expect(article.text).not.toMatch(/\n{3,}/);
    expect(article.text).not.toMatch(/[ \t\u00a0]{2,}/);
    expect(article.text).toBe(article.text.trim());
    expect(article.text.startsWith(article.title)).toBe(false);
  });

  it.each(articleSlugs)('%s gives HTML with no empty blocks and no repeat of the title', (slug) => {
    const { fixture, article } = articleOf(slug);
    const body = new fixture.win.DOMParser().parseFromString(article.html, 'text/html').body;
    const blocks = body.querySelectorAll('p, div, section, li, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, figure, figcaption');
    const empty = [...blocks].filter(
      (el) => !(el.textContent ?? '').trim() && !el.querySelector('img, picture, video, audio, svg, table, hr'),
    );
    expect(empty.map((el) => el.outerHTML)).toEqual([]);
    const headings = [...body.querySelectorAll('h1, h2, h3')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(headings).not.toContain(article.title);
  });
});
