/**
 * What the reader surfaces show, derived from the extraction outcome. Each failure maps to
 * exactly one message key (translated in locales/) and says whether "Show it anyway" helps.
 */
import type { Article, ExtractFailureReason, ExtractResult } from './extract/types';

/** Failures the reader surface can show; `error` covers anything unexpected. */
export type ReaderFailure = ExtractFailureReason | 'error';

export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'failure'; reason: ReaderFailure }
  | { kind: 'article'; article: Article; summary: string[] };

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
export function stateFromResult(result: unknown, summary: string[] = []): ReaderState {
  if (!isExtractResult(result)) return { kind: 'failure', reason: 'error' };
  if (!result.ok) return { kind: 'failure', reason: result.reason };
  return { kind: 'article', article: result.article, summary };
}

/** Type guard for an ExtractResult received across a messaging boundary. */
export function isExtractResult(value: unknown): value is ExtractResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === false) return typeof v.reason === 'string' && v.reason in FAILURE_MESSAGES;
  if (v.ok !== true || typeof v.article !== 'object' || v.article === null) return false;
  const a = v.article as Record<string, unknown>;
  return (
    typeof a.title === 'string' &&
    typeof a.html === 'string' &&
    typeof a.text === 'string' &&
    (a.dir === 'rtl' || a.dir === 'ltr')
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
