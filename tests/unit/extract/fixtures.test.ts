import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import type { ExtractResult } from '@/lib/extract/types';
import {
  expectationFailures,
  goldenOf,
  listFixtureSlugs,
  loadFixture,
  STOPPED_CLOCK,
  type Fixture,
} from '../../helpers/load-fixture';

const slugs = listFixtureSlugs();
const articleSlugs = slugs.filter((slug) => !loadFixture(slug).meta.expect.reason);

async function run(fixture: Fixture): Promise<ExtractResult> {
  return extractArticle(fixture.doc, { url: fixture.meta.url, force: fixture.meta.force, now: STOPPED_CLOCK });
}

async function articleOf(slug: string) {
  const fixture = loadFixture(slug);
  const result = await run(fixture);
  if (!result.ok) throw new Error(`${slug}: extraction failed with ${result.reason}`);
  return { fixture, article: result.article };
}

const regenerate = (slug: string) => `npx tsx tests/tools/make-fixture.ts ${slug}`;

describe('fixture pages', () => {
  it('finds the fixture pages on disk', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(15);
  });

  it.each(slugs)('%s meets the expectations written in its meta.json', async (slug) => {
    const fixture = loadFixture(slug);
    expect(expectationFailures(await run(fixture), fixture.meta.expect)).toEqual([]);
  });

  it.each(slugs)('%s matches its reviewed golden expected.json', async (slug) => {
    const fixture = loadFixture(slug);
    const file = path.join(fixture.folder, 'expected.json');
    expect(existsSync(file), `no reviewed golden yet: ${regenerate(slug)}`).toBe(true);
    const golden: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(goldenOf(await run(fixture))).toEqual(golden);
  });

  it.each(articleSlugs)('%s produces the reviewed golden expected.html', async (slug) => {
    const { fixture, article } = await articleOf(slug);
    const file = path.join(fixture.folder, 'expected.html');
    expect(existsSync(file), `no reviewed golden yet: ${regenerate(slug)}`).toBe(true);
    expect(`${article.html}\n`).toBe(readFileSync(file, 'utf8'));
  });

  it.each(slugs)('%s is read without changing the live page', async (slug) => {
    const fixture = loadFixture(slug);
    const before = fixture.doc.documentElement.outerHTML;
    await run(fixture);
    expect(fixture.doc.documentElement.outerHTML).toBe(before);
  });

  it.each(articleSlugs)('%s gives sanitized HTML with absolute, safe links and images', async (slug) => {
    const { fixture, article } = await articleOf(slug);
    const body = new fixture.win.DOMParser().parseFromString(article.html, 'text/html').body;
    const forbidden = body.querySelectorAll('script, style, form, input, button, textarea, select, iframe, object, embed');
    expect([...forbidden].map((el) => el.tagName)).toEqual([]);
    const handlers = [...body.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
    );
    expect(handlers).toEqual([]);
    for (const link of body.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|#)/);
      expect(link.getAttribute('rel')?.split(/\s+/).sort()).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
    }
    for (const img of body.querySelectorAll('img')) {
      expect(img.getAttribute('src') ?? '').toMatch(/^(https?:|data:image\/)/);
    }
  });

  it.each(articleSlugs)('%s gives plain text with one blank line between blocks and no runs of spaces', async (slug) => {
    const { article } = await articleOf(slug);
    expect(article.text).not.toMatch(/<[a-z!/]/i);
    expect(article.text).not.toMatch(/\n{3,}/);
    expect(article.text).not.toMatch(/[ \t\u00a0]{2,}/);
    expect(article.text).toBe(article.text.trim());
    expect(article.text.startsWith(article.title)).toBe(false);
  });
});
