/**
 * `npm run screenshots [-- --out DIR] [-- --build]`: PNGs of the popup, the full-tab reader
 * and the in-page overlay, on the Arabic and English fixture articles, in light and dark,
 * plus the popup under the Arabic UI. Same setup as the e2e tests: the built extension in
 * headless Chromium (/usr/bin/chromium or CHROMIUM_PATH), pages from a local server, no
 * network. Writes to docs/ unless --out says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from '../e2e/support/extension';
import { startFixtureServer, type FixtureServer } from '../e2e/support/fixture-server';
import { tabIdOf, waitFor, writeSettings, registeredMatches } from '../e2e/support/popup';

const ARTICLES = {
  ar: '/news/idlib-talks.html',
  en: '/news/library-reopens.html',
} as const;
const SCHEMES = ['light', 'dark'] as const;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const OUT = resolve(option('--out') ?? 'docs');
const written: string[] = [];

async function shoot(page: Page, name: string): Promise<void> {
  // Webfonts (the bundled Arabic face) must be in before the picture is taken.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = resolve(OUT, name);
  await page.screenshot({ path });
  written.push(path);
}

/** Read aloud settles once the engine has listed its voices (a note, or an enabled button). */
async function settled(page: Page): Promise<void> {
  const control = page.locator('.safi-read-aloud');
  await control
    .locator('.safi-speech-note, button:enabled')
    .first()
    .waitFor({ timeout: 3_000 })
    .catch(() => undefined);
}

async function openArticleTab(context: BrowserContext, worker: LoadedExtension['worker'], url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  return tabIdOf(worker, page.url());
}

async function extensionPage(
  ext: LoadedExtension,
  file: 'popup.html' | 'reader.html',
  tabId: number,
  scheme: (typeof SCHEMES)[number],
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(file === 'popup.html' ? { width: 640, height: 600 } : { width: 1280, height: 860 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${ext.extensionId}/${file}?tabId=${tabId}`);
  await page.locator('article.safi-article').waitFor({ timeout: 15_000 });
  await settled(page);
  return page;
}

async function englishUiShots(server: FixtureServer): Promise<void> {
  const ext = await launchWithExtension();
  try {
    for (const [lang, path] of Object.entries(ARTICLES)) {
      const tabId = await openArticleTab(ext.context, ext.worker, `${server.origin}${path}`);
      for (const scheme of SCHEMES) {
        const popup = await extensionPage(ext, 'popup.html', tabId, scheme);
        await shoot(popup, `popup-${lang}-${scheme}.png`);
        if (lang === 'en' && scheme === 'light') {
          await popup.getByText('Save or copy', { exact: true }).click();
          await shoot(popup, 'popup-en-export.png');
        }
        await popup.close();
        const tab = await extensionPage(ext, 'reader.html', tabId, scheme);
        await shoot(tab, `reader-tab-${lang}-${scheme}.png`);
        await tab.close();
      }
    }
    // Auto mode: the overlay over the page itself.
    await writeSettings(ext.worker, { summarySentences: 3, autoSites: ['127.0.0.1'], autoAllSites: false });
    await waitFor(async () => (await registeredMatches(ext.worker)) !== null);
    for (const scheme of SCHEMES) {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`${server.origin}${ARTICLES.ar}`);
      await page.locator('safi-reader-overlay h1').waitFor({ timeout: 15_000 });
      await settled(page);
      await shoot(page, `overlay-ar-${scheme}.png`);
      await page.close();
    }
  } finally {
    await ext.close();
  }
}

/** The popup and reader tab as a user whose browser is in Arabic sees them (mirrored chrome). */
async function arabicUiShots(server: FixtureServer): Promise<void> {
  const ext = await launchWithExtension({ onlyLocale: 'ar' });
  try {
    const arTab = await openArticleTab(ext.context, ext.worker, `${server.origin}${ARTICLES.ar}`);
    const enTab = await openArticleTab(ext.context, ext.worker, `${server.origin}${ARTICLES.en}`);
    const popup = await extensionPage(ext, 'popup.html', arTab, 'light');
    await shoot(popup, 'popup-ar-ui-ar-light.png');
    await popup.close();
    const popupEn = await extensionPage(ext, 'popup.html', enTab, 'dark');
    await shoot(popupEn, 'popup-ar-ui-en-dark.png');
    await popupEn.close();
    const tab = await extensionPage(ext, 'reader.html', arTab, 'dark');
    await shoot(tab, 'reader-tab-ar-ui-ar-dark.png');
    await tab.close();
  } finally {
    await ext.close();
  }
}

async function main() {
  if (process.argv.includes('--build') || !existsSync('.output/chrome-mv3/manifest.json')) {
    console.log('Building the extension (npm run build)…');
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  await mkdir(OUT, { recursive: true });
  const server = await startFixtureServer({
    '/': 'e2e/fixtures/index.html',
    [ARTICLES.ar]: 'tests/fixtures/pages/ar-seed-cms/source.html',
    [ARTICLES.en]: 'e2e/fixtures/en-article.html',
  });
  try {
    await englishUiShots(server);
    await arabicUiShots(server);
  } finally {
    await server.close();
  }
  console.log(`Wrote ${written.length} screenshots:\n${written.map((p) => `  ${p}`).join('\n')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
