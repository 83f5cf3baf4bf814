import { browser, type Browser } from '#imports';
import { senderFrame } from '@/lib/sender-frame';

/**
 * Injects export-tools.js (turndown and the HTML template) into the frame of the overlay
 * that asked, where it leaves the converters for the overlay: false when the sender is not
 * in a tab. The page never sees them; they run in the extension's isolated world.
 */
export async function loadExportTools(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const target = senderFrame(sender);
  if (!target) return false;
  await browser.scripting.executeScript({ target, files: ['/export-tools.js'] });
  return true;
}
