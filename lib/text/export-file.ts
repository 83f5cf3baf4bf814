import type { Article } from '@/lib/extract/types';
import { fileNameFor } from './file-name';

/** The files "Save or copy" can download. */
export type ExportKind = 'md' | 'html';

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

/** The converters behind "Save or copy" (lib/text/markdown.ts, lib/text/standalone-html.ts). */
export interface ExportTools {
  articleToMarkdown(article: Article, win: Window): string;
  standaloneHtml(article: Article): string;
}

/**
 * Makes the file of kind `kind` for `article`. Each surface brings its own: extension pages
 * load the converters as lazy chunks (`exportFile` in ./export-lazy), the overlay has the
 * background inject them into its page only when asked (entrypoints/export-tools.ts), which
 * keeps turndown out of the content script every matching page gets.
 */
export type ExportMaker = (article: Article, kind: ExportKind) => Promise<ExportFile>;

/** The file of kind `kind` for `article` with `tools`, named after the title. */
export function fileFrom(tools: Partial<ExportTools>, article: Article, kind: ExportKind, win: Window): ExportFile {
  if (kind === 'md') {
    if (!tools.articleToMarkdown) throw new Error('no Markdown converter');
    return { name: fileNameFor(article.title, 'md'), type: 'text/markdown;charset=utf-8', content: tools.articleToMarkdown(article, win) };
  }
  if (!tools.standaloneHtml) throw new Error('no HTML template');
  return { name: fileNameFor(article.title, 'html'), type: 'text/html;charset=utf-8', content: tools.standaloneHtml(article) };
}

/** A `save=md|html` request in a reader tab's query string, or null. */
export function saveRequestFromSearch(search: string): ExportKind | null {
  const save = new URLSearchParams(search).get('save');
  return save === 'md' || save === 'html' ? save : null;
}

/** The query string without its `save` request, so reloading the tab does not download again. */
export function searchWithoutSave(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('save');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * The full-tab reader's path for tab `tabId`; with `save`, the tab downloads that file of
 * the article as soon as it has it (a popup hands downloads over this way: see
 * `ExportMenu`'s `saveElsewhere`).
 */
export function readerTabPath(tabId: number, save?: ExportKind): `/reader.html?${string}` {
  return `/reader.html?tabId=${tabId}${save ? `&save=${save}` : ''}`;
}
