import { defineUnlistedScript } from '#imports';
import type { ExportTools } from '@/lib/text/export-file';
import { articleToMarkdown } from '@/lib/text/markdown';
import { standaloneHtml } from '@/lib/text/standalone-html';

declare global {
  /** Left for the overlay content script (same isolated world) by this script. */
  var __safiExportTools: ExportTools | undefined;
}

/**
 * The overlay's "Save or copy" converters (turndown and the HTML template), injected into
 * the overlay's frame by the background only when the reader asks for Markdown or a file
 * (message `loadExportTools`), so the overlay content script that every matching page gets
 * does not carry them. Runs in the extension's isolated world, beside the overlay.
 */
export default defineUnlistedScript((): boolean => {
  globalThis.__safiExportTools = { articleToMarkdown, standaloneHtml };
  return true;
});
