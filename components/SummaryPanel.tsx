import { i18n } from '#i18n';

interface Props {
  sentences: string[];
  /** UI language and direction for the panel's own label and button. */
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
  onCopy: () => void;
}

/** The extractive summary: collapsible, sentences as plain text in the article's direction. */
export function SummaryPanel({ sentences, uiLang, uiDir, onCopy }: Props) {
  if (sentences.length === 0) return null;
  return (
    <details class="safi-summary" open>
      <summary lang={uiLang} dir={uiDir}>
        {i18n.t('reader.summary')}
      </summary>
      <ul class="safi-summary-list">
        {sentences.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <button type="button" class="safi-button safi-button-small" lang={uiLang} dir={uiDir} onClick={onCopy}>
        {i18n.t('reader.copySummary')}
      </button>
    </details>
  );
}
