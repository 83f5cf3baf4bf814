import { browser, type Browser } from '#imports';
import { senderFrame } from '@/lib/sender-frame';

/**
 * Runs the extraction script (the popup's extract.js) in the frame of the overlay that
 * asked. The result stays in that frame's isolated world, where the overlay reads it, so
 * the overlay content script does not have to carry Readability and DOMPurify itself.
 */
export async function extractForOverlay(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const target = senderFrame(sender);
  if (!target) return false;
  await browser.scripting.executeScript({ target, files: ['/extract.js'] });
  return true;
}
