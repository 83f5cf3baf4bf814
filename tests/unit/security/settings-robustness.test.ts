import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_READING } from '@/lib/settings/reading';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { getSettings, settingsItem, updateSettings } from '@/lib/storage';

/** Something else the extension or the browser keeps in the same storage area. */
const NEIGHBOURS = { otherItem: { keep: true }, 'otherItem$': { v: 7 } };

async function store(items: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.sync.set({ ...NEIGHBOURS, ...items });
}

async function neighboursUntouched(): Promise<void> {
  expect(await fakeBrowser.storage.sync.get(Object.keys(NEIGHBOURS))).toEqual(NEIGHBOURS);
}

describe('settings stored by an older version', () => {
  it('keeps a v2 user’s summary and auto-mode choices and adds reading defaults', async () => {
    await store({ settings: { summarySentences: 2, autoSites: ['example.com'], autoAllSites: true }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({ summarySentences: 2, autoSites: ['example.com'], autoAllSites: true, ...DEFAULT_READING });
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
    await neighboursUntouched();
  });

  it('migrates a v1 value whose fields are partly corrupt, keeping the good one', async () => {
    await store({ settings: { summaryLength: 'gigantic', autoHosts: ['news.example', 42, '.bad'] } });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, autoSites: ['news.example'] });
    await neighboursUntouched();
  });
});

describe('a corrupt stored value', () => {
  it.each([
    ['a string', 'not settings'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
  ])('reads %s as the defaults without a crash', async (_name, value) => {
    await store({ settings: value, settings$: { v: 3 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await neighboursUntouched();
  });

  it.each([
    ['theme', 'neon'],
    ['fontSize', 'huge'],
    ['fontSize', Number.NaN],
    ['lineHeight', Number.POSITIVE_INFINITY],
    ['contentWidth', null],
    ['justify', 'yes'],
    ['arabicFont', { face: 'x' }],
    ['showImages', 1],
  ])('resets only a corrupt %s (%j) and keeps every other choice', async (field, value) => {
    const mine = { summarySentences: 4, autoSites: ['example.org'], autoAllSites: true, ...DEFAULT_READING, theme: 'dark', justify: true };
    await store({ settings: { ...mine, [field]: value }, settings$: { v: 3 } });
    const expected = { ...mine, [field]: (DEFAULT_READING as unknown as Record<string, unknown>)[field] };
    expect(await getSettings()).toEqual(expected);
  });

  it('ignores unknown fields and a __proto__ key instead of carrying them along', async () => {
    await store({ settings: JSON.parse('{"summarySentences": 2, "__proto__": {"polluted": true}, "evil": "x"}'), settings$: { v: 3 } });
    const s = await getSettings();
    expect(s).toEqual({ ...DEFAULT_SETTINGS, summarySentences: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes a repaired value on the next change and leaves other storage alone', async () => {
    await store({ settings: { summarySentences: 'three', autoSites: 'oops', autoAllSites: 'maybe' }, settings$: { v: 3 } });
    await updateSettings((s) => ({ ...s, theme: 'sepia' }));
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    await neighboursUntouched();
  });
});

/** Stores a current (v3-shaped) value under `meta` and reads it back through the item. */
async function readWithMeta(meta: unknown) {
  const current = { summarySentences: 2, autoSites: ['example.com'], autoAllSites: false, ...DEFAULT_READING };
  await store(meta === undefined ? { settings: current } : { settings: current, settings$: meta });
  await settingsItem.migrate().catch(() => undefined);
  const s = await getSettings();
  expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  await neighboursUntouched();
  return s;
}

describe('corrupt or missing version metadata', () => {
  // Without readable metadata WXT treats the value as v1; the v1 → v2 migration reads the
  // current field names when they are there, so the user's choices survive.
  it.each([
    ['a non-numeric version', { v: 'three' }],
    ['a version from the future', { v: 99 }],
    ['missing metadata on a current value', undefined],
    ['metadata that is not an object', 'garbage'],
  ])('keeps the user’s choices with %s', async (_name, meta) => {
    const s = await readWithMeta(meta);
    expect(s.autoSites).toEqual(['example.com']);
    expect(s.summarySentences).toBe(2);
  });
});
