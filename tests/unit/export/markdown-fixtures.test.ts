import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SafeHtml, TextDirection } from '@/lib/extract/types';
import { articleToMarkdown } from '@/lib/text/markdown';
import { FIXTURES_DIR } from '../../helpers/load-fixture';

interface Golden {
  title: string;
  byline: string | null;
  siteName: string | null;
  dir: TextDirection;
  text: string;
}

/** Fixture pages with a reviewed golden article (sanitized HTML and its plain text). */
const slugs = readdirSync(FIXTURES_DIR).filter((slug) => existsSync(path.join(FIXTURES_DIR, slug, 'expected.html')));

/** Markdown reduced to its words: escapes undone, syntax and direction marks dropped. */
function wordsOfMarkdown(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
    .replace(/<https?:[^>]+>/g, ' ')
    .replace(/\\(.)/g, '$1')
    .replace(/^(?:#{1,6} |> ?|- |\d+\. |\| --- .*)/gm, '')
    .replace(/^ +(?:- |\d+\. )/gm, '');
}

function flat(text: string): string {
  return text.replace(/[\u200E\u200F]/g, '').replace(/[*_|]/g, '').replace(/\s+/g, ' ').trim();
}

describe('articleToMarkdown on the fixture pages', () => {
  it.each(slugs)('%s: keeps every block of the article text, and writes no HTML', (slug) => {
    const dir = path.join(FIXTURES_DIR, slug);
    const golden = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Golden;
    const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { url: string };
    const html = readFileSync(path.join(dir, 'expected.html'), 'utf8') as SafeHtml;
    const md = articleToMarkdown({ ...golden, url: meta.url, html }, window);

    const words = flat(wordsOfMarkdown(md));
    const missing = golden.text
      .split(/\n+/)
      .map(flat)
      .filter((block) => block && !words.includes(block));
    expect(missing).toEqual([]);
    expect(md).not.toMatch(/<\/?(?:p|div|span|figure|figcaption|img|a|section|article|table|br)\b/i);
  });
});
