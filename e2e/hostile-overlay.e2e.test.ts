import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { registeredMatches, waitFor, writeSettings } from './support/popup';

let ext: LoadedExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({ '/news/ferry.html': 'e2e/fixtures/hostile/overlay-listeners.html' });
  ext = await launchWithExtension();
  await writeSettings(ext.worker, { summarySentences: 3, autoSites: ['127.0.0.1'], autoAllSites: false });
  expect(await waitFor(async () => (await registeredMatches(ext.worker)) !== null)).toBe(true);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

it('closing the overlay restores the page byte for byte, and the page’s own buttons still work', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/news/ferry.html`);
  const overlay = page.locator('safi-reader-overlay');
  await overlay.locator('h1.safi-title').waitFor({ timeout: 15_000 });
  expect(await overlay.locator('h1.safi-title').innerText()).toBe('Harbour ferry returns after winter repairs');

  await page.keyboard.press('Escape');
  await overlay.waitFor({ state: 'detached', timeout: 5_000 });

  const after = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    before: (window as unknown as { __pageBefore: string }).__pageBefore,
  }));
  expect(after.html).toBe(after.before);

  // Real clicks, through the page's own layout: each kind of listener fires exactly once.
  await page.locator('#like').click();
  await page.locator('#share').click();
  await page.locator('.comment-toggle').click();
  expect(await page.evaluate(() => (window as unknown as { __clicks: Record<string, number> }).__clicks)).toEqual({
    listener: 1,
    property: 1,
    delegated: 1,
  });
  // Clicking changed nothing in the markup either (the handlers only count).
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(after.before);
  await page.close();
});

it('logged no console error in any extension context', () => {
  expect(ext.extensionErrors).toEqual([]);
});
