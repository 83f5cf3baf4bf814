import { readFile } from 'node:fs/promises';
import { resolveLanguage, summarize } from '../../lib/summarize';
import { loadStopWords } from '../../lib/summarize/load-stop-words';
import { readStopWordList } from './read-stop-word-list';

/** Parsed command line of `npm run summarize`. */
export interface SummaryCliArgs {
  sentences?: number;
  lang?: string;
  files: string[];
}

/**
 * Parses `[--sentences N] [--lang CODE] FILE...` (also `--sentences=N`, `--lang=CODE`).
 * A non-numeric count is ignored, leaving summarize's default; `--` ends the options.
 */
export function parseSummaryArgs(argv: readonly string[]): SummaryCliArgs {
  const args: SummaryCliArgs = { files: [] };
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsDone || !arg.startsWith('--')) {
      args.files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (name === '--sentences') {
      const count = Number(value);
      if (value !== undefined && value.trim() !== '' && Number.isFinite(count)) args.sentences = count;
    } else if (name === '--lang') {
      if (value) args.lang = value;
    } else {
      i -= inline === undefined ? 1 : 0; // an unknown flag takes no value
    }
  }
  return args;
}

/** File text as the harness contract reads it: UTF-8, BOM dropped, CRLF and CR as LF. */
export function decodeTextFile(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** One output line of the harness: a summary, or the reason the file could not be read. */
export type SummaryLine =
  | { file: string; lang: string; summary: string[] }
  | { file: string; error: string };

/** Summarizes one file; an unreadable file becomes an `error` line instead of a throw. */
export async function summarizeFile(
  file: string,
  opts: Pick<SummaryCliArgs, 'sentences' | 'lang'>,
): Promise<SummaryLine> {
  let text: string;
  try {
    text = decodeTextFile(await readFile(file, 'utf8'));
  } catch (err) {
    return { file, error: err instanceof Error ? err.message : String(err) };
  }
  const lang = resolveLanguage(text, opts.lang);
  // Lists other than Arabic and English load on demand, as they do in the extension.
  const stopWords = await loadStopWords(lang, readStopWordList);
  return { file, lang, summary: summarize(text, { lang, sentences: opts.sentences, stopWords }) };
}
