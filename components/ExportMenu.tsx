import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Article } from '@/lib/extract/types';
import { downloadFile } from '@/lib/text/download-file';
import { fileNameFor } from '@/lib/text/file-name';
import { logger } from '@/lib/logger';

interface Props {
  article: Article;
  /** Copies text and reports the outcome in the reader's shared status line. */
  copyText: (text: string) => void;
}

/**
 * "Save or copy": Markdown to the clipboard, or the article as a .md or a standalone .html
 * file. A disclosure of plain buttons, so it works by keyboard with no menu scripting.
 * Turndown and the HTML template are loaded only when asked for, keeping them out of the
 * reader's first paint.
 */
export function ExportMenu({ article, copyText }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  async function markdown(): Promise<string> {
    const { articleToMarkdown } = await import('@/lib/text/markdown');
    return articleToMarkdown(article, window);
  }

  function attempt(action: () => Promise<void> | void) {
    setFailed(false);
    Promise.resolve()
      .then(action)
      .then(() => {
        // Done: fold the menu away and leave focus on its toggle, not on a hidden button.
        if (menu.current?.open) {
          menu.current.open = false;
          menu.current.querySelector('summary')?.focus();
        }
      })
      .catch((err) => {
        logger.errorOnce('export failed', err);
        setFailed(true);
      });
  }

  function save(ext: 'md' | 'html', type: string, content: string) {
    if (panel.current) downloadFile(panel.current, fileNameFor(article.title, ext), type, content);
  }

  return (
    <details class="safi-export" ref={menu}>
      <summary class="safi-button">{i18n.t('export.menu')}</summary>
      <div class="safi-export-panel" ref={panel}>
        <button type="button" class="safi-button" onClick={() => attempt(async () => copyText(await markdown()))}>
          {i18n.t('export.copyMarkdown')}
        </button>
        <button
          type="button"
          class="safi-button"
          onClick={() => attempt(async () => save('md', 'text/markdown;charset=utf-8', await markdown()))}
        >
          {i18n.t('export.downloadMarkdown')}
        </button>
        <button
          type="button"
          class="safi-button"
          onClick={() =>
            attempt(async () => {
              const { standaloneHtml } = await import('@/lib/text/standalone-html');
              save('html', 'text/html;charset=utf-8', standaloneHtml(article));
            })
          }
        >
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
