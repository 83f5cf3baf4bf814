import { useRef } from 'preact/hooks';
import { useSummary } from '@/components/useSummary';
import { SUMMARY_WAIT_MS, waitBriefly } from '@/lib/summary-requests';
import { summaries } from './summaries';
import { useReader } from './use-reader';
import { useSettings } from './use-settings';
import { useTab } from './use-tab';

/**
 * Everything the popup and the reader tab read: their tab, the live settings, the article
 * (see `useReader`) and its summary, which the background makes and which is asked again
 * when the summary length changes.
 */
export function useReaderPage(tabIdParam: number | null) {
  const tab = useTab(tabIdParam);
  const settings = useSettings();
  const sentences = useRef<number>();
  sentences.current = settings?.summarySentences;
  const { state, load } = useReader(tab?.id, tab?.url, (article) =>
    sentences.current === undefined ? undefined : waitBriefly(summaries.entry(article, sentences.current), SUMMARY_WAIT_MS),
  );
  const summary = useSummary(state.kind === 'article' ? state.article : null, settings?.summarySentences, summaries);
  return { tab, settings, state, load, summary };
}
