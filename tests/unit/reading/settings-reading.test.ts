import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_WIDTH, DEFAULT_READING, FONT_SIZE, LINE_HEIGHT, inRange, normalizeReading } from '@/lib/settings/reading';
import { migrateV2ToV3, normalizeSettings } from '@/lib/settings/schema';
import { getSettings, settingsItem } from '@/lib/storage';

describe('migrateV2ToV3', () => {
  it('keeps the summary and auto-mode choices and adds the reading defaults', () => {
    expect(migrateV2ToV3({ summarySentences: 4, autoSites: ['example.com'], autoAllSites: true })).toEqual({
      summarySentences: 4,
      autoSites: ['example.com'],
      autoAllSites: true,
      ...DEFAULT_READING,
    });
  });

  it('starts the theme at "follow the system" with images shown', () => {
    const v3 = migrateV2ToV3({ summarySentences: 2, autoSites: [], autoAllSites: false });
    expect(v3.theme).toBe('system');
    expect(v3.showImages).toBe(true);
  });

  it('keeps reading fields a newer build already wrote under version 2', () => {
    expect(migrateV2ToV3({ summarySentences: 3, autoSites: [], autoAllSites: false, theme: 'dark' }).theme).toBe('dark');
  });

  it.each([[undefined], [null], ['garbage'], [[1, 2]]])('turns a corrupt v2 value (%o) into the defaults', (old) => {
    expect(migrateV2ToV3(old)).toEqual(normalizeSettings(undefined));
  });

  it('runs when the storage item meets a stored v2 value, and records version 3', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { summarySentences: 2, autoSites: ['news.org'], autoAllSites: false },
      settings$: { v: 2 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
    expect(await getSettings()).toEqual({ summarySentences: 2, autoSites: ['news.org'], autoAllSites: false, ...DEFAULT_READING });
  });
});

describe('normalizeReading', () => {
  it('keeps a complete valid value as it is', () => {
    const value = {
      theme: 'sepia',
      fontSize: 22,
      lineHeight: 1.8,
      contentWidth: 34,
      justify: true,
      arabicFont: 'sans',
      latinFont: 'sans',
      showImages: false,
    };
    expect(normalizeReading(value)).toEqual(value);
  });

  it.each([
    ['theme', 'purple'],
    ['theme', 7],
    ['arabicFont', 'Comic Sans'],
    ['latinFont', null],
    ['justify', 'yes'],
    ['showImages', 0],
    ['fontSize', '20px'],
    ['lineHeight', Number.NaN],
    ['contentWidth', Number.POSITIVE_INFINITY],
  ] as const)('reads a corrupt %s (%o) as its default, leaving the other fields alone', (field, bad) => {
    const read = normalizeReading({ ...DEFAULT_READING, theme: 'dark', fontSize: 20, [field]: bad });
    expect(read[field]).toBe(DEFAULT_READING[field]);
    if (field !== 'theme') expect(read.theme).toBe('dark');
    if (field !== 'fontSize') expect(read.fontSize).toBe(20);
  });

  it.each([
    ['fontSize', 3, FONT_SIZE.min],
    ['fontSize', 99, FONT_SIZE.max],
    ['fontSize', 18.4, 18],
    ['lineHeight', 0.5, LINE_HEIGHT.min],
    ['lineHeight', 1.6000000001, 1.6],
    ['lineHeight', 1.74, 1.7],
    ['contentWidth', 1000, CONTENT_WIDTH.max],
    ['contentWidth', 41, 42],
  ] as const)('clamps and snaps %s %s to %s', (field, value, expected) => {
    expect(normalizeReading({ [field]: value })[field]).toBe(expected);
  });
});

describe('inRange', () => {
  it('never returns a float artefact of the step arithmetic', () => {
    for (let v = LINE_HEIGHT.min; v <= LINE_HEIGHT.max; v += LINE_HEIGHT.step) {
      const snapped = inRange(LINE_HEIGHT, v, 0);
      expect(String(snapped)).toMatch(/^\d(\.\d)?$/);
    }
  });
});
