/**
 * Summaries asked of the background, remembered per article and length. Every surface
 * (popup, reader tab, overlay) gets its summary this way: the summarizer and its stop-word
 * lists stay out of their bundles. Pure: the asking function is passed in.
 */
import type { Article } from './extract/types';
import { logger } from './logger';

/** What the background summarizes: an article's plain text, its language, the length. */
export interface SummaryRequest {
  text: string;
  lang: string | null;
  sentences: number;
}

export type SummaryAsker = (request: SummaryRequest) => Promise<string[]>;

/** One request: its promise never rejects; `result` is set once it has settled. */
export interface SummaryEntry {
  readonly done: Promise<void>;
  result?: { ok: true; sentences: string[] } | { ok: false };
}

/**
 * What a surface shows in its summary area. While a new length is being asked for, the
 * previous summary of the same article stays up (`loading` with its sentences); a failed
 * request shows a short note instead of sentences.
 */
export interface SummaryView {
  status: 'loading' | 'ready' | 'failed';
  sentences: readonly string[];
}

/**
 * How long a surface holds a freshly read article back for its summary: the background
 * usually answers well within this, so the two appear together; past it the article shows
 * at once and the summary area says the summary is on its way.
 */
export const SUMMARY_WAIT_MS = 300;

/** The background normally answers in a few milliseconds; past this the summary has failed. */
export const SUMMARY_TIMEOUT_MS = 10_000;

export interface Summaries {
  /** The request for `article` at `sentences` sentences, asked once and then remembered. */
  entry(article: Pick<Article, 'text' | 'lang'>, sentences: number): SummaryEntry;
}

/**
 * Remembers requests per article object (so a new extraction asks again) and length (so
 * changing the setting back and forth asks once per length). A failure is remembered too:
 * a surface that re-renders never floods the background with a request that failed.
 */
export function createSummaries(ask: SummaryAsker, timeoutMs = SUMMARY_TIMEOUT_MS): Summaries {
  const byArticle = new WeakMap<object, Map<number, SummaryEntry>>();
  return {
    entry(article, sentences) {
      let lengths = byArticle.get(article);
      if (!lengths) byArticle.set(article, (lengths = new Map()));
      const known = lengths.get(sentences);
      if (known) return known;
      const made: SummaryEntry = {
        done: withDeadline(ask({ text: article.text, lang: article.lang, sentences }), timeoutMs).then(
          (list) => {
            made.result = isSentenceList(list) ? { ok: true, sentences: list } : { ok: false };
            if (!made.result.ok) logger.errorOnce('the summary came back malformed', list);
          },
          (err: unknown) => {
            logger.errorOnce('summarizing failed', err);
            made.result = { ok: false };
          },
        ),
      };
      lengths.set(sentences, made);
      return made;
    },
  };
}

/** Waits for `entry` at most `ms`, so a slow background never holds the article back long. */
export function waitBriefly(entry: SummaryEntry, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([entry.done, cap]).finally(() => clearTimeout(timer));
}

/** The view of `entry`, keeping `previous` (the last summary shown for this article) while it loads. */
export function summaryView(entry: SummaryEntry | undefined, previous: readonly string[] = []): SummaryView {
  if (!entry?.result) return { status: 'loading', sentences: previous };
  return entry.result.ok ? { status: 'ready', sentences: entry.result.sentences } : { status: 'failed', sentences: [] };
}

function isSentenceList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'string');
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no summary after ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
