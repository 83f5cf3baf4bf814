/**
 * The one message contract between the extension's contexts (popup, reader tab, overlay
 * content script, background). Names are verbs; data is one object.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SummaryRequest } from './summary-requests';

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
   * Popup, reader tab and overlay → background: the extractive summary of an article's text
   * (as `summarize` gives it, with the stop words of its language). The one summary path:
   * the summarizer and its word lists live in the background only.
   */
  summarize(data: SummaryRequest): string[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
