/**
 * In-page entry for the floor of our pipeline's time: only the steps every reader built on
 * Readability must take to show an article safely — clone the page, run @mozilla/readability
 * 0.6.0 (with our options), and pass its HTML through our one sanitizer
 * (DOMPurify, our configuration). No live read, no cleaning, no direction, no text.
 * It is timed like the others; the bench runs it last on each page, so it never warms the
 * engine for them (and is itself, if anything, favoured).
 */
import { Readability } from '@mozilla/readability';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';

/** Runs the floor steps on `document` and returns the time they took. */
export function run(): { ms: number } {
  const start = performance.now();
  // Readability's options as ours sets them (lib/extract/extract-article.ts).
  const article = new Readability<Element>(document.cloneNode(true) as Document, {
    serializer: (el) => el as Element,
    keepClasses: true,
  }).parse();
  if (article?.content) sanitizeArticleHtml(article.content.outerHTML, window);
  return { ms: performance.now() - start };
}
