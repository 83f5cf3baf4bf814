import { useCallback, useEffect, useState } from 'preact/hooks';
import { isRestrictedUrl } from '@/lib/extract/restricted-url';
import { logger } from '@/lib/logger';
import { failureFromInjectionError, stateFromResult, withTimeout, type ReaderState } from '@/lib/reader-state';
import { prepareSummarizer } from '@/lib/summarize/prepare-summarizer';
import { fetchStopWordList } from './fetch-stop-word-list';
import { readTab } from './read-tab';

/** The page is given this long before the popup shows the timeout state. */
const EXTRACT_TIMEOUT_MS = 10_000;

/**
 * Extracts the article of tab `tabId` (at `url`, undefined when the browser withholds it)
 * and exposes the popup's state; `load(true)` is "Show it anyway".
 */
export function useReader(tabId: number | undefined, url: string | undefined) {
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });

  const load = useCallback(
    async (force: boolean) => {
      if (tabId === undefined) return;
      setState({ kind: 'loading' });
      if (!url || isRestrictedUrl(url)) {
        setState({ kind: 'failure', reason: 'restricted-url' });
        return;
      }
      // The sanitizer (DOMPurify) is a lazy chunk, fetched while the page is being read.
      const sanitizer = import('@/lib/extract/sanitize');
      sanitizer.catch(() => undefined); // awaited only for an article; a failure surfaces there
      try {
        const next = stateFromResult(await withTimeout(readTab(tabId, force), EXTRACT_TIMEOUT_MS));
        if (next.kind === 'article') {
          // The brand does not survive messaging: sanitize again on this side of the boundary.
          const { sanitizeArticleHtml } = await sanitizer;
          next.article = { ...next.article, html: sanitizeArticleHtml(next.article.html, window) };
          // The summarizer is a lazy chunk too; loaded now, the summary renders with the article.
          await prepareSummarizer(next.article.text, next.article.lang, fetchStopWordList).catch((err: unknown) =>
            logger.errorOnce('loading the summarizer failed', err),
          );
        }
        setState(next);
      } catch (err) {
        const reason = failureFromInjectionError(err instanceof Error ? err.message : String(err));
        if (reason === 'error') logger.errorOnce('reading the tab failed', err);
        setState({ kind: 'failure', reason });
      }
    },
    [tabId, url],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  return { state, load };
}
