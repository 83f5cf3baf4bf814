import type { SafeHtml } from '@/lib/extract/types';

interface Props {
  /**
   * Output of `sanitizeArticleHtml`, and nothing else (the brand enforces it): made by the
   * extraction script, accepted on this side only by `acceptExtractResult` (lib/reader-state.ts).
   */
  html: SafeHtml;
}

/**
 * The only component that renders HTML. It accepts the sanitizer's branded output only;
 * title, byline and summary are rendered as text elsewhere.
 */
export function ArticleBody({ html }: Props) {
  // eslint-disable-next-line no-restricted-syntax -- the one sanctioned HTML sink, SafeHtml only
  return <div class="safi-article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
