import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeText } from '@/entrypoints/background/summarize-text';
import { summarize } from '@/lib/summarize';
import { loadStopWords } from '@/lib/summarize/load-stop-words';
import { readStopWordList } from '../../../scripts/lib/read-stop-word-list';
import { onMenuClicked, createMenus } from '@/entrypoints/background/context-menu';
import { syncAutoMode, turnOffAuto } from '@/entrypoints/background/auto-mode';
import { OVERLAY_SCRIPT_ID } from '@/lib/auto-registration';
import { getSettings, updateSettings } from '@/lib/storage';
import { stubI18n } from './i18n-stub';

// fake-browser has no contextMenus, scripting or action: give it small stand-ins.
function stubBrowser() {
  const registered: Array<{ id: string; matches: string[] }> = [];
  const apis = {
    contextMenus: { create: vi.fn(), onClicked: { addListener: vi.fn() } },
    action: { openPopup: vi.fn(async () => {}) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => registered.map((s) => ({ ...s }))),
      registerContentScripts: vi.fn(async (list: Array<{ id: string; matches: string[] }>) => {
        registered.push(...list);
      }),
      updateContentScripts: vi.fn(async (list: Array<{ id: string; matches: string[] }>) => {
        Object.assign(registered[0]!, list[0]);
      }),
      unregisterContentScripts: vi.fn(async () => {
        registered.length = 0;
      }),
    },
  };
  Object.assign(fakeBrowser, apis);
  Object.assign(fakeBrowser.permissions, { remove: vi.fn(async () => true) });
  return { ...apis, registered };
}

beforeEach(() => stubI18n());

describe('context menu', () => {
  it('adds "Open in Safi Reader" to the page menu', () => {
    const { contextMenus } = stubBrowser();
    createMenus();
    expect(contextMenus.create).toHaveBeenCalledWith({
      id: 'safi-open-reader',
      title: 'menu.openInReader',
      contexts: ['page'],
    });
  });

  it('opens the popup when the browser can', async () => {
    const { action } = stubBrowser();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClicked({ menuItemId: 'safi-open-reader' } as never, { id: 7, index: 0 } as never);
    expect(action.openPopup).toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the reader page for that tab when the popup cannot open', async () => {
    const { action } = stubBrowser();
    action.openPopup.mockRejectedValue(new Error('not supported'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClicked({ menuItemId: 'safi-open-reader' } as never, { id: 7, index: 2 } as never);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/\/popup\.html\?tabId=7$/), index: 3, openerTabId: 7 }),
    );
  });

  it('ignores other menu items', async () => {
    const { action } = stubBrowser();
    await onMenuClicked({ menuItemId: 'something-else' } as never, { id: 7, index: 0 } as never);
    expect(action.openPopup).not.toHaveBeenCalled();
  });
});

describe('auto mode in the background', () => {
  it('registers the overlay for the stored sites, and removes it when none is left', async () => {
    const { registered } = stubBrowser();
    await updateSettings((s) => ({ ...s, autoSites: ['example.com'] }));
    await syncAutoMode();
    expect(registered).toMatchObject([
      { id: OVERLAY_SCRIPT_ID, matches: ['http://*.example.com/*', 'https://*.example.com/*'] },
    ]);
    await updateSettings((s) => ({ ...s, autoSites: [] }));
    await syncAutoMode();
    expect(registered).toEqual([]);
  });

  it('turns a site off from the overlay: rule, registration and permission', async () => {
    const { registered } = stubBrowser();
    await updateSettings((s) => ({ ...s, autoSites: ['example.com'] }));
    await syncAutoMode();
    await turnOffAuto('example.com');
    expect((await getSettings()).autoSites).toEqual([]);
    expect(registered).toEqual([]);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://*.example.com/*', 'http://*.example.com/*'],
    });
  });
});

describe('summaries in the background (for every surface)', () => {
  it('summarizes with the stop words of the text’s language, read from the extension’s own assets', async () => {
    const html = await readFile('e2e/fixtures/fr-article.html', 'utf8');
    const text = Array.from(html.matchAll(/<p>([^<]+)<\/p>/g), (m) => m[1]!.replace(/&amp;/g, '&')).join('\n');
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const list = await readStopWordList(new URL(url).pathname);
      return new Response(list ?? '', { status: list === null ? 404 : 200 });
    });
    try {
      const summary = await summarizeText({ text, lang: 'fr-FR', sentences: 3 });
      expect(fetched).toEqual([expect.stringMatching(/\/stopwords\/fr\.txt$/)]);
      const stopWords = await loadStopWords('fr', readStopWordList);
      expect(summary).toEqual(summarize(text, { lang: 'fr', sentences: 3, stopWords }));
      expect(summary).not.toEqual(summarize(text, { lang: 'fr', sentences: 3, stopWords: new Set() }));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('answers in the asked length, sentences as written, in document order', async () => {
    const text = 'قالت الحكومة إن الخطة ستبدأ غدا. وأضافت أن المدارس ستفتح الأسبوع المقبل. وقال المتحدث إن التمويل جاهز.';
    const summary = await summarizeText({ text, lang: 'ar', sentences: 2 });
    expect(summary).toHaveLength(2);
    for (const s of summary) expect(text).toContain(s);
    expect(text.indexOf(summary[0]!)).toBeLessThan(text.indexOf(summary[1]!));
  });
});
