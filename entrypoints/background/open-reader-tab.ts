import { browser, type Browser } from '#imports';
import { readerTabPath, type ExportKind } from '@/lib/text/export-file';

/**
 * Opens the full-tab reader on tab `data.tabId` (null: the tab of the overlay that asked),
 * next to it and with it as opener, optionally to download a file of its article at once.
 * The background does it so that a popup, which closes right after, cannot cut it short.
 */
export async function openReaderTab(
  data: { tabId: number | null; save?: ExportKind },
  sender: Browser.runtime.MessageSender,
): Promise<boolean> {
  const tabId = data.tabId ?? sender.tab?.id;
  if (tabId === undefined) return false;
  const source = data.tabId === null && sender.tab ? sender.tab : await browser.tabs.get(tabId);
  await browser.tabs.create({
    url: browser.runtime.getURL(readerTabPath(tabId, data.save)),
    index: source.index + 1,
    openerTabId: tabId,
  });
  return true;
}
