import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { openPopupFor, registeredMatches, tabIdOf, waitFor, writeSettings } from './support/popup';

const ROUTES = {
  '/news/ar-water.html': 'e2e/fixtures/ar-long-article.html',
  '/news/library-reopens.html': 'e2e/fixtures/en-article.html',
};
const ARTIFACTS = resolve('test-results');
/** The four subheadings of the Arabic fixture, in order. */
const AR_SECTIONS = ['لماذا الآن؟', 'كيف ستجري الأعمال؟', 'ماذا يقول السكان؟', 'ما بعد الأنابيب'];
const DEFAULTS = { summarySentences: 3, autoSites: [], autoAllSites: false };

/** Opens `path` in a tab, then the full-tab reader for it; the reader page once the article is in. */
async function openReaderTab(ext: LoadedExtension, server: FixtureServer, path: string): Promise<{ page: Page; reader: Page }> {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`);
  const tabId = await tabIdOf(ext.worker, page.url());
  const reader = await ext.context.newPage();
  await reader.setViewportSize({ width: 1280, height: 900 });
  await reader.goto(`chrome-extension://${ext.extensionId}/reader.html?tabId=${tabId}`);
  await reader.locator('article.safi-article').waitFor({ timeout: 15_000 });
  return { page, reader };
}

async function seriousViolations(page: Page, only?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  const results = await (only ? axe.include(only) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const rootVar = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

describe('full-tab reader, English UI', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer(ROUTES);
    ext = await launchWithExtension();
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('renders the Arabic article right-to-left with a table of contents, focus in the article', async () => {
    const { page, reader } = await openReaderTab(ext, server, '/news/ar-water.html');
    const article = reader.locator('article.safi-article');
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await reader.title()).toContain('مدينة النهر');
    // Focus moved into the reader, so the keys scroll the article straight away.
    expect(await reader.evaluate(() => document.activeElement?.className)).toContain('safi-tab-main');
    // The bundled Arabic face (default choice) is loaded from the extension and draws the body.
    await expect
      .poll(() => reader.evaluate(() => [...document.fonts].some((f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded')))
      .toBe(true);
    expect(await article.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Naskh Arabic"/);

    const toc = reader.getByRole('navigation', { name: 'Contents' });
    expect(await toc.locator('a').allInnerTexts()).toEqual(AR_SECTIONS);
    expect(await toc.locator('ol').getAttribute('dir')).toBe('rtl');
    // The contents sit on the inline-start side of the page chrome, which follows the
    // English UI here: on the left of the article.
    const tocBox = await toc.boundingBox();
    const articleBox = await article.boundingBox();
    expect(tocBox!.x + tocBox!.width).toBeLessThanOrEqual(articleBox!.x + 1);

    // Following an entry moves focus to that section's heading.
    await toc.getByRole('link', { name: AR_SECTIONS[2]! }).click();
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe(AR_SECTIONS[2]);
    await reader.screenshot({ path: resolve(ARTIFACTS, 'reader-tab-ar.png') });
    await reader.close();
    await page.close();
  });

  it('opens from the popup’s "Open in tab" as reader.html?tabId=N for the page', async () => {
    const { page, popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/library-reopens.html`);
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    // The popup, too, puts focus in the article once it is there.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.className)).toContain('safi-main');
    const tabId = await tabIdOf(ext.worker, page.url());
    const [opened] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open in tab' }).click(),
    ]);
    await opened.waitForURL(/reader\.html/);
    expect(new URL(opened.url()).pathname).toBe('/reader.html');
    expect(new URL(opened.url()).searchParams.get('tabId')).toBe(String(tabId));
    await opened.locator('h1.safi-title').waitFor({ timeout: 15_000 });
    expect(await opened.locator('h1.safi-title').innerText()).toBe('River town reopens its library after two years of repairs');
    // A short article gets no table of contents.
    expect(await opened.locator('.safi-toc').count()).toBe(0);
    await opened.close();
    await page.close();
  });

  it('applies display settings changed in the popup to an open reader tab, live and after a reload', async () => {
    const { page, reader } = await openReaderTab(ext, server, '/news/ar-water.html');
    const { page: page2, popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/ar-water.html`);
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    await popup.getByText('Display', { exact: true }).click();
    await popup.getByRole('radio', { name: 'Dark' }).check();
    await popup.getByRole('slider', { name: 'Text size' }).fill('22');
    await popup.getByRole('checkbox', { name: 'Justify text' }).check();
    await popup.getByRole('checkbox', { name: 'Show images' }).uncheck();
    await popup.getByRole('combobox', { name: 'Arabic font' }).selectOption('sans');
    // The popup itself follows at once.
    await expect.poll(() => rootVar(popup, '--safi-bg')).toBe('#1c1c1e');

    const check = async () => {
      await expect.poll(() => rootVar(reader, '--safi-bg')).toBe('#1c1c1e');
      const body = reader.locator('.safi-article-body');
      const style = await body.evaluate((el) => {
        const s = getComputedStyle(el);
        return { size: s.fontSize, align: s.textAlign, family: s.fontFamily, spacing: s.letterSpacing };
      });
      expect(style.size).toBe('22px');
      expect(style.align).toBe('justify');
      expect(style.family.startsWith('"Noto Sans Arabic"')).toBe(true);
      expect(style.spacing).toBe('normal');
      // Images hidden, their captions kept.
      expect(await body.locator('img').first().isVisible()).toBe(false);
      expect(await body.locator('figcaption').isVisible()).toBe(true);
    };
    await check();
    await reader.reload();
    await reader.locator('article.safi-article').waitFor({ timeout: 15_000 });
    await check();
    await reader.screenshot({ path: resolve(ARTIFACTS, 'reader-tab-ar-dark.png') });

    await writeSettings(ext.worker, DEFAULTS);
    await expect.poll(() => rootVar(reader, '--safi-font-size')).toBe('17px');
    // Back to following the system: no colour is set inline any more.
    expect(await reader.evaluate(() => document.documentElement.style.getPropertyValue('--safi-bg'))).toBe('');
    await Promise.all([reader.close(), popup.close(), page.close(), page2.close()]);
  });

  it('shows the lazy image of the article when images are on', async () => {
    const { page, reader } = await openReaderTab(ext, server, '/news/ar-water.html');
    const img = reader.locator('.safi-article-body img').first();
    expect(await img.isVisible()).toBe(true);
    expect(await img.getAttribute('src')).toContain('/images/pipes-old-town.jpg');
    await Promise.all([reader.close(), page.close()]);
  });

  it('prints the article alone: no controls, no contents, black on white even in the dark theme', async () => {
    await writeSettings(ext.worker, { ...DEFAULTS, theme: 'dark' });
    const { page, reader } = await openReaderTab(ext, server, '/news/ar-water.html');
    await expect.poll(() => rootVar(reader, '--safi-bg')).toBe('#1c1c1e');
    await reader.emulateMedia({ media: 'print' });
    // The summary's own <summary> line stays, as the label of the printed summary.
    const visibleControls = await reader.evaluate(() =>
      [...document.querySelectorAll('button, input, select, nav, .safi-tab-bar, .safi-display, .safi-actions')]
        .filter((el) => {
          const box = (el as HTMLElement).getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(visibleControls).toEqual([]);
    expect(await reader.locator('h1.safi-title').isVisible()).toBe(true);
    expect(await reader.locator('.safi-article-body p').first().isVisible()).toBe(true);
    const colours = await reader.locator('.safi-reader').evaluate((el) => ({
      fg: getComputedStyle(el).color,
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ fg: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' });
    const pdf = await reader.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await writeSettings(ext.worker, DEFAULTS);
    await Promise.all([reader.close(), page.close()]);
  });

  it('shows a focus ring on the controls reached with Tab, and scrolls without animation when motion is reduced', async () => {
    const { page, reader } = await openReaderTab(ext, server, '/news/ar-water.html');
    await reader.keyboard.press('Tab');
    const focused = await reader.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth };
    });
    expect(focused.outline).not.toBe('none');
    expect(focused.width).not.toBe('0px');
    expect(await reader.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    await reader.emulateMedia({ reducedMotion: 'reduce' });
    expect(await reader.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await Promise.all([reader.close(), page.close()]);
  });

  it.each([
    ['light', 'system'],
    ['dark', 'system'],
    ['light', 'sepia'],
  ] as const)('has no serious accessibility violations in the reader tab (%s scheme, %s theme)', async (scheme, theme) => {
    await writeSettings(ext.worker, { ...DEFAULTS, theme });
    const { page, reader } = await openReaderTab(ext, server, '/news/ar-water.html');
    await reader.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.safiTheme)).toBe(theme);
    await reader.getByText('Display', { exact: true }).click();
    expect(await seriousViolations(reader)).toEqual([]);
    await writeSettings(ext.worker, DEFAULTS);
    await Promise.all([reader.close(), page.close()]);
  });

  it.each(['light', 'dark'] as const)('has no serious accessibility violations in the popup with the display settings open (%s)', async (scheme) => {
    const { page, popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/library-reopens.html`);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    await popup.getByText('Display', { exact: true }).click();
    expect(await seriousViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('gives the in-page overlay the same display settings, live, with no serious axe violation', async () => {
    await writeSettings(ext.worker, { ...DEFAULTS, autoSites: ['127.0.0.1'], theme: 'sepia', fontSize: 20 });
    expect(await waitFor(async () => (await registeredMatches(ext.worker)) !== null)).toBe(true);
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/news/ar-water.html`);
    const overlay = page.locator('safi-reader-overlay');
    await overlay.locator('h1.safi-title').waitFor({ timeout: 15_000 });
    const box = overlay.locator('.safi-overlay');
    const look = () =>
      overlay.locator('.safi-article-body').evaluate((el) => ({
        bg: getComputedStyle(el).getPropertyValue('--safi-bg').trim(),
        size: getComputedStyle(el).fontSize,
      }));
    expect(await look()).toEqual({ bg: '#f4ecd8', size: '20px' });
    expect(await box.getAttribute('data-safi-theme')).toBe('sepia');
    expect(await seriousViolations(page, 'safi-reader-overlay')).toEqual([]);

    // A change made anywhere else shows in the open overlay at once.
    await writeSettings(ext.worker, { ...DEFAULTS, autoSites: ['127.0.0.1'], theme: 'dark', fontSize: 18 });
    await expect.poll(look).toEqual({ bg: '#1c1c1e', size: '18px' });
    await overlay.getByText('Display', { exact: true }).click();
    expect(await seriousViolations(page, 'safi-reader-overlay')).toEqual([]);

    await writeSettings(ext.worker, DEFAULTS);
    expect(await waitFor(async () => (await registeredMatches(ext.worker)) === null)).toBe(true);
    await page.close();
  });

  it('logged no console error in any extension context', () => {
    expect(ext.extensionErrors).toEqual([]);
  });
});

describe('full-tab reader, Arabic UI', () => {
  let ext: LoadedExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer(ROUTES);
    ext = await launchWithExtension({ onlyLocale: 'ar' });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it.each(['light', 'dark'] as const)('mirrors the reader tab and has no serious accessibility violations (%s)', async (scheme) => {
    const { page, reader } = await openReaderTab(ext, server, '/news/library-reopens.html');
    await reader.emulateMedia({ colorScheme: scheme });
    expect(await reader.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await reader.locator('article.safi-article').getAttribute('dir')).toBe('ltr');
    await reader.getByText('العرض', { exact: true }).click();
    expect(await reader.getByRole('radio', { name: 'داكنة' }).count()).toBe(1);
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.screenshot({ path: resolve(ARTIFACTS, `reader-tab-ar-ui-${scheme}.png`) });
    await Promise.all([reader.close(), page.close()]);
  });

  it('shows the Arabic article with its contents under the Arabic UI too', async () => {
    const { page, reader } = await openReaderTab(ext, server, '/news/ar-water.html');
    const toc = reader.getByRole('navigation', { name: 'المحتويات' });
    expect(await toc.locator('a').allInnerTexts()).toEqual(AR_SECTIONS);
    // Under a right-to-left UI the contents sit on the right of the article.
    const tocBox = await toc.boundingBox();
    const articleBox = await reader.locator('article.safi-article').boundingBox();
    expect(tocBox!.x).toBeGreaterThanOrEqual(articleBox!.x + articleBox!.width - 1);
    expect(await seriousViolations(reader)).toEqual([]);
    await Promise.all([reader.close(), page.close()]);
  });

  it('logged no console error in any extension context', () => {
    expect(ext.extensionErrors).toEqual([]);
  });
});
