import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { ChromeApi } from './extension';

/** Id of the tab showing `url` (asked from the service worker; the test build may see URLs). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens `url` in a tab, then the popup UI (`popup.html?tabId=N`) for it in a popup-sized page. */
export async function openPopupFor(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  url: string,
): Promise<{ page: Page; popup: Page }> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(worker, page.url());
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 640, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return { page, popup };
}

/** Writes settings the way the popup does after a granted permission request. */
export async function writeSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (s) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await chrome.storage.sync.set({ settings: s, settings$: { v: 2 } });
  }, settings);
}

/** Match patterns of the registered auto-mode script, or null when none is registered. */
export async function registeredMatches(worker: Worker): Promise<string[] | null> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return scripts[0]?.matches ?? null;
  });
}

/** Polls `probe` until it returns true or `ms` pass. */
export async function waitFor(probe: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Opens `url` in a new tab from the service worker (works for browser pages too); its id. */
export async function openTabFromExtension(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tab = await chrome.tabs.create({ url: u });
    return tab.id!;
  }, url);
}
