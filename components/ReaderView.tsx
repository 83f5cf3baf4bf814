import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Article } from '@/lib/extract/types';
import { composeArticleCopy, composeSummaryCopy } from '@/lib/clean-copy';
import type { SummaryView } from '@/lib/summary-requests';
import type { ExportKind, ExportMaker } from '@/lib/text/export-file';
import { formatMinutes, readingTimeKey } from '@/lib/reading-time-label';
import { ArticleBody } from './ArticleBody';
import { ExportMenu } from './ExportMenu';
import { ReadAloud } from './ReadAloud';
import { SummaryPanel } from './SummaryPanel';
import { useCopyStatus } from './useCopyStatus';

interface Props {
  article: Article;
  /** The summary as the background gave it (or is still making it). */
  summary: SummaryView;
  /** UI locale (e.g. "ar", "en-US") and its direction, for everything that is not the article. */
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
  /** Writes plain text to the clipboard; rejects when it cannot. */
  copy: (text: string) => Promise<void>;
  /** Surface-specific buttons at the end of the toolbar (the popup's "Open in tab"). */
  extraActions?: ComponentChildren;
  /** Makes the files of "Save or copy" (each surface loads the converters its own way). */
  makeFile: ExportMaker;
  /** Where this surface's downloads go, when it cannot keep one alive itself (see ExportMenu). */
  saveElsewhere?: (kind: ExportKind) => Promise<void> | void;
}

/** Only http(s) links are ever rendered: a page could claim any URL as its own. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Title, meta line, summary and body of one article, plus the copy actions. */
export function ReaderView({ article, summary, uiLang, uiDir, copy, extraActions, makeFile, saveElsewhere }: Props) {
  const { status, run } = useCopyStatus(copy);
  const articleRef = useRef<HTMLElement>(null);
  // Byline and site are the article's own words, so they stay in its direction, unprefixed.
  const meta = [article.byline, article.siteName].filter((v, i, all): v is string => Boolean(v) && all.indexOf(v) === i);
  return (
    <div class="safi-reader">
      <div class="safi-actions" lang={uiLang} dir={uiDir}>
        <button
          type="button"
          class="safi-button"
          onClick={() => run(composeArticleCopy(article.title, article.text))}
        >
          {i18n.t('reader.copyText')}
        </button>
        <ExportMenu article={article} copyText={(text) => void run(text)} makeFile={makeFile} saveElsewhere={saveElsewhere} />
        <ReadAloud article={article} uiLang={uiLang} uiDir={uiDir} getRoot={() => articleRef.current} />
        {extraActions}
        <span class={`safi-copy-status safi-copy-${status}`} role="status" aria-live="polite">
          {status === 'copied' ? i18n.t('reader.copied') : status === 'failed' ? i18n.t('reader.copyFailed') : ''}
        </span>
      </div>
      <article
        ref={articleRef}
        class="safi-article"
        dir={article.dir}
        lang={article.lang ?? undefined}
        aria-label={i18n.t('reader.articleLabel')}
      >
        <h1 class="safi-title">{article.title}</h1>
        <p class="safi-meta">
          {meta.map((m, i) => (
            <span key={i} class="safi-meta-item">
              {m}
            </span>
          ))}
          <span class="safi-meta-item safi-reading-time" lang={uiLang} dir={uiDir}>
            {i18n.t(readingTimeKey(article.readingMinutes, uiLang), [
              formatMinutes(article.readingMinutes, uiLang),
            ])}
          </span>
          {isWebUrl(article.url) && (
            <a class="safi-meta-item safi-source" href={article.url} target="_blank" rel="noopener noreferrer" lang={uiLang} dir={uiDir}>
              {i18n.t('reader.source')}
            </a>
          )}
        </p>
        <SummaryPanel
          summary={summary}
          uiLang={uiLang}
          uiDir={uiDir}
          onCopy={() => run(composeSummaryCopy(summary.sentences))}
        />
        <ArticleBody html={article.html} />
      </article>
    </div>
  );
}
