import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { openPopupFor, openTabFromExtension, registeredMatches, waitFor, writeSettings } from './support/popup';

const AR_SEED = 'tests/fixtures/pages/ar-seed-cms';
const ROUTES = {
  '/': 'e2e/fixtures/index.html',
  '/news/ar-seed.html': `${AR_SEED}/source.html`,
  '/news/library-reopens.html': 'e2e/fixtures/en-article.html',
  '/contact.html': 'e2e/fixtures/non-article.html',
};
const ARTIFACTS = resolve('test-results');

interface SeedExpectations {
  titleIncludes: string;
  mustContainBlock: string[];
  mustNotContain: string[];
}

let ext: LoadedExtension;
let server: FixtureServer;
let seed: SeedExpectations;
/** Every URL any page or the extension asked for, apart from the fixture server. */
const outside: string[] = [];

beforeAll(async () => {
  seed = JSON.parse(await readFile(`${AR_SEED}/meta.json`, 'utf8')).expect;
  server = await startFixtureServer(ROUTES);
  ext = await launchWithExtension();
  // The network is closed anyway; record and refuse anything that is not the fixture server.
  await ext.context.route(
    (url) => url.protocol.startsWith('http') && url.origin !== server.origin,
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  await mkdir(ARTIFACTS, { recursive: true });
});

it('the console watcher does see an error logged by the extension', async () => {
  // Guards the last test against passing vacuously: an error from the service worker is caught.
  await ext.worker.evaluate(() => console.error('[safi] e2e probe'));
  await expect.poll(() => ext.extensionErrors.some((e) => e.includes('e2e probe'))).toBe(true);
  ext.extensionErrors.length = 0;
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('popup reader', () => {
  it('shows the Arabic seed article right-to-left, with summary, body and no page clutter', async () => {
    const { popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/ar-seed.html`);
    const article = popup.locator('article.safi-article');
    await article.waitFor({ timeout: 15_000 });

    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await popup.locator('h1.safi-title').innerText()).toContain(seed.titleIncludes);
    // The background makes the summary; it normally comes with the article, at worst just after.
    await popup.locator('.safi-summary-list li').first().waitFor({ timeout: 10_000 });
    expect(await popup.locator('.safi-summary-list li').count()).toBeGreaterThan(0);
    expect((await popup.locator('.safi-summary-list').innerText()).trim()).not.toBe('');

    const body = popup.locator('.safi-article-body');
    const bodyText = normalize(await body.innerText());
    for (const block of seed.mustContainBlock) expect(bodyText).toContain(normalize(block));
    for (const junk of seed.mustNotContain) expect(bodyText).not.toContain(normalize(junk));
    expect(await body.locator('p').count()).toBeGreaterThanOrEqual(5);
    expect(await body.locator('form, input, textarea, aside, footer').count()).toBe(0);

    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-ar-seed.png') });
    await popup.close();
  });

  it.each(['light', 'dark'] as const)('has no serious accessibility violations (axe, %s scheme)', async (scheme) => {
    const { popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/ar-seed.html`);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    const results = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await popup.close();
  });

  it('says a browser page is closed to extensions, and what to do', async () => {
    const tabId = await openTabFromExtension(ext.worker, 'chrome://version/');
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    const failure = popup.locator('.safi-failure');
    await failure.waitFor({ timeout: 15_000 });
    expect(await failure.getAttribute('data-state')).toBe('restricted-url');
    expect(await failure.innerText()).toContain('Open a news article on a website');
    expect(await popup.getByRole('button').count()).toBe(0);
    await popup.close();
  });

  it('puts the title, a blank line and the clean article text on the clipboard', async () => {
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/library-reopens.html`);
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    // The reviewed clean text of the fixture: title, blank line, the six paragraphs and two
    // subheads one blank line apart; no byline line, caption, sidebar, comments or footer.
    const expected = (await readFile('e2e/fixtures/en-article.expected.txt', 'utf8')).trimEnd();
    const [title, ...expectedBody] = expected.split('\n\n');

    await popup.getByRole('button', { name: 'Copy text' }).click();
    await expect.poll(() => popup.locator('[role="status"].safi-copy-status').innerText()).toContain('Copied');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());

    expect(copied).toBe(expected);

    // "Copy summary": the summary sentences, one per line.
    await popup.locator('.safi-summary-list li').first().waitFor({ timeout: 10_000 });
    const sentences = await popup.locator('.safi-summary-list li').allInnerTexts();
    await popup.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(sentences.join('\n'));
    expect(sentences.length).toBe(3);
    expect(copied).not.toMatch(/<[a-z]/i);
    expect(copied).not.toContain('Post comment');
    expect(copied).not.toContain('Most read');

    // Selecting the rendered article and copying it the ordinary way gives its text alone.
    const selected = await popup.evaluate(async () => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('article.safi-article')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.execCommand('copy');
      return navigator.clipboard.readText();
    });
    expect(selected).toContain(expectedBody[1]!);
    expect(selected).toContain(title!);
    expect(selected).not.toMatch(/Copy summary|Copy text|Open the original page|min read/);
    await popup.close();
  });

  it('renders an English article left-to-right', async () => {
    const { popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/library-reopens.html`);
    const article = popup.locator('article.safi-article');
    await article.waitFor({ timeout: 15_000 });
    expect(await article.getAttribute('dir')).toBe('ltr');
    expect(await article.getAttribute('lang')).toBe('en');
    expect(await popup.locator('h1.safi-title').innerText()).toBe('River town reopens its library after two years of repairs');
    await popup.close();
  });

  it('says a non-article is not an article, and "Show it anyway" forces the reader', async () => {
    const { popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/contact.html`);
    const failure = popup.locator('.safi-failure');
    await failure.waitFor({ timeout: 15_000 });
    expect(await failure.getAttribute('data-state')).toBe('not-readerable');
    expect(await failure.innerText()).toContain("doesn't look like an article");

    await popup.getByRole('button', { name: 'Show it anyway' }).click();
    const article = popup.locator('article.safi-article');
    await article.waitFor({ timeout: 15_000 });
    expect(await popup.locator('h1.safi-title').innerText()).toBe('Visiting the newsroom');
    expect(await popup.locator('.safi-article-body').innerText()).toContain('Mill Street stop');
    await popup.close();
  });
});

describe('auto reader mode', () => {
  it('registers the overlay script for the granted site only', async () => {
    await writeSettings(ext.worker, { summarySentences: 3, autoSites: ['127.0.0.1'], autoAllSites: false });
    expect(await waitFor(async () => (await registeredMatches(ext.worker)) !== null)).toBe(true);
    expect(await registeredMatches(ext.worker)).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
  });

  it('opens the overlay on an article, and Esc restores the page, scroll position included', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/news/library-reopens.html`);
    const overlay = page.locator('safi-reader-overlay');
    await overlay.locator('h1.safi-title').waitFor({ timeout: 15_000 });
    expect(await overlay.locator('article.safi-article').getAttribute('dir')).toBe('ltr');

    // Scrolling the reader, by keyboard or wheel, must not move the page underneath.
    await page.keyboard.press('PageDown');
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => overlay.locator('.safi-overlay-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 640));
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached', timeout: 5_000 });

    const after = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      before: (window as unknown as { __pageBefore: string }).__pageBefore,
      scrollY: window.scrollY,
    }));
    expect(after.html).toBe(after.before);
    expect(after.scrollY).toBe(640);

    // Closing is sticky for this tab and URL: a reload does not bring the overlay back.
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(await overlay.count()).toBe(0);
    await page.close();
  });

  it('does not reopen on Back or Forward', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/`);
    await page.goto(`${server.origin}/news/library-reopens.html`);
    const overlay = page.locator('safi-reader-overlay');
    await overlay.locator('h1.safi-title').waitFor({ timeout: 15_000 });
    await page.goBack();
    await page.goForward();
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => document.title)).toContain('River town');
    expect(await overlay.count()).toBe(0);
    await page.close();
  });

  it.each([
    ['the home page', '/'],
    ['a non-article', '/contact.html'],
  ])('does not open on %s', async (_name, path) => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForTimeout(2_000);
    expect(await page.locator('safi-reader-overlay').count()).toBe(0);
    await page.close();
  });

  it('turns itself off for the site from the overlay', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/news/ar-seed.html`);
    const overlay = page.locator('safi-reader-overlay');
    await overlay.locator('h1.safi-title').waitFor({ timeout: 15_000 });
    expect(await overlay.locator('article.safi-article').getAttribute('dir')).toBe('rtl');
    await overlay.getByRole('button', { name: 'Turn off for this site' }).click();
    await overlay.waitFor({ state: 'detached', timeout: 5_000 });
    expect(await waitFor(async () => (await registeredMatches(ext.worker)) === null)).toBe(true);
    await page.close();
  });
});

describe('privacy and hygiene', () => {
  it('made no request outside the fixture server other than the pages’ own resources', async () => {
    const pageSources = (await Promise.all(Object.values(ROUTES).map((f) => readFile(f, 'utf8')))).join('\n');
    const notFromPages = outside.filter((url) => !pageSources.includes(new URL(url).host));
    expect(notFromPages).toEqual([]);
    // The popup showed the article's images from the page's server, as the page would.
    expect(server.requests.some((p) => p.endsWith('library-reading-room.jpg'))).toBe(true);
  });

  it('logged no console error in any extension context', () => {
    expect(ext.extensionErrors).toEqual([]);
  });
});

function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
