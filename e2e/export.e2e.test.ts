import { mkdir, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { openPopupFor, registeredMatches, tabIdOf, waitFor, writeSettings } from './support/popup';

const AR_SEED = 'tests/fixtures/pages/ar-seed-cms';
const ARTIFACTS = resolve('test-results/export');
const DIR_MARKS = /[\u200E\u200F]/g;

let ext: LoadedExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({
    '/news/ar-seed.html': `${AR_SEED}/source.html`,
    '/news/library-reopens.html': 'e2e/fixtures/en-article.html',
  });
  ext = await launchWithExtension();
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function popupFor(path: string): Promise<Page> {
  const { page, popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}${path}`);
  await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
  // The popup reads the article once; the page's tab can go, keeping the browser light.
  popup.on('close', () => void page.close());
  return popup;
}

async function copyMarkdown(popup: Page, menu: string, button: string): Promise<string> {
  await popup.evaluate(() => navigator.clipboard.writeText(''));
  await popup.getByText(menu, { exact: true }).click();
  await popup.getByRole('button', { name: button }).click();
  await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).not.toBe('');
  return popup.evaluate(() => navigator.clipboard.readText());
}

function normalize(text: string): string {
  return text.replace(DIR_MARKS, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

describe('getting the text out', () => {
  it('copies the English fixture as the reviewed Markdown', async () => {
    const popup = await popupFor('/news/library-reopens.html');
    const markdown = await copyMarkdown(popup, 'Save or copy', 'Copy as Markdown');
    const expected = (await readFile('e2e/fixtures/en-article.expected.md', 'utf8')).replaceAll('{ORIGIN}', server.origin);
    expect(markdown).toBe(expected);
    expect(await popup.locator('.safi-copy-status').innerText()).toContain('Copied');
    await popup.close();
  });

  it('copies the Arabic fixture as Markdown that keeps every block of its text', async () => {
    const seed = JSON.parse(await readFile(`${AR_SEED}/meta.json`, 'utf8')).expect;
    const popup = await popupFor('/news/ar-seed.html');
    const markdown = await copyMarkdown(popup, 'Save or copy', 'Copy as Markdown');
    const flat = normalize(markdown);
    expect(markdown.split('\n')[0]).toMatch(/^# /);
    expect(flat).toContain(normalize(seed.titleIncludes));
    for (const block of seed.mustContainBlock as string[]) expect(flat).toContain(normalize(block));
    // Page clutter stays out of the body (the header lines repeat the title and site).
    const body = normalize(markdown.slice(markdown.indexOf(`<${server.origin}/news/ar-seed.html>`)));
    for (const junk of seed.mustNotContain as string[]) expect(body).not.toContain(normalize(junk));
    // The subheads stay headings, and no HTML leaks into the Markdown.
    expect(markdown).toMatch(/^#{2,6} .*نتائج غير مرضية/m);
    expect(markdown).not.toMatch(/<\/?(p|div|span|figure|img)\b/i);
    await popup.close();
  });

  it('downloads a standalone .html that has dir and lang, no script, and opens offline', async () => {
    const popup = await popupFor('/news/ar-seed.html');
    await popup.getByText('Save or copy', { exact: true }).click();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Download .html' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[^/\\]+\.html$/);
    expect(download.suggestedFilename()).toContain('أنقرة');
    const file = resolve(ARTIFACTS, 'ar-seed.html');
    await download.saveAs(file);
    const html = await readFile(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);

    // Offline, from disk: the article is all there and right-to-left.
    await ext.context.setOffline(true);
    try {
      const page = await ext.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
      expect(await page.locator('h1').innerText()).toContain('أنقرة');
      expect(await page.locator('main p').count()).toBeGreaterThanOrEqual(5);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)).toBe('rtl');
      await page.screenshot({ path: resolve(ARTIFACTS, 'ar-seed-offline.png') });
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await ext.context.setOffline(false);
    }
    await popup.close();
  });

  it('downloads a .md named after the title', async () => {
    const popup = await popupFor('/news/library-reopens.html');
    await popup.getByText('Save or copy', { exact: true }).click();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Download .md' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('River-town-reopens-its-library-after-two-years-of-repairs.md');
    const file = resolve(ARTIFACTS, 'en-article.md');
    await download.saveAs(file);
    expect((await readFile(file, 'utf8')).startsWith('# River town reopens its library after two years of repairs\n')).toBe(true);
    await popup.close();
  });
});

describe('saving from a reader tab (where the Firefox popup sends its downloads)', () => {
  it('downloads the asked-for file once the article is in, once, and drops the request from the address', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/news/library-reopens.html`);
    const tabId = await tabIdOf(ext.worker, page.url());
    const reader = await ext.context.newPage();
    const [download] = await Promise.all([
      reader.waitForEvent('download', { timeout: 15_000 }),
      reader.goto(`chrome-extension://${ext.extensionId}/reader.html?tabId=${tabId}&save=md`),
    ]);
    expect(download.suggestedFilename()).toBe('River-town-reopens-its-library-after-two-years-of-repairs.md');
    const file = resolve(ARTIFACTS, 'en-article-from-reader-tab.md');
    await download.saveAs(file);
    expect((await readFile(file, 'utf8')).startsWith('# River town reopens its library after two years of repairs\n')).toBe(true);
    await reader.locator('article.safi-article').waitFor();
    expect(reader.url()).toBe(`chrome-extension://${ext.extensionId}/reader.html?tabId=${tabId}`);

    // A reload shows the article again without downloading it again.
    let again = 0;
    reader.on('download', () => again++);
    await reader.reload();
    await reader.locator('article.safi-article').waitFor({ timeout: 15_000 });
    await reader.waitForTimeout(500);
    expect(again).toBe(0);
    await Promise.all([reader.close(), page.close()]);
  });
});

describe('read aloud', () => {
  it('has a read-aloud control that says when Chromium has no voice for Arabic', async () => {
    const popup = await popupFor('/news/ar-seed.html');
    const group = popup.getByRole('group', { name: 'Read aloud' });
    await group.waitFor();
    // Give the engine the time the component gives it to list its voices.
    await popup.waitForTimeout(2_000);
    const hasArabic = await popup.evaluate(() =>
      speechSynthesis.getVoices().some((v) => v.localService && /^ar\b/i.test(v.lang.replace('_', '-'))),
    );
    const play = group.getByRole('button', { name: 'Read aloud' });
    if (hasArabic) {
      expect(await play.isEnabled()).toBe(true);
    } else {
      expect(await popup.locator('.safi-speech-note').innerText()).toContain('No voice for Arabic on this device');
      expect(await play.isDisabled()).toBe(true);
    }
    await popup.close();
  });
});

describe('read aloud with a voice', () => {
  it('reads the Arabic title then its sentences with a device voice, highlighting each; pause, resume and stop clear the highlight', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/news/ar-seed.html`);
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 640, height: 600 });
    // Chromium here has no voices: stand in a device Arabic voice that "speaks" instantly on cue.
    await popup.addInitScript(() => {
      const spoken: Array<{ text: string; lang: string; voice: string }> = [];
      let current: SpeechSynthesisUtterance | null = null;
      const voice = { name: 'Test Arabic', lang: 'ar-SA', localService: true, default: false, voiceURI: 'test-ar' };
      const fake = Object.assign(new EventTarget(), {
        getVoices: () => [voice],
        speak(u: SpeechSynthesisUtterance) {
          current = u;
          spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' });
        },
        cancel() {
          current = null;
        },
      });
      Object.defineProperty(window, 'speechSynthesis', { value: fake });
      // A real utterance only takes real voices; this one takes the stand-in.
      class FakeUtterance extends EventTarget {
        lang = '';
        rate = 1;
        voice: unknown = null;
        onend: ((e: Event) => void) | null = null;
        onerror: ((e: Event) => void) | null = null;
        constructor(public text: string) {
          super();
        }
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
      Object.assign(window, {
        __spoken: spoken,
        __finishUtterance: () => current?.onend?.(new Event('end') as SpeechSynthesisEvent),
      });
    });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${await tabIdOf(ext.worker, page.url())}`);
    await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });
    const group = popup.getByRole('group', { name: 'Read aloud' });
    await group.getByRole('button', { name: 'Read aloud' }).click();
    await expect.poll(() => popup.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(1);
    await popup.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
    await expect.poll(() => popup.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(2);

    const spoken = await popup.evaluate(() => (window as unknown as { __spoken: Array<{ text: string; lang: string; voice: string }> }).__spoken);
    expect(spoken[0]!.text).toContain('أنقرة تفشل في إقناع موسكو');
    expect(spoken[1]).toEqual({ text: 'فشلت تركيا، الثلاثاء، في إقناع روسيا بممارسة ضغط على الرئيس السوري بشار الأسد لسحب جيشه من إدلب التي بدأ عمليات عسكرية لاستعادتها من فصائل مدعومة من تركيا.', lang: 'ar-SA', voice: 'Test Arabic' });
    // The sentence being read is highlighted in the article, without touching its DOM.
    const highlighted = await popup.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('safi-speech');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(highlighted).toEqual([spoken[1]!.text]);

    await group.getByRole('button', { name: 'Pause' }).click();
    await group.getByRole('button', { name: 'Resume' }).click();
    // Resuming says the interrupted sentence again from its start.
    await expect
      .poll(() => popup.evaluate(() => (window as unknown as { __spoken: Array<{ text: string }> }).__spoken.map((u) => u.text)))
      .toEqual([spoken[0]!.text, spoken[1]!.text, spoken[1]!.text]);
    await group.getByRole('button', { name: 'Stop' }).click();
    await group.getByRole('button', { name: 'Read aloud' }).waitFor();
    expect(await popup.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('safi-speech'))).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('accessibility of the new controls', () => {
  it.each(['light', 'dark'] as const)('has no serious axe violation with "Save or copy" open and the voice note shown (%s)', async (scheme) => {
    const popup = await popupFor('/news/ar-seed.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByText('Save or copy', { exact: true }).click();
    await popup.getByRole('button', { name: 'Download .html' }).waitFor();
    await popup.locator('.safi-speech-note, .safi-read-aloud button:enabled').first().waitFor({ timeout: 5_000 });
    const results = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await popup.close();
  });
});

describe('in the in-page overlay', () => {
  it('copies Markdown and downloads the .html from the overlay too', async () => {
    await writeSettings(ext.worker, { summarySentences: 3, autoSites: ['127.0.0.1'], autoAllSites: false });
    expect(await waitFor(async () => (await registeredMatches(ext.worker)) !== null)).toBe(true);
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/news/library-reopens.html`);
    const overlay = page.locator('safi-reader-overlay');
    await overlay.locator('h1.safi-title').waitFor({ timeout: 15_000 });

    await overlay.getByText('Save or copy', { exact: true }).click();
    await overlay.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
      .toMatch(/^# River town reopens its library after two years of repairs\n/);

    // The menu folded away after the copy; open it again.
    await overlay.getByText('Save or copy', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      overlay.getByRole('button', { name: 'Download .html' }).click(),
    ]);
    const file = resolve(ARTIFACTS, 'en-article-from-overlay.html');
    await download.saveAs(file);
    const html = await readFile(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('Water can now pass through the ground-floor hall');
    expect(html).not.toMatch(/<script\b/i);
    await page.close();
  });
});

describe('hygiene', () => {
  it('logged no console error in any extension context', () => {
    expect(ext.extensionErrors).toEqual([]);
  });
});
