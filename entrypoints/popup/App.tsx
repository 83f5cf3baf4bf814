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

  function openInTab() {
    if (tab?.id === undefined) return;
    browser.tabs
      .create({
        url: browser.runtime.getURL(`/reader.html?tabId=${tab.id}`),
        ...(tab.index !== undefined ? { index: tab.index + 1 } : {}),
        openerTabId: tab.id,
      })
      .then(
        () => window.close(),
        (err) => logger.errorOnce('could not open the reader tab', err),
      );
  }
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
            extraActions={
              <button type="button" class="safi-button" onClick={openInTab}>
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
