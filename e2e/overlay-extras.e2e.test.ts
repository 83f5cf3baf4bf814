import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { openPopupFor, registeredMatches, tabIdOf, waitFor, writeSettings } from './support/popup';

const ROUTES = {
  '/news/ar-water.html': 'e2e/fixtures/ar-long-article.html',
  '/news/library-reopens.html': 'e2e/fixtures/en-article.html',
};
const AUTO = { summarySentences: 3, autoSites: ['127.0.0.1'], autoAllSites: false };
const NASKH = 'Noto Naskh Arabic';

let ext: LoadedExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(ROUTES);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function overlayOn(path: string, settings: Record<string, unknown> = {}): Promise<Page> {
  await writeSettings(ext.worker, { ...AUTO, ...settings });
  expect(await waitFor(async () => (await registeredMatches(ext.worker)) !== null)).toBe(true);
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`);
  await page.locator('safi-reader-overlay h1.safi-title').waitFor({ timeout: 15_000 });
  return page;
}

/**
 * The faces Chromium really drew the first paragraph of the article with (DevTools protocol:
 * CSS.getPlatformFontsForNode), found by `expression` (evaluated in the page's main world).
 * `custom` marks a web font (a face the page or extension supplied) rather than a system one.
 */
async function drawnWith(page: Page, expression: string): Promise<Array<{ family: string; custom: boolean; glyphs: number }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) throw new Error(`nothing at ${expression}`);
    const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts
      .map((f) => ({ family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount }))
      .sort((a, b) => b.glyphs - a.glyphs);
  } finally {
    await cdp.detach();
  }
}

const OVERLAY_PARAGRAPH = "document.querySelector('safi-reader-overlay').shadowRoot.querySelector('.safi-article-body p')";
const PAGE_PARAGRAPH = "document.querySelector('.safi-article-body p')";
/** FontFace objects of the bundled family in the page's own font set. */
const naskhFacesIn = (page: Page) =>
  page.evaluate((family) => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family).length, NASKH);

describe('the overlay’s Arabic font', () => {
  it('draws an Arabic article in the bundled Noto Naskh Arabic, exactly as the popup does', async () => {
    const page = await overlayOn('/news/ar-water.html', { arabicFont: 'naskh' });
    await expect
      .poll(async () => (await drawnWith(page, OVERLAY_PARAGRAPH))[0], { timeout: 10_000 })
      .toMatchObject({ family: NASKH, custom: true });

    const { page: tab, popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, page.url());
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await drawnWith(popup, PAGE_PARAGRAPH))[0], { timeout: 10_000 }).toMatchObject({ family: NASKH, custom: true });
    const fromPopup = (await drawnWith(popup, PAGE_PARAGRAPH)).map((f) => `${f.family}/${f.custom}`);
    const fromOverlay = (await drawnWith(page, OVERLAY_PARAGRAPH)).map((f) => `${f.family}/${f.custom}`);
    expect(fromOverlay).toEqual(fromPopup);
    await Promise.all([popup.close(), tab.close()]);

    // The faces are the overlay's, for as long as it is open: closing takes them out of the page.
    expect(await naskhFacesIn(page)).toBe(2);
    await page.keyboard.press('Escape');
    await page.locator('safi-reader-overlay').waitFor({ state: 'detached' });
    expect(await naskhFacesIn(page)).toBe(0);
    await page.close();
  });

  it('follows the font setting live: the system sans leaves the bundled face out', async () => {
    const page = await overlayOn('/news/ar-water.html', { arabicFont: 'naskh' });
    await expect.poll(() => naskhFacesIn(page), { timeout: 10_000 }).toBe(2);
    await writeSettings(ext.worker, { ...AUTO, arabicFont: 'sans' });
    await expect.poll(() => naskhFacesIn(page), { timeout: 10_000 }).toBe(0);
    const drawn = await drawnWith(page, OVERLAY_PARAGRAPH);
    expect(drawn[0]!.custom).toBe(false);
    expect(drawn[0]!.family).not.toBe(NASKH);
    await page.close();
  });

  it('reads no font file for an article with no Arabic text', async () => {
    const page = await overlayOn('/news/library-reopens.html', { arabicFont: 'naskh' });
    await page.waitForTimeout(500);
    expect(await naskhFacesIn(page)).toBe(0);
    await page.close();
  });
});

describe('"Open in tab" in the overlay', () => {
  it('opens the full-tab reader for this tab next to it, and the overlay steps aside', async () => {
    const page = await overlayOn('/news/library-reopens.html');
    const tabId = await tabIdOf(ext.worker, page.url());
    const [reader] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.locator('safi-reader-overlay').getByRole('button', { name: 'Open in tab' }).click(),
    ]);
    await reader.waitForURL(/reader\.html/);
    expect(reader.url()).toBe(`chrome-extension://${ext.extensionId}/reader.html?tabId=${tabId}`);
    await reader.locator('article.safi-article').waitFor({ timeout: 15_000 });
    expect(await reader.locator('h1.safi-title').innerText()).toBe('River town reopens its library after two years of repairs');
    await page.locator('safi-reader-overlay').waitFor({ state: 'detached', timeout: 5_000 });
    await Promise.all([reader.close(), page.close()]);
  });
});

describe('the "Save or copy" menu', () => {
  it('folds on Esc in the overlay, focus back on its toggle, without closing the overlay; the next Esc closes it', async () => {
    const page = await overlayOn('/news/library-reopens.html');
    const overlay = page.locator('safi-reader-overlay');
    const menu = overlay.locator('details.safi-export');
    await overlay.getByText('Save or copy', { exact: true }).click();
    await overlay.getByRole('button', { name: 'Copy as Markdown' }).focus();
    await page.keyboard.press('Escape');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await overlay.evaluate((host) => host.shadowRoot?.activeElement?.textContent)).toBe('Save or copy');
    expect(await overlay.count()).toBe(1);

    // A click elsewhere in the reader folds it too.
    await overlay.getByText('Save or copy', { exact: true }).click();
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await overlay.locator('h1.safi-title').click();
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it('folds on Esc and on a click elsewhere in the popup', async () => {
    await writeSettings(ext.worker, { ...AUTO, autoSites: [] });
    const { page, popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/library-reopens.html`);
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    const menu = popup.locator('details.safi-export');
    await popup.getByText('Save or copy', { exact: true }).click();
    await popup.getByRole('button', { name: 'Download .md' }).focus();
    await popup.keyboard.press('Escape');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Save or copy');
    await popup.getByText('Save or copy', { exact: true }).click();
    await popup.locator('.safi-article-body p').first().click();
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('hygiene', () => {
  it('logged no console error in any extension context', () => {
    expect(ext.extensionErrors).toEqual([]);
  });
});
