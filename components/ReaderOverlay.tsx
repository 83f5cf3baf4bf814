import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Article } from '@/lib/extract/types';
import { ReaderView } from './ReaderView';

interface Props {
  article: Article;
  summary: string[];
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
  /** The site rule that turned the overlay on, or null when "all sites" did. */
  rule: string | null;
  copy: (text: string) => Promise<void>;
  onClose: () => void;
  onTurnOff: () => void;
}

/** The in-page reader: a modal dialog over the page with the same view as the popup. */
export function ReaderOverlay({ article, summary, uiLang, uiDir, rule, copy, onClose, onTurnOff }: Props) {
  // Focus starts on the scrolling article (as for any dialog with long content), so the
  // arrow keys, Page Down and Space scroll the reader, not the page underneath.
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => scrollRef.current?.focus({ preventScroll: true }), []);
  return (
    <div
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
        <button type="button" class="safi-button" onClick={onTurnOff}>
          {rule ? i18n.t('overlay.turnOffSite') : i18n.t('overlay.turnOffAll')}
        </button>
        <button type="button" class="safi-button safi-overlay-close" onClick={onClose}>
          {i18n.t('overlay.close')}
        </button>
      </div>
      <div class="safi-overlay-scroll" ref={scrollRef} tabIndex={-1}>
        <ReaderView article={article} summary={summary} uiLang={uiLang} uiDir={uiDir} copy={copy} />
      </div>
    </div>
  );
}
