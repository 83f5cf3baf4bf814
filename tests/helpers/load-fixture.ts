import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error -- jsdom ships no type declarations and @types/jsdom is not a dependency;
// the small part of its API used here is typed by `JsdomConstructor` below.
import { JSDOM as UntypedJSDOM } from 'jsdom';
import type { ExtractFailureReason, ExtractResult, TextDirection } from '@/lib/extract/types';

interface JsdomInstance {
  window: Window & typeof globalThis;
}
type JsdomConstructor = new (
  html: string,
  options: { url: string; contentType?: string; pretendToBeVisual?: boolean },
) => JsdomInstance;
const JSDOM = UntypedJSDOM as JsdomConstructor;

/**
 * The fixture pages folder. `import.meta.dirname` is set both by Node (tsx) and by Vitest;
 * `import.meta.url` is not a file URL under Vitest's jsdom environment.
 */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');

/**
 * A clock that never moves, passed as `now` wherever time is not what a test is about: the
 * pipeline's time budget is measured on the injected clock, and jsdom on a loaded machine can
 * take seconds per page, which must not turn into a `timeout` result and a flaky test.
 */
export const STOPPED_CLOCK = (): number => 0;

/** What a fixture page must produce; every field is optional and checked only when present. */
export interface FixtureExpect {
  dir?: TextDirection;
  /** Primary language subtag, or null when the page gives no language at all. */
  lang?: string | null;
  titleIncludes?: string;
  titleExcludes?: string[];
  bylineIncludes?: string;
  /** Substrings of `article.text` (whitespace-normalised on both sides). */
  mustContain?: string[];
  /** Whole blocks of `article.text` (between blank lines): a paragraph, caption or subhead on its own. */
  mustContainBlock?: string[];
  /** Substrings that must not appear anywhere in `article.text`. */
  mustNotContain?: string[];
  htmlContains?: string[];
  htmlNotContains?: string[];
  /** When set, extraction must fail with this reason (and the other fields are ignored). */
  reason?: ExtractFailureReason;
}

export interface FixtureMeta {
  /** Why the page exists and what it is built to test. */
  about?: string;
  url: string;
  /** Extract past the readerable check, as "Show it anyway" does. */
  force?: boolean;
  expect: FixtureExpect;
}

export interface LoadedPage {
  doc: Document;
  win: Window & typeof globalThis;
}

export interface Fixture extends LoadedPage {
  slug: string;
  folder: string;
  meta: FixtureMeta;
  source: string;
}

/** The golden fields compared with `expected.json`. */
export interface GoldenArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: TextDirection;
  text: string;
  wordCount: number;
}

/**
 * A live jsdom document for `html` at `url`. Scripts are not run (like the extraction harness,
 * which loads pages with scripts off) and no subresource is fetched; `<style>` rules are parsed,
 * so `getComputedStyle` sees the cascaded values jsdom supports.
 */
export function loadHtml(html: string, url: string): LoadedPage {
  const dom = new JSDOM(html, { url, contentType: 'text/html' });
  return { doc: dom.window.document, win: dom.window };
}

/** Every fixture folder that has a `meta.json`, sorted by name. */
export function listFixtureSlugs(dir: string = FIXTURES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'meta.json')))
    .map((entry) => entry.name)
    .sort();
}

/** Loads `<slug>/source.html` into jsdom with the URL from its `meta.json`. */
export function loadFixture(slug: string, dir: string = FIXTURES_DIR): Fixture {
  const folder = path.join(dir, slug);
  const meta = JSON.parse(readFileSync(path.join(folder, 'meta.json'), 'utf8')) as FixtureMeta;
  const source = readFileSync(path.join(folder, 'source.html'), 'utf8');
  return { slug, folder, meta, source, ...loadHtml(source, meta.url) };
}

/** Collapses every whitespace run (including no-break spaces) to one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function htmlFailures(html: string, expect: FixtureExpect): string[] {
  const failures: string[] = [];
  for (const s of expect.htmlContains ?? []) {
    if (!html.includes(s)) failures.push(`html lacks ${JSON.stringify(s)}`);
  }
  for (const s of expect.htmlNotContains ?? []) {
    if (html.includes(s)) failures.push(`html still has ${JSON.stringify(s)}`);
  }
  return failures;
}

function textFailures(text: string, expect: FixtureExpect): string[] {
  const failures: string[] = [];
  const flat = normaliseSpace(text);
  // Blocks are separated by one blank line (the Article.text contract).
  const blocks = new Set(text.split(/\n{2,}/).map(normaliseSpace));
  for (const s of expect.mustContain ?? []) {
    if (!flat.includes(normaliseSpace(s))) failures.push(`text lacks ${JSON.stringify(s)}`);
  }
  for (const s of expect.mustContainBlock ?? []) {
    if (!blocks.has(normaliseSpace(s))) failures.push(`text lacks the block ${JSON.stringify(s)}`);
  }
  for (const s of expect.mustNotContain ?? []) {
    if (flat.includes(normaliseSpace(s))) failures.push(`text still has ${JSON.stringify(s)}`);
  }
  return failures;
}

/**
 * Every way `result` misses the fixture's expectations, as readable lines (empty when it
 * meets them all). Shared by the golden test and `make-fixture`, which refuses to write a
 * golden for output that fails them.
 */
export function expectationFailures(result: ExtractResult, expect: FixtureExpect): string[] {
  if (expect.reason) {
    return result.ok
      ? [`expected failure ${expect.reason}, got an article`]
      : result.reason === expect.reason
        ? []
        : [`expected failure ${expect.reason}, got ${result.reason}`];
  }
  if (!result.ok) return [`expected an article, got failure ${result.reason}`];
  const { article } = result;
  const failures: string[] = [];
  if (expect.dir !== undefined && article.dir !== expect.dir) {
    failures.push(`dir is ${article.dir}, expected ${expect.dir}`);
  }
  if (expect.lang !== undefined && article.lang !== expect.lang) {
    failures.push(`lang is ${String(article.lang)}, expected ${String(expect.lang)}`);
  }
  if (expect.titleIncludes !== undefined && !article.title.includes(expect.titleIncludes)) {
    failures.push(`title ${JSON.stringify(article.title)} lacks ${JSON.stringify(expect.titleIncludes)}`);
  }
  for (const s of expect.titleExcludes ?? []) {
    if (article.title.includes(s)) failures.push(`title ${JSON.stringify(article.title)} has ${JSON.stringify(s)}`);
  }
  if (expect.bylineIncludes !== undefined && !(article.byline ?? '').includes(expect.bylineIncludes)) {
    failures.push(`byline ${JSON.stringify(article.byline)} lacks ${JSON.stringify(expect.bylineIncludes)}`);
  }
  return [...failures, ...textFailures(article.text, expect), ...htmlFailures(article.html, expect)];
}

/** The golden view of a successful result (the fields reviewed in `expected.json`). */
export function goldenOf(result: ExtractResult): GoldenArticle | { reason: ExtractFailureReason } {
  if (!result.ok) return { reason: result.reason };
  const { title, byline, siteName, lang, dir, text, wordCount } = result.article;
  return { title, byline, siteName, lang, dir, text, wordCount };
}
