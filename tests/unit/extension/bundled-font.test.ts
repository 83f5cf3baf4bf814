import { describe, expect, it, vi } from 'vitest';
import {
  ARABIC_UNICODE_RANGE,
  NASKH_FAMILY,
  addBundledFaces,
  base64ToBytes,
  bundledFontPath,
  bytesToBase64,
  wantsBundledNaskh,
} from '@/lib/bundled-font';

describe('wantsBundledNaskh', () => {
  it.each([
    ['naskh', 'عنوان', 'نص', true],
    ['naskh', 'Title', 'English text with one word: سلام', true],
    ['naskh', 'Title', 'English text only', false],
    ['naskh', 'عنوان فارسی', '', true],
    ['sans', 'عنوان', 'نص', false],
  ] as const)('font %s, title %j, text %j → %s', (font, title, text, expected) => {
    expect(wantsBundledNaskh(font, { title, text })).toBe(expected);
  });
});

describe('font bytes across messaging', () => {
  it('round-trips any bytes through base64, large files included', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back).toEqual(bytes);
  });

  it('names only the two shipped files', () => {
    expect(bundledFontPath('400')).toBe('/fonts/noto-naskh-arabic-arabic-400-normal.woff2');
    expect(bundledFontPath('700')).toBe('/fonts/noto-naskh-arabic-arabic-700-normal.woff2');
  });
});

describe('addBundledFaces', () => {
  it('adds one decoded face per weight under the family the font stacks name, and takes them out again', async () => {
    const added = new Set<unknown>();
    const fonts = { add: (f: FontFace) => added.add(f), delete: (f: FontFace) => added.delete(f) };
    const made: Array<{ family: string; descriptors: FontFaceDescriptors; loaded: boolean }> = [];
    const make = vi.fn((family: string, _data: ArrayBuffer, descriptors: FontFaceDescriptors) => {
      const entry = { family, descriptors, loaded: false };
      made.push(entry);
      const face = {
        load: async () => {
          entry.loaded = true;
          return face as unknown as FontFace;
        },
      };
      return face as unknown as FontFace;
    });
    const remove = await addBundledFaces(fonts, make, [
      { weight: '400', data: new ArrayBuffer(4) },
      { weight: '700', data: new ArrayBuffer(4) },
    ]);
    expect(added.size).toBe(2);
    expect(made.map((m) => [m.family, m.descriptors.weight, m.loaded])).toEqual([
      [NASKH_FAMILY, '400', true],
      [NASKH_FAMILY, '700', true],
    ]);
    expect(made[0]!.descriptors.unicodeRange).toBe(ARABIC_UNICODE_RANGE);
    remove();
    expect(added.size).toBe(0);
  });

  it('adds nothing when a file does not decode', async () => {
    const added: unknown[] = [];
    const make = () => ({ load: async () => Promise.reject(new Error('bad font')) }) as unknown as FontFace;
    await expect(
      addBundledFaces({ add: (f) => added.push(f), delete: () => {} }, make, [{ weight: '400', data: new ArrayBuffer(1) }]),
    ).rejects.toThrow('bad font');
    expect(added).toEqual([]);
  });
});

describe('the overlay’s faces match the extension pages’ @font-face rules', () => {
  it('uses the same unicode-range as components/fonts.css, for both weights', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('components/fonts.css', 'utf8');
    const ranges = Array.from(css.matchAll(/unicode-range: ([^;]+);/g), (m) => m[1]);
    expect(ranges).toEqual([ARABIC_UNICODE_RANGE, ARABIC_UNICODE_RANGE]);
    const sources = Array.from(css.matchAll(/src: url\('([^']+)'\)/g), (m) => m[1]);
    expect(sources).toEqual([bundledFontPath('400'), bundledFontPath('700')]);
  });
});
