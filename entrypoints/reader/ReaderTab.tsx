import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { FailureView } from '@/components/FailureView';
import { LoadingSkeleton } from '@/components/LoadingSkeleton';
import { ReaderView } from '@/components/ReaderView';
import { SettingsPanel } from '@/components/SettingsPanel';
import { TableOfContents } from '@/components/TableOfContents';
import { useReadingStyle } from '@/components/useReadingStyle';
import type { ReadingSettings } from '@/lib/settings/reading';
import { updateSettings } from '@/lib/storage';
import type { ExportKind } from '@/lib/text/export-file';
import { exportFile } from '@/lib/text/export-lazy';
import { outlineOf, type TocEntry } from '@/lib/toc';
import { useReaderPage } from '../popup/use-reader-page';
import { useSaveOnArrival } from './use-save-on-arrival';

interface Props {
  tabIdParam: number | null;
  /** `save=md|html`: download that file of the article once it is here (see useSaveOnArrival). */
  saveParam: ExportKind | null;
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
}

const copy = (text: string) => navigator.clipboard.writeText(text);
const saveReading = (patch: Partial<ReadingSettings>) => void updateSettings((s) => ({ ...s, ...patch }));

/**
 * The full-tab reader (`reader.html?tabId=N`): the popup's reader for tab N at full size,
 * with the display settings open to hand, a table of contents for long articles and a
 * print stylesheet (style.css) that leaves the article alone on paper.
 */
export function ReaderTab({ tabIdParam, saveParam, uiLang, uiDir }: Props) {
  const { settings, state, load, summary } = useReaderPage(tabIdParam);
  const mainRef = useRef<HTMLElement>(null);
  const [toc, setToc] = useState<TocEntry[]>([]);

  useReadingStyle(document.documentElement, settings);
  const saveFailed = useSaveOnArrival(state.kind === 'article' ? state.article : null, saveParam);

  // Once the article is on screen: its title names the tab (and the PDF), its subheadings
  // make the contents, and focus moves into it so the keys scroll the article at once.
  useLayoutEffect(() => {
    if (state.kind !== 'article') return;
    document.title = state.article.title || i18n.t('popup.title');
    const body = mainRef.current?.querySelector('.safi-article-body');
    setToc(body ? outlineOf(body, state.article.wordCount) : []);
    mainRef.current?.focus({ preventScroll: true });
  }, [state]);

  function jump(id: string) {
    const target = document.getElementById(id);
    if (!target) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    // Focus follows the link, so Tab and screen readers continue from the section.
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    history.replaceState(null, '', `#${id}`);
  }

  const article = state.kind === 'article' ? state.article : null;
  return (
    <div class={`safi-tab${toc.length > 0 ? ' safi-tab-with-toc' : ''}`}>
      <header class="safi-tab-bar safi-no-print" lang={uiLang} dir={uiDir}>
        {settings && <SettingsPanel settings={settings} uiLang={uiLang} uiDir={uiDir} onChange={saveReading} />}
        {article && (
          <button type="button" class="safi-button safi-tab-print" onClick={() => print()}>
            {i18n.t('readerTab.print')}
          </button>
        )}
        {saveFailed && (
          <p class="safi-tab-save-failed" role="alert">
            {i18n.t('export.failed')}
          </p>
        )}
      </header>
      {article && toc.length > 0 && (
        <aside class="safi-tab-toc safi-no-print">
          <TableOfContents
            entries={toc}
            uiLang={uiLang}
            uiDir={uiDir}
            lang={article.lang ?? undefined}
            dir={article.dir}
            onJump={jump}
          />
        </aside>
      )}
      <main class="safi-tab-main" ref={mainRef} tabIndex={-1}>
        {state.kind === 'loading' && <LoadingSkeleton />}
        {state.kind === 'failure' && (
          <FailureView reason={state.reason} onForce={() => load(true)} onRetry={() => load(false)} />
        )}
        {article && <ReaderView article={article} summary={summary} uiLang={uiLang} uiDir={uiDir} copy={copy} makeFile={exportFile} />}
      </main>
    </div>
  );
}
