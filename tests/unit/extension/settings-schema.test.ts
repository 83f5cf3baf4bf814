import { describe, expect, it } from 'vitest';
import { DEFAULT_READING } from '@/lib/settings/reading';
import { DEFAULT_SETTINGS, migrateV1ToV2, normalizeSettings } from '@/lib/settings/schema';

const V2_DEFAULTS = { summarySentences: 3, autoSites: [], autoAllSites: false };

describe('migrateV1ToV2', () => {
  it.each([
    ['short', 2],
    ['medium', 3],
    ['long', 5],
  ] as const)('turns summary length %s into %i sentences', (summaryLength, sentences) => {
    expect(migrateV1ToV2({ summaryLength, autoHosts: [] }).summarySentences).toBe(sentences);
  });

  it('keeps the auto-mode hosts under their new name and leaves all-sites off', () => {
    expect(migrateV1ToV2({ summaryLength: 'medium', autoHosts: ['example.com', 'News.Org'] })).toEqual({
      summarySentences: 3,
      autoSites: ['example.com', 'news.org'],
      autoAllSites: false,
    });
  });

  it.each([[undefined], [null], ['garbage'], [42], [{ summaryLength: 'huge', autoHosts: 'x' }]])(
    'turns a corrupt v1 value (%o) into the defaults',
    (old) => {
      expect(migrateV1ToV2(old)).toEqual(V2_DEFAULTS);
    },
  );
});

describe('normalizeSettings', () => {
  it('returns the defaults for a missing value', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields when another field is corrupt', () => {
    expect(normalizeSettings({ summarySentences: 'five', autoSites: ['example.com'], autoAllSites: true })).toEqual({
      summarySentences: 3,
      autoSites: ['example.com'],
      autoAllSites: true,
      ...DEFAULT_READING,
    });
  });

  it.each([
    [0, 1],
    [1, 1],
    [4, 4],
    [9, 5],
    [2.5, 3],
    [Number.NaN, 3],
  ])('reads summarySentences %s as %i', (value, expected) => {
    expect(normalizeSettings({ summarySentences: value }).summarySentences).toBe(expected);
  });

  it('drops site entries that are not host names, and duplicates', () => {
    expect(
      normalizeSettings({ autoSites: ['example.com', 'EXAMPLE.com', 7, '', 'https://x.com/', '.bad', 'a b', 'ok.net'] })
        .autoSites,
    ).toEqual(['example.com', 'ok.net']);
  });

  it('reads a non-boolean autoAllSites as off', () => {
    expect(normalizeSettings({ autoAllSites: 'yes' }).autoAllSites).toBe(false);
  });
});
