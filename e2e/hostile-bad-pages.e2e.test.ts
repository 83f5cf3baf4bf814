import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { ARABIC_SAMPLE, FRAMED_ARTICLE, badPages, type BadPage } from './support/hostile-bad-pages';
import { startHostileServer, type HostileServer } from './support/hostile-server';
import { openTabFromExtension, tabIdOf } from './support/popup';

let ext: LoadedExtension;
let server: HostileServer;
const timings: string[] = [];

beforeAll(async () => {
  server = await startHostileServer();
  server.pages.set('/bad/article', { body: FRAMED_ARTICLE });
  ext = await launchWithExtension();
  // Nothing leaves the machine (the web store URL included).
  await ext.context.route(
    (url) => url.protocol.startsWith('http') && url.origin !== server.origin,
    (route) => route.abort(),
  );
});

afterAll(async () => {
  console.log(`time to reason, per page:\n${timings.join('\n')}`);
  await ext?.close();
  await server?.close();
});

/** The tab's whole DOM, read over CDP so that page scripts overwriting built-ins cannot interfere. */
async function domOf(cdp: CDPSession): Promise<string> {
  // Depth 0: the 5,000-deep page would overflow the protocol's encoder; the HTML string does not.
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  return (await cdp.send('DOM.getOuterHTML', { nodeId: root.nodeId })).outerHTML;
}

/** Whether the tab's main thread answers within a second. */
async function responsive(cdp: CDPSession): Promise<boolean> {
  const answer = cdp.send('Runtime.evaluate', { expression: '6 * 7', returnByValue: true });
  const timeout = new Promise<null>((ok) => setTimeout(() => ok(null), 1_000));
  const result = await Promise.race([answer, timeout]);
  return (result as { result?: { value?: number } } | null)?.result?.value === 42;
}

async function openTab(bad: BadPage, slug: string): Promise<{ tab: Page | null; tabId: number }> {
  if (bad.url) {
    const tabId = await openTabFromExtension(ext.worker, bad.url);
    await new Promise((r) => setTimeout(r, 500));
    const tab = ext.context.pages().find((p) => p.url() === bad.url || p.url().startsWith(bad.url!.slice(0, 20))) ?? null;
    return { tab, tabId };
  }
  server.pages.set(`/bad/${slug}`, bad.page!);
  const tab = await ext.context.newPage();
  const url = `${server.origin}/bad/${slug}`;
  await tab.goto(url, { waitUntil: bad.loading ? 'commit' : 'load', timeout: 30_000 });
  if (bad.loading) await tab.waitForFunction(() => document.querySelectorAll('p').length >= 3, undefined, { timeout: 10_000 });
  return { tab, tabId: await tabIdOf(ext.worker, url) };
}

describe('strange pages through the popup', () => {
  it.each(badPages().map((b, i) => [b.name, b, i] as const))(
    'shows a reason for %s within 3 s and leaves the tab responsive and untouched',
    async (_name, bad, i) => {
      const { tab, tabId } = await openTab(bad, `page-${i}`);
      const cdp = tab && !bad.url ? await ext.context.newCDPSession(tab) : null;
      const before = cdp ? await domOf(cdp) : null;

      const popup = await ext.context.newPage();
      const started = Date.now();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
      const shown = popup.locator('article.safi-article, .safi-failure').first();
      await shown.waitFor({ timeout: 15_000 });
      const ms = Date.now() - started;
      const state = (await popup.locator('article.safi-article').count()) > 0 ? 'article' : await popup.locator('.safi-failure').getAttribute('data-state');
      timings.push(`  ${bad.name}: ${state} in ${ms} ms`);

      expect(bad.expect).toContain(state);
      expect(ms).toBeLessThanOrEqual(bad.withinMs ?? 3_000);
      // The failure view names its reason in words, not just a state attribute.
      if (state !== 'article') expect((await popup.locator('.safi-failure').innerText()).trim().length).toBeGreaterThan(10);
      if (bad.name.includes('windows-1256')) expect(await popup.locator('.safi-article-body').innerText()).toContain(ARABIC_SAMPLE);
      if (bad.name.includes('built-ins')) {
        expect(await popup.locator('h1.safi-title').innerText()).toBe('Council budget');
        expect(await popup.locator('.safi-article-body').innerText()).not.toContain('HIJACKED');
      }
      if (cdp) {
        expect(await responsive(cdp)).toBe(true);
        expect(await domOf(cdp)).toBe(before);
        await cdp.detach();
      }
      await popup.close();
      await tab?.close();
    },
  );

  it('logged no unhandled error in any extension context', () => {
    expect(ext.extensionErrors).toEqual([]);
  });
});
