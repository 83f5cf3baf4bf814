import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReaderState } from '@/lib/reader-state';
import { logger } from '@/lib/logger';
import { prepareSummarizer, summarizeIfReady } from '@/lib/summarize/prepare-summarizer';

/**
 * The summary of the article in `state` (none while loading or on failure), kept across
 * renders. The summarizer is a lazily loaded chunk (so are the stop words of languages
 * other than Arabic and English); `useReader` loads both with the article, so the summary
 * normally comes in the same render. Should that have failed, this hook loads the chunk
 * itself and summarizes without the list rather than show no summary.
 */
export function useSummary(state: ReaderState, sentences: number | undefined): string[] {
  const [loads, setLoads] = useState(0);
  const article = state.kind === 'article' ? state.article : undefined;
  const summary = useMemo(
    () =>
      article && sentences !== undefined
        ? summarizeIfReady(article.text, { lang: article.lang ?? undefined, sentences })
        : [],
    // `loads` re-runs the summary once the summarizer has arrived.
    [article, sentences, loads],
  );
  useEffect(() => {
    if (!article || summary !== null) return;
    let current = true;
    // Components have no browser APIs: a list useReader could not load is not retried here.
    prepareSummarizer(article.text, article.lang, async () => null).then(
      () => current && setLoads((n) => n + 1),
      (err) => logger.errorOnce('loading the summarizer failed', err),
    );
    return () => {
      current = false;
    };
  }, [article, summary]);
  return summary ?? [];
}
