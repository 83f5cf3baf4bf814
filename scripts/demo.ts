/**
 * `npm run demo`: builds the extension if needed, serves a demo Arabic news article on
 * 127.0.0.1, and opens Chromium (headed) with Safi loaded and auto reader mode already on
 * for the demo site, so the reader appears over the article at once. Press Esc to see the
 * page underneath, then click the Safi toolbar button (or Alt+Shift+R) for the popup.
 *
 * `npm run demo -- --screenshots`: the same, headless, saving test-results/demo-overlay.png
 * and test-results/demo-popup.png. (`npm run screenshots` is the full set for the README:
 * scripts/screenshots.ts.)
 *
 * Browser: /usr/bin/chromium, or CHROMIUM_PATH (e.g. a Chrome/Chromium you installed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from '../e2e/support/extension';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { tabIdOf, waitFor, writeSettings, registeredMatches } from '../e2e/support/popup';

const screenshots = process.argv.includes('--screenshots');
const rebuild = process.argv.includes('--build');

async function main() {
  if (rebuild || !existsSync('.output/chrome-mv3/manifest.json')) {
    console.log('Building the extension (npm run build)…');
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  if (!screenshots && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Run this on a desktop session, or use `npm run screenshots`.');
    process.exit(1);
  }

  const server = await startFixtureServer({
    '/': 'e2e/fixtures/index.html',
    '/news/idlib-talks.html': 'tests/fixtures/pages/ar-seed-cms/source.html',
    '/news/library-reopens.html': 'e2e/fixtures/en-article.html',
  });
  // The demo profile grants 127.0.0.1 up front, standing in for the user's "allow" click.
  const ext = await launchWithExtension({ headless: screenshots });
  await writeSettings(ext.worker, { summarySentences: 3, autoSites: ['127.0.0.1'], autoAllSites: false });
  await waitFor(async () => (await registeredMatches(ext.worker)) !== null);

  const articleUrl = `${server.origin}/news/idlib-talks.html`;
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(articleUrl);

  console.log(`
Safi Reader demo
  Arabic article:  ${articleUrl}
  English article: ${server.origin}/news/library-reopens.html
  Site home page:  ${server.origin}/   (auto mode never opens on a home page)

The reader overlay opens by itself on the articles (auto mode is on for 127.0.0.1).
Esc closes it and leaves the page as it was. Click the Safi toolbar button (puzzle
menu → Safi Reader) or press Alt+Shift+R for the popup reader.
Close the browser window or press Ctrl+C to stop.`);

  if (screenshots) {
    await mkdir('test-results', { recursive: true });
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.locator('safi-reader-overlay h1').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: resolve('test-results/demo-overlay.png') });
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 640, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${await tabIdOf(ext.worker, articleUrl)}`);
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    await popup.screenshot({ path: resolve('test-results/demo-popup.png') });
    console.log('\nSaved test-results/demo-overlay.png and test-results/demo-popup.png');
    await ext.close();
    await server.close();
    return;
  }

  const stop = async () => {
    await ext.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  ext.context.on('close', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
