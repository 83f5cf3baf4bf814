import { render } from 'preact';
import { createShadowRootUi, defineContentScript, type ContentScriptContext } from '#imports';
import type { ComponentProps } from 'preact';
import { ReaderOverlay } from '@/components/ReaderOverlay';
import { autoOpenBlock, dismissKey } from '@/lib/auto-open';
import type { Article } from '@/lib/extract/types';
import { logger } from '@/lib/logger';
import { sendMessage } from '@/lib/messages';
import { currentUiLocale } from '@/lib/ui-locale';
import { SUMMARY_WAIT_MS, waitBriefly } from '@/lib/summary-requests';
import { fileFrom, type ExportMaker } from '@/lib/text/export-file';
import { findMatchingRule } from '@/lib/site-rules';
import type { Settings } from '@/lib/settings/schema';
import { getSettings, updateSettings } from '@/lib/storage';
import readerCss from '@/components/reader.css?inline';
import settingsCss from '@/components/settings-panel.css?inline';
import { useSummary } from '@/components/useSummary';
import { summaries } from '../popup/summaries';
import { useSettings } from '../popup/use-settings';
import { useBundledNaskh } from './use-bundled-naskh';
import overlayCss from './overlay.css?inline';

/**
 * Auto reader mode. Registered at run time by the background, only for the sites the user
 * chose, and only after the user granted those hosts. Opens the overlay on article pages.
 */
export default defineContentScript({
  registration: 'runtime',
  // CSS comes in as text (`?inline`): no web-accessible resources, no extra host permission.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const settings = await getSettings();
    const url = location.href;
    const block = autoOpenBlock({
      url,
      settings,
      isTopFrame: window.top === window,
      navigationType: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type,
      dismissed: readDismissed(url),
    });
    if (block) return;
    // The pipeline's readerable check keeps the overlay off home pages and non-articles.
    let result = await extractHere();
    if (!result.ok && result.reason === 'not-readerable' && document.readyState !== 'complete') {
      // Pages that fill in their article late get one more look once they have loaded.
      await new Promise((done) => ctx.addEventListener(window, 'load', done, { once: true }));
      result = await extractHere();
    }
    if (!result.ok) return;
    await openOverlay(ctx, result.article, settings, url);
  },
});

async function openOverlay(ctx: ContentScriptContext, article: Article, settings: Settings, url: string) {
  const { uiLang, uiDir } = currentUiLocale();
  const rule = findMatchingRule(url, settings.autoSites);
  // The background makes the summary (as for every surface); the overlay waits for it only
  // briefly, so both normally appear together and a slow one never holds the reader back.
  await waitBriefly(summaries.entry(article, settings.summarySentences), SUMMARY_WAIT_MS);
  // Focus goes back where it was, so closing leaves the page as the user had it.
  const previousFocus = document.activeElement as HTMLElement | null;

  const ui = await createShadowRootUi(ctx, {
    name: 'safi-reader-overlay',
    position: 'modal',
    zIndex: 2147483647,
    isolateEvents: true,
    css: `${readerCss}\n${settingsCss}\n${overlayCss}`,
    onMount(container) {
      const root = document.createElement('div');
      container.append(root);
      render(
        <LiveOverlay
          initial={settings}
          article={article}
          uiLang={uiLang}
          uiDir={uiDir}
          rule={rule}
          copy={(text) => navigator.clipboard.writeText(text)}
          makeFile={makeFileHere}
          onClose={() => close()}
          onTurnOff={() => {
            sendMessage('turnOffAutoForSite', { rule }).catch((err) => logger.errorOnce('turning auto mode off failed', err));
            close();
          }}
          onOpenInTab={() => {
            // The background opens reader.html?tabId=<this tab> next to it; the overlay then
            // steps aside, as the popup does, and stays closed on this page.
            sendMessage('openReaderTab', { tabId: null }).then(
              (opened) => opened && close(),
              (err) => logger.errorOnce('could not open the reader tab', err),
            );
          }}
        />,
        root,
      );
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });

  // Esc pressed inside the overlay is the dialog's to handle (an open menu folds first);
  // this catches the Esc pressed while focus is still on the page.
  function onKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && !e.composedPath().includes(ui.shadowHost)) close();
  }
  let closed = false;
  /** `sticky`: the user closed it, so it stays closed for this tab and URL. */
  function close(sticky = true) {
    if (closed) return;
    closed = true;
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pagehide', onLeave);
    if (sticky) rememberDismissed(url);
    ui.remove();
    previousFocus?.focus?.({ preventScroll: true });
  }
  // Leaving the page takes the overlay down, so Back/Forward (which may restore this page
  // from the back-forward cache without running any script) shows the page itself.
  function onLeave() {
    close(false);
  }
  // Esc also works while focus is still on the page (before the user clicks into the overlay).
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  ctx.addEventListener(window, 'pagehide', onLeave);
  ui.mount();
}

/**
 * The overlay with live settings: a change made here, in the popup or in a reader tab shows
 * at once (a new summary length asks the background again), and changes made here are
 * saved for every surface.
 */
function LiveOverlay({
  initial,
  ...props
}: Omit<ComponentProps<typeof ReaderOverlay>, 'settings' | 'onSettings' | 'summary'> & { initial: Settings }) {
  const settings = useSettings() ?? initial;
  const summary = useSummary(props.article, settings.summarySentences, summaries);
  useBundledNaskh(settings.arabicFont, props.article);
  return (
    <ReaderOverlay
      {...props}
      summary={summary}
      settings={settings}
      onSettings={(patch) => void updateSettings((s) => ({ ...s, ...patch }))}
    />
  );
}

/**
 * The page's article, read by extract.js — the popup's extraction script, which the
 * background runs in this frame on request — rather than by a copy of the pipeline bundled
 * here: Readability and DOMPurify stay out of this script. extract.js runs in this same
 * isolated world and leaves its result on `__safiResult`, so the sanitized article never
 * crosses a message boundary.
 */
async function extractHere(): Promise<NonNullable<typeof globalThis.__safiResult>> {
  globalThis.__safiForce = false;
  globalThis.__safiResult = undefined;
  try {
    const ran = await sendMessage('extractForOverlay');
    return (ran && globalThis.__safiResult) || { ok: false, reason: 'error' };
  } catch (err) {
    logger.errorOnce('extraction for the overlay failed', err);
    return { ok: false, reason: 'error' };
  }
}

/**
 * "Save or copy" in the overlay: the converters (turndown, the HTML template) are not in this
 * script; the background injects export-tools.js into this frame the first time they are
 * needed, and it leaves them on `__safiExportTools` in this same isolated world.
 */
const makeFileHere: ExportMaker = async (article, kind) => {
  if (!globalThis.__safiExportTools && !(await sendMessage('loadExportTools'))) throw new Error('not in a tab');
  return fileFrom(globalThis.__safiExportTools ?? {}, article, kind, window);
};

/** "Close" is sticky for this tab and URL, so a reload does not reopen the overlay. */
function rememberDismissed(url: string) {
  try {
    sessionStorage.setItem(dismissKey(url), '1');
  } catch {
    // Storage can be disabled by the user; then a reload simply reopens the reader.
  }
}

function readDismissed(url: string): boolean {
  try {
    return sessionStorage.getItem(dismissKey(url)) === '1';
  } catch {
    return false;
  }
}
