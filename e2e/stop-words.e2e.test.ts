import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../lib/summarize';
import { loadStopWords } from '../lib/summarize/load-stop-words';
import { readStopWordList } from '../scripts/lib/read-stop-word-list';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { openPopupFor, registeredMatches, waitFor, writeSettings } from './support/popup';

// A French article whose three-sentence summary changes when French function words count as
// content: so a summary equal to the one made with the French list shows the list was loaded.
const FIXTURE = 'e2e/fixtures/fr-article.html';
const PATH = '/actualites/bibliotheque.html';
const SENTENCES = 3;

let ext: LoadedExtension;
let server: FixtureServer;
let withList: string[];

async function fixtureText(): Promise<string> {
  const html = await readFile(FIXTURE, 'utf8');
  const paragraphs = Array.from(html.matchAll(/<p>([^<]+)<\/p>/g), (m) => m[1] as string);
  return paragraphs.map((p) => p.replace(/&amp;/g, '&')).join('\n');
}

beforeAll(async () => {
  const text = await fixtureText();
  withList = summarize(text, { lang: 'fr', sentences: SENTENCES, stopWords: await loadStopWords('fr', readStopWordList) });
  const withoutList = summarize(text, { lang: 'fr', sentences: SENTENCES, stopWords: new Set() });
  // Guards the tests below against passing vacuously.
  expect(withList).not.toEqual(withoutList);
  server = await startFixtureServer({ [PATH]: FIXTURE });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('stop words of a language that is not built in (French)', () => {
  it('reach the popup through the background, which summarizes with them', async () => {
    await writeSettings(ext.worker, { summarySentences: SENTENCES, autoSites: [], autoAllSites: false });
    const { page, popup } = await openPopupFor(ext.context, ext.worker, ext.extensionId, `${server.origin}${PATH}`);
    await popup.locator('.safi-summary-list li').first().waitFor({ timeout: 15_000 });
    expect(await popup.locator('.safi-summary-list li').allInnerTexts()).toEqual(withList);
    await popup.close();
    await page.close();
  });

  it('reach the overlay through the background, which summarizes with them', async () => {
    await writeSettings(ext.worker, { summarySentences: SENTENCES, autoSites: ['127.0.0.1'], autoAllSites: false });
    expect(await waitFor(async () => (await registeredMatches(ext.worker)) !== null)).toBe(true);
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}${PATH}`);
    const overlay = page.locator('safi-reader-overlay');
    await overlay.locator('.safi-summary-list li').first().waitFor({ timeout: 15_000 });
    expect(await overlay.locator('.safi-summary-list li').allInnerTexts()).toEqual(withList);
    await page.close();
  });
});
