import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_READING } from '@/lib/settings/reading';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { getSettings, settingsItem, updateSettings } from '@/lib/storage';

describe('settings item', () => {
  it('falls back to the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a stored v1 value through v2 to v3 and records the version', async () => {
    // A v1 value has no `settings$` metadata, which WXT reads as version 1.
    await fakeBrowser.storage.sync.set({ settings: { summaryLength: 'long', autoHosts: ['example.com'] } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      summarySentences: 5,
      autoSites: ['example.com'],
      autoAllSites: false,
      ...DEFAULT_READING,
    });
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
  });

  it('repairs a corrupt field on read without touching the others', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { summarySentences: 99, autoSites: 'oops', autoAllSites: true },
      settings$: { v: 3 },
    });
    expect(await getSettings()).toEqual({ summarySentences: 5, autoSites: [], autoAllSites: true, ...DEFAULT_READING });
  });

  it('stores a normalized value on update', async () => {
    await updateSettings((s) => ({ ...s, summarySentences: 0, autoSites: ['A.com', 'a.com'] }));
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      summarySentences: 1,
      autoSites: ['a.com'],
      autoAllSites: false,
      ...DEFAULT_READING,
    });
  });
});
