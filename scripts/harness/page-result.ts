/**
 * What a page entry returns from inside the page, and the JSON line the `extract` contract
 * prints (DESIGN.md "Contracts"). Shared by the in-page entries and the Node side.
 */

/** One extraction run inside a page; `ms` is measured in the page around the pipeline call. */
export type PageRunResult =
  | {
      ok: true;
      title: string | null;
      byline: string | null;
      siteName: string | null;
      lang: string | null;
      dir: string | null;
      text: string;
      html: string;
      wordCount: number;
      ms: number;
    }
  | { ok: false; reason: string; ms: number };

/** A contract line: `{"file","ok":true,...,"ms"}` or `{"file","ok":false,"reason"}`. */
export type ExtractLine =
  | ({ file: string } & Extract<PageRunResult, { ok: true }>)
  | { file: string; ok: false; reason: string };

/**
 * Failures of the harness itself (the pipeline's own reasons pass through unchanged):
 * the file could not be found or read, a `.gz` file is not gzip, the page is over the size
 * cap, the page did not load or finish within the per-file time, or the code threw.
 */
export type HarnessFailure =
  | 'file-not-found'
  | 'file-unreadable'
  | 'bad-gzip'
  | 'too-large'
  | 'navigation-failed'
  | 'timeout'
  | 'pipeline-threw';

/** Builds the contract line for one file, with keys in the documented order. */
export function toExtractLine(file: string, result: PageRunResult): ExtractLine {
  if (!result.ok) return { file, ok: false, reason: result.reason };
  const { title, byline, siteName, lang, dir, text, html, wordCount, ms } = result;
  return { file, ok: true, title, byline, siteName, lang, dir, text, html, wordCount, ms };
}
