import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlScripts, pageLoad, type PageLoad } from '../scripts/lib/bundle-graph';
import { BUILT_EXTENSION, launchWithExtension, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { tabIdOf } from './support/popup';

// `npm run size` judges the popup on what it loads to show an article with its summary,
// worked out from the built files. This checks that figure against what the real popup
// fetches: nothing it loads by itself may be missing from the counted set.

let ext: LoadedExtension;
let server: FixtureServer;
let counted: PageLoad;

const read = (file: string) => {
  try {
    return readFileSync(join(BUILT_EXTENSION, file), 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Opens the popup on `url` with the debugger watching: every script the page runs (module
 * chunks included, which resource timing does not list for extension pages) is recorded by
 * its root-relative path.
 */
async function popupWatchingScripts(url: string): Promise<{ page: Page; popup: Page; scripts: Set<string> }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext.worker, page.url());
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 640, height: 600 });
  const scripts = new Set<string>();
  const cdp = await ext.context.newCDPSession(popup);
  const origin = `chrome-extension://${ext.extensionId}/`;
  cdp.on('Debugger.scriptParsed', ({ url: script }) => {
    if (script.startsWith(origin)) scripts.add(new URL(script).pathname.slice(1));
  });
  await cdp.send('Debugger.enable');
  await popup.goto(`${origin}popup.html?tabId=${tabId}`);
  return { page, popup, scripts };
}

beforeAll(async () => {
  counted = pageLoad(htmlScripts(read('popup.html') ?? '').map((s) => s.replace(/^\//, '')), read);
  server = await startFixtureServer({ '/news/ar-seed.html': 'tests/fixtures/pages/ar-seed-cms/source.html' });
  ext = await launchWithExtension();
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('what the popup loads', () => {
  it('shows an article with its summary using only the scripts `npm run size` counts for it', async () => {
    const { page, popup, scripts } = await popupWatchingScripts(`${server.origin}/news/ar-seed.html`);
    await popup.locator('.safi-summary-list li').first().waitFor({ timeout: 15_000 });
    // The debugger saw the page's own scripts (guards the check below against passing vacuously).
    expect([...scripts]).toEqual(expect.arrayContaining(counted.initial));
    const allowed = new Set([...counted.initial, ...counted.needed]);
    expect([...scripts].filter((f) => !allowed.has(f))).toEqual([]);

    // "Copy as Markdown" then runs a chunk that the size report lists as on demand, for that action.
    await popup.getByText('Save or copy', { exact: true }).click();
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).toMatch(/^# /);
    const later = [...scripts].filter((f) => !allowed.has(f));
    expect(later.length).toBeGreaterThan(0);
    const demand = new Map(counted.onDemand.map((d) => [d.file, d.action]));
    for (const f of later) expect(demand.get(f)).toMatch(/Markdown/);
    await popup.close();
    await page.close();
  });
});

describe('hygiene', () => {
  it('logged no console error in any extension context', () => {
    expect(ext.extensionErrors).toEqual([]);
  });
});
