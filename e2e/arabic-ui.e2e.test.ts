import { resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { openPopupFor } from './support/popup';

let ext: LoadedExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({ '/news/library-reopens.html': 'e2e/fixtures/en-article.html' });
  ext = await launchWithExtension({ onlyLocale: 'ar' });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

it('mirrors the popup under an Arabic UI while an English article stays left-to-right', async () => {
  const { popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}/news/library-reopens.html`);
  await popup.locator('article.safi-article').waitFor({ timeout: 15_000 });

  expect(await popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^ar/);
  expect(await popup.getByRole('button', { name: 'نسخ النص' }).count()).toBe(1);
  expect(await popup.locator('article.safi-article').getAttribute('dir')).toBe('ltr');
  // The controls really are laid out right-to-left: the copy button hugs the right edge.
  const box = await popup.getByRole('button', { name: 'نسخ النص' }).boundingBox();
  expect(box!.x + box!.width).toBeGreaterThan(560);

  await mkdir(resolve('test-results'), { recursive: true });
  await popup.screenshot({ path: resolve('test-results/popup-arabic-ui.png') });
  expect(ext.extensionErrors).toEqual([]);
});
