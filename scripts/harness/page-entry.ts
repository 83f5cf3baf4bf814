/**
 * In-page entry for our pipeline: the same `extractArticle` the content script runs, on the
 * live document at its served URL, timed inside the page around the pipeline call.
 */
import { extractArticle } from '@/lib/extract/extract-article';
import type { PageRunResult } from './page-result';

/** Runs the pipeline on `document`; `force` skips the readerable check. */
export function run(force: boolean): PageRunResult {
  const start = performance.now();
  const result = extractArticle(document, { url: location.href, force });
  const ms = performance.now() - start;
  if (!result.ok) return { ok: false, reason: result.reason, ms };
  const { title, byline, siteName, lang, dir, text, html, wordCount } = result.article;
  return { ok: true, title, byline, siteName, lang, dir, text, html, wordCount, ms };
}
