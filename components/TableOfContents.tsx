import { i18n } from '#i18n';
import type { TocEntry } from '@/lib/toc';

interface Props {
  entries: TocEntry[];
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
  /** The article's language and direction: the entries are its own words. */
  lang: string | undefined;
  dir: 'rtl' | 'ltr';
  /** Called when an entry is followed; the caller scrolls and moves focus. */
  onJump: (id: string) => void;
}

/** The article's subheadings as in-page links; renders nothing when there are none. */
export function TableOfContents({ entries, uiLang, uiDir, lang, dir, onJump }: Props) {
  if (entries.length === 0) return null;
  return (
    <nav class="safi-toc" aria-labelledby="safi-toc-heading" lang={uiLang} dir={uiDir}>
      <h2 id="safi-toc-heading" class="safi-toc-heading">
        {i18n.t('readerTab.contents')}
      </h2>
      <ol class="safi-toc-list" lang={lang} dir={dir}>
        {entries.map((e) => (
          <li key={e.id} class={`safi-toc-item safi-toc-depth-${e.depth}`}>
            <a
              href={`#${e.id}`}
              onClick={(ev) => {
                ev.preventDefault();
                onJump(e.id);
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
