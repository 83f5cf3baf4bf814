import type { BrowserSession, PageCall } from './browser-session';
import { choosePageUrl } from './page-url';
import type { PageRunResult } from './page-result';
import { readPageFile } from './read-page-file';

/** Per-file time limit: load, install and run everything asked for this page. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface FileJob {
  file: string;
  /** The URL to serve the page at; chosen from the page itself when absent. */
  url?: string;
}

/** Every call's result for one file, or one failure that applies to all of them. */
export type FileOutcome = { file: string; url: string | null; results: PageRunResult[] };

function failAll(count: number, reason: string): PageRunResult[] {
  return Array.from({ length: count }, () => ({ ok: false as const, reason, ms: 0 }));
}

/**
 * Loads one saved page and evaluates `calls` in it. Harness failures (missing file, bad gzip,
 * navigation, timeout) become `ok:false` results for every call, with details on stderr,
 * so a bad file never stops a run.
 */
export async function extractFile(
  session: BrowserSession,
  job: FileJob,
  calls: PageCall[],
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<FileOutcome> {
  const page = await readPageFile(job.file);
  if (!page.ok) {
    process.stderr.write(`extract: ${job.file}: ${page.reason} (${page.detail})\n`);
    return { file: job.file, url: null, results: failAll(calls.length, page.reason) };
  }
  const url = job.url ?? choosePageUrl(new TextDecoder().decode(page.bytes), job.file);
  const outcome = await session.run(page.bytes, url, calls, timeoutMs);
  if (!outcome.ok) {
    process.stderr.write(`extract: ${job.file}: ${outcome.reason} (${outcome.detail.split('\n')[0]})\n`);
    return { file: job.file, url, results: failAll(calls.length, outcome.reason) };
  }
  return { file: job.file, url, results: outcome.values as PageRunResult[] };
}
