/**
 * In-page entry for the baseline: plain @mozilla/readability 0.6.0 with default options, on
 * a clone of the live document, timed like ours (clone + parse).
 */
import { Readability } from '@mozilla/readability';
import type { PageRunResult } from './page-result';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Runs plain Readability on `document`. */
export function run(): PageRunResult {
  const start = performance.now();
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const ms = performance.now() - start;
  if (!article) return { ok: false, reason: 'no-article', ms };
  const text = article.textContent ?? '';
  return {
    ok: true,
    title: article.title ?? null,
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
    lang: article.lang ?? null,
    dir: article.dir ?? null,
    text,
    html: article.content ?? '',
    wordCount: words(text),
    ms,
  };
}
