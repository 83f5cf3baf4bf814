import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { Article } from '@/lib/extract/types';
import { summaryView, type Summaries, type SummaryView } from '@/lib/summary-requests';

/**
 * The summary of `article` at `sentences` sentences, asked of the background through
 * `summaries` (the same request is asked once). Re-asked when the length setting changes;
 * meanwhile the summary already shown stays. Loading while either is still unknown.
 */
export function useSummary(
  article: Pick<Article, 'text' | 'lang'> | null,
  sentences: number | undefined,
  summaries: Summaries,
): SummaryView {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const shown = useRef<{ article: object; sentences: readonly string[] } | null>(null);
  const entry = article && sentences !== undefined ? summaries.entry(article, sentences) : undefined;

  useEffect(() => {
    if (!entry || entry.result) return;
    let current = true;
    void entry.done.then(() => current && rerender(0));
    return () => {
      current = false;
    };
  }, [entry]);

  const previous = article && shown.current?.article === article ? shown.current.sentences : [];
  const view = summaryView(entry, previous);
  if (article && view.status === 'ready') shown.current = { article, sentences: view.sentences };
  return view;
}
