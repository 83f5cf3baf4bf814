import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READING, type ReadingSettings } from '@/lib/settings/reading';
import { PALETTES, STYLE_PROPERTIES, applyReadingStyle, contrastRatio, readingStyle } from '@/lib/theme';

const settings = (over: Partial<ReadingSettings> = {}): ReadingSettings => ({ ...DEFAULT_READING, ...over });

describe('palettes', () => {
  // Text colour, background, and the minimum WCAG AA ratio for body-size text.
  const PAIRS = [
    ['fg', 'bg'],
    ['fg', 'panel'],
    ['muted', 'bg'],
    ['muted', 'panel'],
    ['accent', 'bg'],
    ['accent', 'panel'],
    ['accent', 'buttonBg'],
    ['accent', 'buttonHover'],
    ['error', 'bg'],
    ['error', 'panel'],
  ] as const;
  const cases = Object.entries(PALETTES).flatMap(([name, p]) => PAIRS.map(([text, back]) => [name, text, back, p[text], p[back]]));

  it.each(cases)('%s: %s on %s has at least 4.5:1 contrast', (_name, _text, _back, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['#000', '#fff', 21],
    ['#fff', '#fff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('computes the WCAG ratio of %s on %s as %s', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });

  it('matches the light and dark defaults in reader.css, which "follow the system" uses', () => {
    const css = readFileSync('components/reader.css', 'utf8');
    const lightBlock = css.slice(0, css.indexOf('}'));
    const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
    const darkBlock = css.slice(darkStart, css.indexOf('}', darkStart));
    const varsOf = (block: string) => Object.fromEntries([...block.matchAll(/(--safi-[a-z-]+):\s*(#[0-9a-f]+)/gi)].map((m) => [m[1], m[2]]));
    const expected = (name: 'light' | 'dark') =>
      Object.fromEntries(
        Object.entries(readingStyle(settings({ theme: name })).vars).filter(([k, v]) => k.startsWith('--safi') && v.startsWith('#')),
      );
    expect(varsOf(lightBlock)).toEqual(expected('light'));
    expect(varsOf(darkBlock)).toEqual(expected('dark'));
  });
});

describe('readingStyle', () => {
  it('sets no colours when the theme follows the system, so the stylesheet media query decides', () => {
    const { vars, attrs } = readingStyle(settings({ theme: 'system' }));
    expect(Object.keys(vars).filter((k) => k.endsWith('bg') || k === '--safi-fg' || k === 'color-scheme')).toEqual([]);
    expect(attrs['data-safi-theme']).toBe('system');
  });

  it.each([
    ['light', 'light'],
    ['sepia', 'light'],
    ['dark', 'dark'],
  ] as const)('gives the %s theme its palette and the %s colour scheme for form controls', (theme, scheme) => {
    const { vars } = readingStyle(settings({ theme }));
    expect(vars['--safi-bg']).toBe(PALETTES[theme].bg);
    expect(vars['color-scheme']).toBe(scheme);
  });

  it.each([
    [{ fontSize: 21 }, '--safi-font-size', '21px'],
    [{ lineHeight: 1.8 }, '--safi-line-height', '1.8'],
    [{ lineHeight: 1.8 }, '--safi-line-height-arabic', '2.1'],
    [{ lineHeight: 1.9 }, '--safi-line-height-arabic', '2.2'],
    [{ contentWidth: 34, fontSize: 20 }, '--safi-content-width', '680px'],
    [{ justify: true }, '--safi-text-align', 'justify'],
    [{ justify: false }, '--safi-text-align', 'start'],
  ] as const)('turns %o into %s: %s', (over, prop, value) => {
    expect(readingStyle(settings(over)).vars[prop]).toBe(value);
  });

  it.each([
    ['naskh', 'serif', "'Noto Naskh Arabic'", 'Georgia'],
    ['sans', 'sans', "'Noto Sans Arabic'", 'system-ui'],
  ] as const)('with %s Arabic and %s Latin faces, each script’s stack starts with its own face and ends with a generic', (arabicFont, latinFont, arabicFirst, latinFirst) => {
    const { vars } = readingStyle(settings({ arabicFont, latinFont }));
    const arabic = vars['--safi-arabic-fonts']!.split(', ');
    const latin = vars['--safi-latin-fonts']!.split(', ');
    expect(arabic[0]).toBe(arabicFirst);
    expect(latin[0]).toBe(latinFirst);
    // The other script's faces follow, so mixed text draws each script in its chosen face.
    expect(arabic).toContain(latinFirst);
    expect(latin).toContain(arabicFirst);
    for (const stack of [arabic, latin]) {
      expect(['serif', 'sans-serif']).toContain(stack.at(-1));
      expect(stack.slice(0, -1).some((f) => f === 'serif' || f === 'sans-serif')).toBe(false);
    }
  });

  it('never sets letter-spacing, which would break the joins of Arabic script', () => {
    for (const theme of ['system', 'light', 'dark', 'sepia'] as const) {
      expect(Object.keys(readingStyle(settings({ theme, justify: true })).vars).join(' ')).not.toMatch(/letter|tracking/);
    }
  });

  it.each([
    [true, 'on'],
    [false, 'off'],
  ])('marks images shown=%s as data-safi-images="%s"', (showImages, value) => {
    expect(readingStyle(settings({ showImages })).attrs['data-safi-images']).toBe(value);
  });

  it('only emits properties listed in STYLE_PROPERTIES', () => {
    const { vars } = readingStyle(settings({ theme: 'sepia' }));
    for (const key of Object.keys(vars)) expect(STYLE_PROPERTIES).toContain(key);
  });
});

describe('applyReadingStyle', () => {
  it('sets the variables and attributes on the element', () => {
    const el = document.createElement('div');
    applyReadingStyle(el, readingStyle(settings({ theme: 'dark', fontSize: 20, showImages: false })));
    expect(el.style.getPropertyValue('--safi-bg')).toBe(PALETTES.dark.bg);
    expect(el.style.getPropertyValue('--safi-font-size')).toBe('20px');
    expect(el.getAttribute('data-safi-theme')).toBe('dark');
    expect(el.getAttribute('data-safi-images')).toBe('off');
  });

  it('removes the colours again when the theme goes back to following the system', () => {
    const el = document.createElement('div');
    applyReadingStyle(el, readingStyle(settings({ theme: 'sepia' })));
    applyReadingStyle(el, readingStyle(settings({ theme: 'system' })));
    expect(el.style.getPropertyValue('--safi-bg')).toBe('');
    expect(el.style.getPropertyValue('color-scheme')).toBe('');
    expect(el.style.getPropertyValue('--safi-font-size')).toBe(`${DEFAULT_READING.fontSize}px`);
  });
});
