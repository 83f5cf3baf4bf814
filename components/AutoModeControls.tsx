import { i18n } from '#i18n';
import type { AutoTarget } from '@/lib/auto-mode-toggle';
import { MAX_SUMMARY_SENTENCES, MIN_SUMMARY_SENTENCES, type Settings } from '@/lib/settings/schema';

export type AutoNote = 'declined' | 'failed' | null;

interface Props {
  settings: Settings;
  /** The site rule for the current page, or null when the page is not a website. */
  rule: string | null;
  note: AutoNote;
  busy: boolean;
  /** UI locale, for the digits of the sentence counts. */
  uiLang: string;
  onToggle: (target: AutoTarget, on: boolean) => void;
  onSentences: (n: number) => void;
}

const SENTENCE_CHOICES = Array.from(
  { length: MAX_SUMMARY_SENTENCES - MIN_SUMMARY_SENTENCES + 1 },
  (_, i) => MIN_SUMMARY_SENTENCES + i,
);

/** Auto reader mode switches and the summary length. */
export function AutoModeControls({ settings, rule, note, busy, uiLang, onToggle, onSentences }: Props) {
  const digits = new Intl.NumberFormat(uiLang);
  return (
    <fieldset class="safi-settings" disabled={busy}>
      <legend>{i18n.t('auto.heading')}</legend>
      {rule && (
        <label class="safi-switch">
          <input
            type="checkbox"
            name="auto-site"
            checked={settings.autoSites.includes(rule)}
            onChange={(e) => onToggle({ kind: 'site', rule }, e.currentTarget.checked)}
          />
          {/* The host is LTR text inside a possibly RTL label. */}
          <span>{i18n.t('auto.thisSite', [`\u2068${rule}\u2069`])}</span>
        </label>
      )}
      <label class="safi-switch">
        <input
          type="checkbox"
          name="auto-all"
          checked={settings.autoAllSites}
          onChange={(e) => onToggle({ kind: 'all' }, e.currentTarget.checked)}
        />
        <span>{i18n.t('auto.allSites')}</span>
      </label>
      <p class="safi-note" role="status" aria-live="polite">
        {note === 'declined' ? i18n.t('auto.declined') : note === 'failed' ? i18n.t('auto.failed') : ''}
      </p>
      <label class="safi-select">
        <span>{i18n.t('auto.summaryLength')}</span>
        <select
          name="summary-sentences"
          value={String(settings.summarySentences)}
          onChange={(e) => onSentences(Number(e.currentTarget.value))}
        >
          {SENTENCE_CHOICES.map((n) => (
            <option key={n} value={String(n)}>
              {digits.format(n)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
