import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from './bench-paths';

/** A page entry bundled into one script that defines `globalName` when evaluated. */
export interface PageBundle {
  code: string;
  globalName: string;
  /** Minified size in bytes, the same figure a content script of this entry would have. */
  bytes: number;
}

/** The in-page entries: ours (the shipped pipeline), plain Readability, and the floor (see floor-entry.ts). */
export const PAGE_ENTRIES = {
  ours: { file: 'scripts/harness/page-entry.ts', globalName: '__safiHarness' },
  baseline: { file: 'scripts/harness/baseline-entry.ts', globalName: '__safiBaseline' },
  floor: { file: 'scripts/harness/floor-entry.ts', globalName: '__safiFloor' },
} as const;

/**
 * Bundles a page entry with esbuild into a minified IIFE for the browser (run once per
 * process). Minified so that the code the page parses and the size we report are the ones
 * a production content script would have.
 */
export async function bundlePageEntry(
  which: keyof typeof PAGE_ENTRIES,
  globalName: string = PAGE_ENTRIES[which].globalName,
): Promise<PageBundle> {
  const { file } = PAGE_ENTRIES[which];
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [path.join(PROJECT_ROOT, file)],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, globalName, bytes: Buffer.byteLength(code) };
}
