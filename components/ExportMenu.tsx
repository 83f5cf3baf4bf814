import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Article } from '@/lib/extract/types';
import { downloadFile } from '@/lib/text/download-file';
import type { ExportKind, ExportMaker } from '@/lib/text/export-file';
import { logger } from '@/lib/logger';

interface Props {
  article: Article;
  /** Copies text and reports the outcome in the reader's shared status line. */
  copyText: (text: string) => void;
  /** Makes a file of the article: each surface loads the converters its own way. */
  makeFile: ExportMaker;
  /**
   * Where downloads go when this surface cannot keep one alive (Firefox's popup closes when
   * the browser asks where to save, and the download goes with it): called with the kind
   * instead of making the file here. Absent: the file is downloaded from this page.
   */
  saveElsewhere?: (kind: ExportKind) => Promise<void> | void;
}

/**
 * "Save or copy": Markdown to the clipboard, or the article as a .md or a standalone .html
 * file. A disclosure of plain buttons, so it works by keyboard with no menu scripting; like
 * a menu it folds away on Esc (focus back on its toggle), on a click elsewhere and after an
 * action. Turndown and the HTML template are loaded only when asked for (`makeFile`),
 * keeping them out of the reader's first paint.
 */
export function ExportMenu({ article, copyText, makeFile, saveElsewhere }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  /** Folds the menu away; `refocus` puts focus back on its toggle, not on a hidden button. */
  function fold(refocus: boolean) {
    if (!menu.current?.open) return;
    menu.current.open = false;
    if (refocus) menu.current.querySelector('summary')?.focus();
  }

  // A click (or touch) anywhere outside the menu folds it, in a page or in a shadow root.
  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    const root = details.getRootNode() as Document | ShadowRoot;
    const onPointerDown = (e: Event) => {
      if (details.open && !e.composedPath().includes(details)) fold(false);
    };
    root.addEventListener('pointerdown', onPointerDown, true);
    return () => root.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !menu.current?.open) return;
    // Esc closes the menu only, not the popup or the overlay around it.
    e.preventDefault();
    e.stopPropagation();
    fold(true);
  }

  function attempt(action: () => Promise<void> | void) {
    setFailed(false);
    Promise.resolve()
      .then(action)
      .then(() => fold(true))
      .catch((err) => {
        logger.errorOnce('export failed', err);
        setFailed(true);
      });
  }

  async function save(kind: ExportKind) {
    if (saveElsewhere) return saveElsewhere(kind);
    const file = await makeFile(article, kind);
    if (panel.current) downloadFile(panel.current, file.name, file.type, file.content);
  }

  return (
    <details class="safi-export" ref={menu} onKeyDown={onKeyDown}>
      <summary class="safi-button">{i18n.t('export.menu')}</summary>
      <div class="safi-export-panel" ref={panel}>
        <button
          type="button"
          class="safi-button"
          onClick={() => attempt(async () => copyText((await makeFile(article, 'md')).content))}
        >
          {i18n.t('export.copyMarkdown')}
        </button>
        <button type="button" class="safi-button" onClick={() => attempt(() => save('md'))}>
          {i18n.t('export.downloadMarkdown')}
        </button>
        <button type="button" class="safi-button" onClick={() => attempt(() => save('html'))}>
          {i18n.t('export.downloadHtml')}
        </button>
        {failed && (
          <p class="safi-export-failed" role="alert">
            {i18n.t('export.failed')}
          </p>
        )}
      </div>
    </details>
  );
}
