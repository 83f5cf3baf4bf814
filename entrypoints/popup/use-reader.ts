import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/lib/extract/types';
import { isRestrictedUrl } from '@/lib/extract/restricted-url';
import { logger } from '@/lib/logger';
import { failureFromInjectionError, stateFromResult, withTimeout, type ReaderState } from '@/lib/reader-state';
import { readTab } from './read-tab';

/** The page is given this long before the popup shows the timeout state. */
const EXTRACT_TIMEOUT_MS = 10_000;

/**
 * Extracts the article of tab `tabId` (at `url`, undefined when the browser withholds it)
 * and exposes the page's state; `load(true)` is "Show it anyway". `beforeShow` runs once an
 * article has come back and before it is shown (the pages wait there, briefly, for its
 * summary, so that both normally appear together).
 *
 * The article's HTML is not sanitized again here: `stateFromResult` is the trust boundary
 * (lib/reader-state.ts says why the extraction script's output may be rendered as it is).
 */
export function useReader(
  tabId: number | undefined,
  url: string | undefined,
  beforeShow?: (article: Article) => Promise<unknown> | undefined,
) {
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  const beforeShowRef = useRef(beforeShow);
  beforeShowRef.current = beforeShow;

  const load = useCallback(
    async (force: boolean) => {
      if (tabId === undefined) return;
      setState({ kind: 'loading' });
      if (!url || isRestrictedUrl(url)) {
        setState({ kind: 'failure', reason: 'restricted-url' });
        return;
      }
      try {
        const next = stateFromResult(await withTimeout(readTab(tabId, force), EXTRACT_TIMEOUT_MS));
        if (next.kind === 'article') await beforeShowRef.current?.(next.article);
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
