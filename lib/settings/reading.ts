/**
 * Reading-comfort settings (theme and typography): their choices, ranges, defaults and the
 * field-by-field normalizer. Pure data; `lib/theme.ts` turns them into CSS.
 */

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];

/** Faces for Arabic-script text: the bundled Noto Naskh Arabic, or the system's sans faces. */
export const ARABIC_FONTS = ['naskh', 'sans'] as const;
export type ArabicFont = (typeof ARABIC_FONTS)[number];

/** Faces for Latin (and other non-Arabic) text, from the system. */
export const LATIN_FONTS = ['serif', 'sans'] as const;
export type LatinFont = (typeof LATIN_FONTS)[number];

/** A numeric setting: inclusive bounds and the step the controls move by. */
export interface Range {
  min: number;
  max: number;
  step: number;
}

/** Body text size in CSS pixels. */
export const FONT_SIZE: Readonly<Range> = Object.freeze({ min: 14, max: 28, step: 1 });
/** Line height for Latin text, unitless; Arabic text gets a fixed extra (see lib/theme.ts). */
export const LINE_HEIGHT: Readonly<Range> = Object.freeze({ min: 1.2, max: 2.2, step: 0.1 });
/** Measure of the reading column, in em of the body text. */
export const CONTENT_WIDTH: Readonly<Range> = Object.freeze({ min: 28, max: 60, step: 2 });

export interface ReadingSettings {
  theme: Theme;
  fontSize: number;
  lineHeight: number;
  contentWidth: number;
  justify: boolean;
  arabicFont: ArabicFont;
  latinFont: LatinFont;
  showImages: boolean;
}

export const DEFAULT_READING: Readonly<ReadingSettings> = Object.freeze({
  theme: 'system',
  fontSize: 17,
  lineHeight: 1.6,
  contentWidth: 40,
  justify: false,
  arabicFont: 'naskh',
  latinFont: 'serif',
  showImages: true,
});

/**
 * Reads the reading fields of a stored record one by one: a missing or corrupt field takes
 * its default, numbers are clamped to their range and snapped to its step.
 */
export function normalizeReading(r: Record<string, unknown>): ReadingSettings {
  return {
    theme: oneOf(THEMES, r.theme, DEFAULT_READING.theme),
    fontSize: inRange(FONT_SIZE, r.fontSize, DEFAULT_READING.fontSize),
    lineHeight: inRange(LINE_HEIGHT, r.lineHeight, DEFAULT_READING.lineHeight),
    contentWidth: inRange(CONTENT_WIDTH, r.contentWidth, DEFAULT_READING.contentWidth),
    justify: typeof r.justify === 'boolean' ? r.justify : DEFAULT_READING.justify,
    arabicFont: oneOf(ARABIC_FONTS, r.arabicFont, DEFAULT_READING.arabicFont),
    latinFont: oneOf(LATIN_FONTS, r.latinFont, DEFAULT_READING.latinFont),
    showImages: typeof r.showImages === 'boolean' ? r.showImages : DEFAULT_READING.showImages,
  };
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** Clamps to the range and snaps to its step (rounded, so 1.6000000001 reads as 1.6). */
export function inRange(range: Range, value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const steps = Math.round((clamped - range.min) / range.step);
  return Number((range.min + steps * range.step).toFixed(4));
}
