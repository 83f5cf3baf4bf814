/**
 * What the reader surfaces show, derived from the extraction outcome. Each failure maps to
 * exactly one message key (translated in locales/) and says whether "Show it anyway" helps.
 */
import type { Article, ExtractFailureReason, SafeHtml } from './extract/types';

/** Failures the reader surface can show; `error` covers anything unexpected. */
export type ReaderFailure = ExtractFailureReason | 'error';

export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'failure'; reason: ReaderFailure }
  | { kind: 'article'; article: Article };

/** Title and body message keys for each failure (keep in sync with locales/*.yml `state.*`). */
export const FAILURE_MESSAGES = {
  'restricted-url': { title: 'state.restricted.title', body: 'state.restricted.body' },
  'not-readerable': { title: 'state.notArticle.title', body: 'state.notArticle.body' },
  'no-article': { title: 'state.noArticle.title', body: 'state.noArticle.body' },
  'too-large': { title: 'state.tooLarge.title', body: 'state.tooLarge.body' },
  timeout: { title: 'state.timeout.title', body: 'state.timeout.body' },
  error: { title: 'state.error.title', body: 'state.error.body' },
} as const satisfies Record<ReaderFailure, { title: string; body: string }>;

/** Forcing extraction only helps when the readerable check said no. */
export function canForce(reason: ReaderFailure): boolean {
  return reason === 'not-readerable' || reason === 'no-article';
}

/** Trying again only helps with transient failures. */
export function canRetry(reason: ReaderFailure): boolean {
  return reason === 'timeout' || reason === 'error';
}

/**
 * Turns whatever came back from the tab into a state. Anything that is not a well-formed
 * ExtractResult (a script that crashed, returned nothing, or an old build) is an `error`.
 */
export function stateFromResult(result: unknown): ReaderState {
  const accepted = acceptExtractResult(result);
  if (!accepted) return { kind: 'failure', reason: 'error' };
  if (!accepted.ok) return { kind: 'failure', reason: accepted.reason };
  return { kind: 'article', article: accepted.article };
}

/** An extraction outcome as it arrives from another context: shape checked, HTML not yet trusted. */
type ReceivedResult =
  | { ok: true; article: Omit<Article, 'html'> & { html: string } }
  | { ok: false; reason: ReaderFailure };

/** An extraction outcome a surface can show. */
export type AcceptedResult = { ok: true; article: Article } | { ok: false; reason: ReaderFailure };

/**
 * THE TRUST BOUNDARY: the one place where article HTML received from another extension
 * context becomes `SafeHtml`, which `ArticleBody` renders as HTML. Nothing re-sanitizes it
 * on this side, and nothing else may cast to `SafeHtml`.
 *
 * Why that holds:
 * - The HTML was made by `extractArticle` in extract.js, which sanitizes it with DOMPurify
 *   (one config, `lib/extract/sanitize.ts`) from a string through DOMPurify's standard parse
 *   path, so the output is parse-stable: parsed again on this side it builds the tree that
 *   was sanitized (tests/unit/security/sanitizer-property.test.ts: sanitizing the output
 *   again changes nothing).
 * - extract.js runs in the extension's isolated content-script world, which page scripts
 *   cannot reach: the page can shape the input, never the sanitizer or its output.
 * - The result travels only between our own extension contexts: it is the value of
 *   `scripting.executeScript`, which the browser structured-clones to the extension context
 *   that asked (popup, reader tab, background), never through the page or a web-reachable
 *   channel.
 * - Extension pages run under a strict CSP (wxt.config.ts: `script-src 'self'`,
 *   `object-src 'none'`, no frames, no forms) as a second layer.
 *
 * So what arrives is checked for shape only (anything else is null), and its `html` is then
 * accepted as `SafeHtml`. The e2e XSS corpus (e2e/hostile-xss.e2e.test.ts) renders hostile
 * payloads through this path in the real extension and is the proof.
 */
export function acceptExtractResult(value: unknown): AcceptedResult | null {
  if (!isReceivedResult(value)) return null;
  if (!value.ok) return value;
  return { ok: true, article: { ...value.article, html: value.article.html as SafeHtml } };
}

function isReceivedResult(value: unknown): value is ReceivedResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === false) return typeof v.reason === 'string' && v.reason in FAILURE_MESSAGES;
  if (v.ok !== true || typeof v.article !== 'object' || v.article === null) return false;
  const a = v.article as Record<string, unknown>;
  const text = (k: string) => typeof a[k] === 'string';
  const textOrNull = (k: string) => a[k] === null || typeof a[k] === 'string';
  const count = (k: string) => typeof a[k] === 'number' && Number.isFinite(a[k]);
  return (
    text('url') &&
    text('title') &&
    text('html') &&
    text('text') &&
    textOrNull('byline') &&
    textOrNull('siteName') &&
    textOrNull('lang') &&
    (a.dir === 'rtl' || a.dir === 'ltr') &&
    count('wordCount') &&
    count('readingMinutes')
  );
}

/** Rejects with a `timeout` marker after `ms`, so a hung tab never leaves a spinner forever. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | { ok: false; reason: 'timeout' }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ ok: false; reason: 'timeout' }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Maps an injection error to a failure. The browser refuses to script some pages (its own
 * pages, the web store, pages the extension has no access to); those are `restricted-url`,
 * everything else is an unexpected `error`.
 */
export function failureFromInjectionError(message: string): ReaderFailure {
  return /cannot access|cannot be scripted|missing host permission|permission to access|no tab with id|extensions gallery/i.test(
    message,
  )
    ? 'restricted-url'
    : 'error';
}
