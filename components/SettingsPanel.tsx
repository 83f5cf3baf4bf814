import { i18n } from '#i18n';
import {
  ARABIC_FONTS,
  CONTENT_WIDTH,
  FONT_SIZE,
  LATIN_FONTS,
  LINE_HEIGHT,
  THEMES,
  type Range,
  type ReadingSettings,
} from '@/lib/settings/reading';

interface Props {
  settings: ReadingSettings;
  /** UI locale, for the digits next to the sliders. */
  uiLang: string;
  uiDir: 'rtl' | 'ltr';
  /** Called with the one field that changed; the caller saves it (and every surface follows). */
  onChange: (patch: Partial<ReadingSettings>) => void;
  /** Start opened (the reader tab has room for it). */
  open?: boolean;
}

const THEME_LABELS = {
  system: 'display.themeSystem',
  light: 'display.themeLight',
  dark: 'display.themeDark',
  sepia: 'display.themeSepia',
} as const;
const ARABIC_FONT_LABELS = { naskh: 'display.arabicNaskh', sans: 'display.arabicSans' } as const;
const LATIN_FONT_LABELS = { serif: 'display.latinSerif', sans: 'display.latinSans' } as const;

/**
 * The reading settings, shared by the popup, the overlay and the reader tab: theme, text
 * size, line spacing, width, justification, faces for Arabic and Latin text, images.
 * Sliders save on `change` (key press or release), not on every `input` while dragging,
 * which keeps within the sync storage write quota.
 */
export function SettingsPanel({ settings, uiLang, uiDir, onChange, open = false }: Props) {
  const digits = new Intl.NumberFormat(uiLang, { maximumFractionDigits: 1 });
  const slider = (name: 'fontSize' | 'lineHeight' | 'contentWidth', range: Range, label: string) => (
    <label class="safi-display-row">
      <span class="safi-display-label">{label}</span>
      <input
        type="range"
        name={name}
        min={range.min}
        max={range.max}
        step={range.step}
        value={settings[name]}
        aria-valuetext={digits.format(settings[name])}
        onChange={(e) => onChange({ [name]: Number(e.currentTarget.value) })}
      />
      <output class="safi-display-value" aria-hidden="true">
        {digits.format(settings[name])}
      </output>
    </label>
  );
  return (
    <details class="safi-display" open={open} lang={uiLang} dir={uiDir}>
      <summary>{i18n.t('display.heading')}</summary>
      <div class="safi-display-body">
        <fieldset class="safi-display-themes">
          <legend>{i18n.t('display.theme')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="safi-display-choice">
              <input
                type="radio"
                name="safi-theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => onChange({ theme })}
              />
              <span>{i18n.t(THEME_LABELS[theme])}</span>
            </label>
          ))}
        </fieldset>
        {slider('fontSize', FONT_SIZE, i18n.t('display.fontSize'))}
        {slider('lineHeight', LINE_HEIGHT, i18n.t('display.lineHeight'))}
        {slider('contentWidth', CONTENT_WIDTH, i18n.t('display.contentWidth'))}
        <label class="safi-display-row">
          <span class="safi-display-label">{i18n.t('display.arabicFont')}</span>
          <select name="arabicFont" value={settings.arabicFont} onChange={(e) => onChange({ arabicFont: e.currentTarget.value as ReadingSettings['arabicFont'] })}>
            {ARABIC_FONTS.map((f) => (
              <option key={f} value={f}>
                {i18n.t(ARABIC_FONT_LABELS[f])}
              </option>
            ))}
          </select>
        </label>
        <label class="safi-display-row">
          <span class="safi-display-label">{i18n.t('display.latinFont')}</span>
          <select name="latinFont" value={settings.latinFont} onChange={(e) => onChange({ latinFont: e.currentTarget.value as ReadingSettings['latinFont'] })}>
            {LATIN_FONTS.map((f) => (
              <option key={f} value={f}>
                {i18n.t(LATIN_FONT_LABELS[f])}
              </option>
            ))}
          </select>
        </label>
        <label class="safi-display-choice">
          <input type="checkbox" name="justify" checked={settings.justify} onChange={(e) => onChange({ justify: e.currentTarget.checked })} />
          <span>{i18n.t('display.justify')}</span>
        </label>
        <label class="safi-display-choice">
          <input
            type="checkbox"
            name="showImages"
            checked={settings.showImages}
            onChange={(e) => onChange({ showImages: e.currentTarget.checked })}
          />
          <span>{i18n.t('display.showImages')}</span>
        </label>
      </div>
    </details>
  );
}
