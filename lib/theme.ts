/**
 * Reading settings → CSS: custom properties and data attributes that every surface (popup,
 * overlay, reader tab) puts on the element around the reader, so all three look the same.
 * The stylesheets (components/reader.css) only ever read these variables.
 */
import type { ArabicFont, LatinFont, ReadingSettings, Theme } from './settings/reading';

/** The colours a surface uses; every text colour is checked against the backgrounds it sits on. */
export interface Palette {
  fg: string;
  muted: string;
  bg: string;
  accent: string;
  line: string;
  panel: string;
  buttonBg: string;
  buttonHover: string;
  error: string;
}

/**
 * Light and dark are also the CSS defaults in components/reader.css (used for "follow the
 * system" and before settings load); a unit test keeps the two in step.
 */
export const PALETTES: Readonly<Record<Exclude<Theme, 'system'>, Readonly<Palette>>> = Object.freeze({
  light: {
    fg: '#1d1d1f',
    muted: '#5b5b60',
    bg: '#fdfcf8',
    accent: '#0b6b5c',
    line: '#dedbd2',
    panel: '#f1f5f2',
    buttonBg: '#fff',
    buttonHover: '#e8f2ef',
    error: '#a11',
  },
  dark: {
    fg: '#e8e6e1',
    muted: '#a9a7a1',
    bg: '#1c1c1e',
    accent: '#6fd1bd',
    line: '#3a3a3c',
    panel: '#24302c',
    buttonBg: '#1c1c1e',
    buttonHover: '#24302c',
    error: '#ff8a80',
  },
  // Warm paper: the background is dimmer than white, so text stays dark brown, not black.
  sepia: {
    fg: '#3b2f22',
    muted: '#68543b',
    bg: '#f4ecd8',
    accent: '#7a3f0c',
    line: '#d9c8a4',
    panel: '#ebdfc2',
    buttonBg: '#f9f3e4',
    buttonHover: '#ebdfc2',
    error: '#9b1c1c',
  },
});

const PALETTE_VARS: Record<keyof Palette, string> = {
  fg: '--safi-fg',
  muted: '--safi-muted',
  bg: '--safi-bg',
  accent: '--safi-accent',
  line: '--safi-line',
  panel: '--safi-panel',
  buttonBg: '--safi-button-bg',
  buttonHover: '--safi-button-hover',
  error: '--safi-error',
};

/**
 * Arabic-script faces. "naskh" starts with the bundled Noto Naskh Arabic (@font-face on the
 * extension pages; the overlay adds the same faces to its page, lib/bundled-font.ts) and falls
 * back to the naskh faces systems ship; "sans" uses the systems' Arabic sans faces.
 */
const ARABIC_STACKS: Record<ArabicFont, string[]> = {
  naskh: ["'Noto Naskh Arabic'", "'Geeza Pro'", "'Traditional Arabic'", "'Times New Roman'"],
  sans: ["'Noto Sans Arabic'", "'SF Arabic'", "'Segoe UI'", 'Tahoma', "'Dubai'", 'Arial'],
};
const ARABIC_GENERIC: Record<ArabicFont, string> = { naskh: 'serif', sans: 'sans-serif' };

/** Latin faces, from the system. */
const LATIN_STACKS: Record<LatinFont, string[]> = {
  serif: ['Georgia', "'Noto Serif'", "'Times New Roman'"],
  sans: ['system-ui', "'Segoe UI'", 'Roboto', "'Noto Sans'", "'Helvetica Neue'", 'Arial'],
};
const LATIN_GENERIC: Record<LatinFont, string> = { serif: 'serif', sans: 'sans-serif' };

/**
 * Arabic script needs taller lines than Latin (stacked dots and vowel marks above and
 * below): Arabic text gets this much more than the chosen line height.
 */
export const ARABIC_EXTRA_LINE_HEIGHT = 0.3;

export interface ReadingStyle {
  /** CSS custom properties (and `color-scheme`), to set on the element around the reader. */
  vars: Record<string, string>;
  /** Data attributes for what variables cannot switch (hiding images, the theme name). */
  attrs: Record<'data-safi-theme' | 'data-safi-images', string>;
}

/** Every property `readingStyle` may set, so switching back to "system" can remove them. */
export const STYLE_PROPERTIES: readonly string[] = [
  ...Object.values(PALETTE_VARS),
  'color-scheme',
  '--safi-font-size',
  '--safi-line-height',
  '--safi-line-height-arabic',
  '--safi-content-width',
  '--safi-text-align',
  '--safi-latin-fonts',
  '--safi-arabic-fonts',
];

/**
 * The CSS for a set of reading settings. "Follow the system" sets no colours, so the
 * stylesheet's `prefers-color-scheme` defaults apply. Both font variables list the other
 * script's faces after their own, so a mixed Arabic/English paragraph draws each script in
 * the face chosen for it. No letter-spacing is ever set: tracking breaks Arabic joins.
 */
export function readingStyle(s: ReadingSettings): ReadingStyle {
  const vars: Record<string, string> = {
    '--safi-font-size': `${s.fontSize}px`,
    '--safi-line-height': String(s.lineHeight),
    '--safi-line-height-arabic': String(Number((s.lineHeight + ARABIC_EXTRA_LINE_HEIGHT).toFixed(2))),
    // In pixels, so the toolbar (set in a smaller UI font) lines up with the article column.
    '--safi-content-width': `${s.contentWidth * s.fontSize}px`,
    '--safi-text-align': s.justify ? 'justify' : 'start',
    '--safi-latin-fonts': [...LATIN_STACKS[s.latinFont], ...ARABIC_STACKS[s.arabicFont], LATIN_GENERIC[s.latinFont]].join(', '),
    '--safi-arabic-fonts': [...ARABIC_STACKS[s.arabicFont], ...LATIN_STACKS[s.latinFont], ARABIC_GENERIC[s.arabicFont]].join(
      ', ',
    ),
  };
  if (s.theme !== 'system') {
    const palette = PALETTES[s.theme];
    for (const key of Object.keys(PALETTE_VARS) as (keyof Palette)[]) vars[PALETTE_VARS[key]] = palette[key];
    vars['color-scheme'] = s.theme === 'dark' ? 'dark' : 'light';
  }
  return {
    vars,
    attrs: { 'data-safi-theme': s.theme, 'data-safi-images': s.showImages ? 'on' : 'off' },
  };
}

/**
 * Puts a reading style on `el` (the popup's or reader tab's root, or the overlay's box),
 * removing whatever a previous style set and this one does not (e.g. colours on "system").
 */
export function applyReadingStyle(el: HTMLElement, style: ReadingStyle): void {
  for (const prop of STYLE_PROPERTIES) {
    const value = style.vars[prop];
    if (value === undefined) el.style.removeProperty(prop);
    else el.style.setProperty(prop, value);
  }
  for (const [name, value] of Object.entries(style.attrs)) el.setAttribute(name, value);
}

/** WCAG 2 contrast ratio of two `#rgb` / `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function linear(c: number): number {
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
