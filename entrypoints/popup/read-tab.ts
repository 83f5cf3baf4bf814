import { browser } from '#imports';

/**
 * Runs the extraction script in tab `tabId` and returns whatever it returned. The popup was
 * opened by a user action, so `activeTab` lets it script that tab now.
 */
export async function readTab(tabId: number, force: boolean): Promise<unknown> {
  // Both injections run in the extension's isolated world, so the flag is visible to the second.
  // `injectImmediately`: by default Chrome waits for document_idle, which a page that never
  // finishes loading never reaches, and the popup would sit on its spinner until the timeout.
  await browser.scripting.executeScript({
    target: { tabId },
    injectImmediately: true,
    func: (f: boolean) => {
      (globalThis as { __safiForce?: boolean }).__safiForce = f;
    },
    args: [force],
  });
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'], injectImmediately: true });
  return first?.result;
}

/** The tab the popup works on: `?tabId=N`, else the active tab of the current window. */
export async function resolveTab(tabId: number | null) {
  if (tabId !== null) return browser.tabs.get(tabId);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
