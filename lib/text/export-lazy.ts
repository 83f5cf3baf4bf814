import { fileFrom, type ExportMaker } from './export-file';

/**
 * "Save or copy" on extension pages (popup, reader tab): the converter is a lazy chunk,
 * fetched when the reader asks for that file — Markdown (turndown) or the HTML template,
 * each on its own, keeping both out of the page's first load.
 */
export const exportFile: ExportMaker = async (article, kind) => {
  const tools = kind === 'md' ? await import('./markdown') : await import('./standalone-html');
  return fileFrom(tools, article, kind, window);
};
