/**
 * The one message contract between the extension's contexts (popup, reader tab, overlay
 * content script, background). Names are verbs; data is one object.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SummaryRequest } from './summary-requests';
import type { ExportKind } from './text/export-file';

export interface ProtocolMap {
  /**
   * Overlay → background: turn auto reader mode off for the site `rule` (drops the rule,
   * its host permission and the registration; `null` means "all sites").
   */
  turnOffAutoForSite(data: { rule: string | null }): void;
  /** Popup → background: re-register the auto-mode script to match the stored settings. */
  syncAutoMode(): void;
  /**
   * Overlay → background: run extract.js in the sender's frame (false when the sender is not
   * in a tab). Its ExtractResult is left on that frame's isolated world (`__safiResult`).
   */
  extractForOverlay(): boolean;
  /**
   * Overlay → background: inject export-tools.js (the Markdown and HTML converters) into the
   * sender's frame, where it leaves them on `__safiExportTools` (false when not in a tab).
   */
  loadExportTools(): boolean;
  /**
   * Overlay → background: the bundled Arabic font file of `weight`, base64 (null when there is
   * no such file): content scripts cannot read extension files that are not web-accessible.
   */
  readBundledFont(data: { weight: string }): string | null;
  /**
   * Popup, reader tab and overlay → background: the extractive summary of an article's text
   * (as `summarize` gives it, with the stop words of its language). The one summary path:
   * the summarizer and its word lists live in the background only.
   */
  summarize(data: SummaryRequest): string[];
  /**
   * Popup or overlay → background: open the full-tab reader (`reader.html?tabId=N`) on tab
   * `tabId` (null: the overlay's own tab) next to it; with `save`, the new tab downloads that
   * file of the article (the Firefox popup's downloads go this way). False when there is no tab.
   */
  openReaderTab(data: { tabId: number | null; save?: ExportKind }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
