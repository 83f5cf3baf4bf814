import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeText } from '@/entrypoints/background/summarize-text';
import { openReaderTab } from '@/entrypoints/background/open-reader-tab';
import { readBundledFont } from '@/entrypoints/background/read-bundled-font';
import { loadExportTools } from '@/entrypoints/background/load-export-tools';
import { base64ToBytes } from '@/lib/bundled-font';
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

describe('opening the full-tab reader', () => {
  it('opens reader.html for the overlay’s own tab, right after it, with it as opener', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const opened = await openReaderTab({ tabId: null }, { tab: { id: 9, index: 4 } } as never);
    expect(opened).toBe(true);
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/reader\.html\?tabId=9$/),
      index: 5,
      openerTabId: 9,
    });
  });

  it('opens it for the popup’s tab, asking for a download when the popup hands one over', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 3, index: 0 } as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openReaderTab({ tabId: 3, save: 'html' }, {} as never)).toBe(true);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/\/reader\.html\?tabId=3&save=html$/), index: 1 }));
  });

  it('opens nothing for a sender with no tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openReaderTab({ tabId: null }, {} as never)).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });
});

describe('what the overlay asks the background to bring', () => {
  it('injects the export tools into the asking frame only', async () => {
    const executeScript = vi.fn(async () => []);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    expect(await loadExportTools({ tab: { id: 5 }, frameId: 2 } as never)).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5, frameIds: [2] }, files: ['/export-tools.js'] });
    expect(await loadExportTools({} as never)).toBe(false);
  });

  it('reads a bundled font file as base64, and nothing but the bundled font files', async () => {
    const bytes = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 255]);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(bytes);
    });
    try {
      const base64 = await readBundledFont({ weight: '700' });
      expect(base64ToBytes(base64!)).toEqual(bytes);
      expect(fetched).toEqual([expect.stringMatching(/\/fonts\/noto-naskh-arabic-arabic-700-normal\.woff2$/)]);
      for (const weight of ['900', '../manifest.json', 'toString', '__proto__']) expect(await readBundledFont({ weight })).toBeNull();
      expect(fetched).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
