import { useMemo } from 'preact/hooks';
import type { ReaderState } from '@/lib/reader-state';
import { summarize } from '@/lib/summarize';

/** The summary of the article in `state` (none while loading or on failure), kept across renders. */
export function useSummary(state: ReaderState, sentences: number | undefined): string[] {
  return useMemo(
    () =>
      state.kind === 'article' && sentences !== undefined
        ? summarize(state.article.text, { lang: state.article.lang ?? undefined, sentences })
        : [],
    [state, sentences],
  );
}
