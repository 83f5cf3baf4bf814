import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Article } from '@/lib/extract/types';
import type { ReadingSettings } from '@/lib/settings/reading';
import type { SummaryView } from '@/lib/summary-requests';
import type { ExportMaker } from '@/lib/text/export-file';
import { ReaderView } from './ReaderView';
import { SettingsPanel } from './SettingsPanel';
import { useReadingStyle } from './useReadingStyle';

interface Props {
  article: Article;
  summary: SummaryView;
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
  /** The site rule that turned the overlay on, or null when "all sites" did. */
  rule: string | null;
  copy: (text: string) => Promise<void>;
  /** Makes the files of "Save or copy" (the overlay has the background inject the converters). */
  makeFile: ExportMaker;
  onClose: () => void;
  onTurnOff: () => void;
  /** "Open in tab": the full-tab reader for this page (no button without it). */
  onOpenInTab?: () => void;
  /** The reading settings, kept live by the caller, and where changes to them go (no panel without them). */
  settings?: ReadingSettings;
  onSettings?: (patch: Partial<ReadingSettings>) => void;
}

/** The in-page reader: a modal dialog over the page with the same view as the popup. */
export function ReaderOverlay({
  article,
  summary,
  uiLang,
  uiDir,
  rule,
  copy,
  makeFile,
  onClose,
  onTurnOff,
  onOpenInTab,
  settings,
  onSettings,
}: Props) {
  // Focus starts on the scrolling article (as for any dialog with long content), so the
  // arrow keys, Page Down and Space scroll the reader, not the page underneath.
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => scrollRef.current?.focus({ preventScroll: true }), []);
  // The overlay box carries the theme and typography, as the root element does on extension pages.
  const boxRef = useRef<HTMLDivElement>(null);
  useReadingStyle(boxRef, settings);
  return (
    <div
      ref={boxRef}
      class="safi-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={i18n.t('overlay.dialogLabel')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="safi-overlay-bar" lang={uiLang} dir={uiDir}>
        {settings && onSettings && <SettingsPanel settings={settings} uiLang={uiLang} uiDir={uiDir} onChange={onSettings} />}
        {onOpenInTab && (
          <button type="button" class="safi-button" onClick={onOpenInTab}>
            {i18n.t('readerTab.openInTab')}
          </button>
        )}
        <button type="button" class="safi-button" onClick={onTurnOff}>
          {rule ? i18n.t('overlay.turnOffSite') : i18n.t('overlay.turnOffAll')}
        </button>
        <button type="button" class="safi-button safi-overlay-close" onClick={onClose}>
          {i18n.t('overlay.close')}
        </button>
      </div>
      <div class="safi-overlay-scroll" ref={scrollRef} tabIndex={-1}>
        <ReaderView article={article} summary={summary} uiLang={uiLang} uiDir={uiDir} copy={copy} makeFile={makeFile} />
      </div>
    </div>
  );
}
