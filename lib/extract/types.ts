/**
 * HTML that came out of the one sanitizer (`sanitize.ts`). The brand makes it the
 * only HTML type a component may render; nothing else can be cast to it by accident.
 */
export type SafeHtml = string & { readonly __brand: 'SafeHtml' };

export type TextDirection = 'rtl' | 'ltr';

/** A clean article, ready for every surface (popup, overlay, reader tab). */
export interface Article {
  /** The page URL the article was read from. */
  url: string;
  /** Plain text, never HTML. */
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page states it, else null. */
  publishedTime: string | null;
  excerpt: string | null;
  /** BCP-47 primary subtag ("ar" for "ar-EG"), or null when unknown. */
  lang: string | null;
  dir: TextDirection;
  html: SafeHtml;
  /** Clean plain text of the body: title excluded, one blank line between blocks. */
  text: string;
  wordCount: number;
  /** Estimated reading time in whole minutes (at least 1). */
  readingMinutes: number;
}

/** Expected failures; each maps to one translated message in the UI. */
export type ExtractFailureReason =
  | 'restricted-url'
  | 'not-readerable'
  | 'no-article'
  | 'too-large'
  | 'timeout';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: ExtractFailureReason };

export interface ExtractOptions {
  /** The document's URL (passed in, never read from globals). */
  url: string;
  /** Skip the readerable check ("Show it anyway"). */
  force?: boolean;
  /** Give up with `too-large` past this many elements. */
  maxElements?: number;
  /** Give up with `too-large` past this many characters of text. */
  maxChars?: number;
  /** Give up with `timeout` once this many milliseconds have passed. */
  timeBudgetMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}
