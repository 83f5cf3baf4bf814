import { i18n } from '#i18n';
import type { SummaryView } from '@/lib/summary-requests';

interface Props {
  summary: SummaryView;
  /** UI language and direction for the panel's own label, notes and button. */
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
  onCopy: () => void;
}

/**
 * The extractive summary: collapsible, sentences as plain text in the article's direction.
 * While the background works on it, the panel says so (keeping the previous summary, if any,
 * when only the length changed); if it fails, a short note takes the sentences' place. A
 * text with no sentence to summarize shows no panel.
 */
export function SummaryPanel({ summary, uiLang, uiDir, onCopy }: Props) {
  const { status, sentences } = summary;
  if (status === 'ready' && sentences.length === 0) return null;
  return (
    <details class={`safi-summary safi-summary-${status}`} open aria-busy={status === 'loading' ? 'true' : undefined}>
      <summary lang={uiLang} dir={uiDir}>
        {i18n.t('reader.summary')}
      </summary>
      {sentences.length > 0 && (
        <ul class="safi-summary-list">
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      {sentences.length === 0 && (
        <p class="safi-summary-note" role="status" lang={uiLang} dir={uiDir}>
          {status === 'failed' ? i18n.t('reader.summaryFailed') : i18n.t('reader.summaryLoading')}
        </p>
      )}
      {sentences.length > 0 && (
        <button type="button" class="safi-button safi-button-small" lang={uiLang} dir={uiDir} onClick={onCopy}>
          {i18n.t('reader.copySummary')}
        </button>
      )}
    </details>
  );
}
