import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { i18n } from '#i18n';
import { AutoModeControls, type AutoNote } from '@/components/AutoModeControls';
import { FailureView } from '@/components/FailureView';
import { LoadingSkeleton } from '@/components/LoadingSkeleton';
import { ReaderView } from '@/components/ReaderView';
import { SettingsPanel } from '@/components/SettingsPanel';
import { useReadingStyle } from '@/components/useReadingStyle';
import { setAutoMode, type AutoTarget } from '@/lib/auto-mode-toggle';
import { logger } from '@/lib/logger';
import { sendMessage } from '@/lib/messages';
import { siteRuleFor } from '@/lib/site-rules';
import { updateSettings } from '@/lib/storage';
import type { ExportKind } from '@/lib/text/export-file';
import { exportFile } from '@/lib/text/export-lazy';
import { useReaderPage } from './use-reader-page';

interface Props {
  tabIdParam: number | null;
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
}

const copy = (text: string) => navigator.clipboard.writeText(text);

/** The popup: reader for one tab, plus the auto-mode switches for its site. */
export function App({ tabIdParam, uiLang, uiDir }: Props) {
  const { tab, settings, state, load, summary } = useReaderPage(tabIdParam);
  const mainRef = useRef<HTMLElement>(null);
  const [note, setNote] = useState<AutoNote>(null);
  const [busy, setBusy] = useState(false);

  useReadingStyle(document.documentElement, settings);
  // Focus moves into the article once it is there, so the keys scroll it straight away.
  useEffect(() => {
    if (state.kind === 'article') mainRef.current?.focus({ preventScroll: true });
  }, [state]);

  /**
   * Opens the full-tab reader on this tab (with `save`, to download that file there) and
   * closes the popup. The background opens it, so closing the popup cannot cut it short.
   */
  function openInTab(save?: ExportKind): Promise<void> {
    if (tab?.id === undefined) return Promise.resolve();
    return sendMessage('openReaderTab', { tabId: tab.id, ...(save ? { save } : {}) }).then((opened) => {
      if (!opened) throw new Error('no tab to open the reader for');
      window.close();
    });
  }
  // Firefox closes the popup when it asks where to save a file, and the download goes with
  // it; there the popup hands downloads to a reader tab, which stays open. No `downloads`
  // permission is needed for that.
  const saveElsewhere = import.meta.env.FIREFOX ? (kind: ExportKind) => openInTab(kind) : undefined;
  const rule = tab?.url ? siteRuleFor(tab.url) : null;

  function onToggle(target: AutoTarget, on: boolean) {
    setNote(null);
    setBusy(true);
    // Called synchronously from the change event, so the permission prompt may open.
    setAutoMode(
      {
        requestPermission: (origins) => browser.permissions.request({ origins }),
        removePermission: (origins) => browser.permissions.remove({ origins }),
        updateSettings,
        syncAutoMode: () => sendMessage('syncAutoMode'),
      },
      target,
      on,
    )
      .then((outcome) => setNote(outcome === 'declined' ? 'declined' : null))
      .catch((err) => {
        logger.errorOnce('auto mode toggle failed', err);
        setNote('failed');
      })
      .finally(() => setBusy(false));
  }

  return (
    <div class="safi-popup">
      <main class="safi-main" ref={mainRef} tabIndex={-1}>
        {state.kind === 'loading' && <LoadingSkeleton />}
        {state.kind === 'failure' && (
          <FailureView reason={state.reason} onForce={() => load(true)} onRetry={() => load(false)} />
        )}
        {state.kind === 'article' && (
          <ReaderView
            article={state.article}
            summary={summary}
            uiLang={uiLang}
            uiDir={uiDir}
            copy={copy}
            makeFile={exportFile}
            saveElsewhere={saveElsewhere}
            extraActions={
              <button
                type="button"
                class="safi-button"
                onClick={() => void openInTab().catch((err) => logger.errorOnce('could not open the reader tab', err))}
              >
                {i18n.t('readerTab.openInTab')}
              </button>
            }
          />
        )}
      </main>
      {settings && (
        <footer class="safi-footer">
          <SettingsPanel
            settings={settings}
            uiLang={uiLang}
            uiDir={uiDir}
            onChange={(patch) => void updateSettings((s) => ({ ...s, ...patch }))}
          />
          <AutoModeControls
            settings={settings}
            rule={rule}
            note={note}
            busy={busy}
            uiLang={uiLang}
            onToggle={onToggle}
            onSentences={(n) => void updateSettings((s) => ({ ...s, summarySentences: n }))}
          />
        </footer>
      )}
    </div>
  );
}
