// @vitest-environment node -- pure string logic; no DOM, so no jsdom start-up
import { describe, expect, it } from 'vitest';
import {
  chooseDirection,
  directionFromText,
  parseDir,
  strongLetterCounts,
  type DirectionSignals,
} from '@/lib/extract/direction';

const ARABIC_SENTENCE = 'قالت وزارة الصحة إن المستشفيات الميدانية ستفتح أبوابها الأسبوع المقبل. ';
const ENGLISH_SENTENCE = 'The health ministry said the field hospitals would open next week. ';

/** Arabic prose with at least `letters` Arabic letters. */
function arabicProse(letters: number): string {
  let s = '';
  while (strongLetterCounts(s).rtl < letters) s += ARABIC_SENTENCE;
  return s;
}

/** English prose with at least `letters` Latin letters. */
function englishProse(letters: number): string {
  let s = '';
  while (strongLetterCounts(s).ltr < letters) s += ENGLISH_SENTENCE;
  return s;
}

function signals(overrides: Partial<DirectionSignals>): DirectionSignals {
  return { attribute: null, computed: null, languageIsRtl: null, text: '', ...overrides };
}

describe('strongLetterCounts', () => {
  it.each([
    ['Arabic letters count as right-to-left', 'مرحبا', { rtl: 5, ltr: 0 }],
    ['Hebrew letters count as right-to-left', 'שלום', { rtl: 4, ltr: 0 }],
    ['Latin letters count as left-to-right', 'Hello', { rtl: 0, ltr: 5 }],
    ['Latin digits, spaces and punctuation count as neither', '2026, 3.5% — ! ? (x)', { rtl: 0, ltr: 1 }],
    ['mixed text counts each script', 'BBC عربي', { rtl: 4, ltr: 3 }],
  ])('%s', (_name, text, expected) => {
    expect(strongLetterCounts(text)).toEqual(expected);
  });
});

describe('directionFromText', () => {
  it.each([
    ['Arabic prose is rtl', arabicProse(50), 'rtl'],
    ['English prose is ltr', englishProse(50), 'ltr'],
    ['an English story quoting one Arabic name stays ltr', `${englishProse(100)} محمد`, 'ltr'],
    ['an Arabic story with English brand names stays rtl', `${arabicProse(100)} Apple Google Microsoft`, 'rtl'],
    ['text with fewer than 20 letters gives no answer', 'مرحبا Hello', null],
    ['text with no letters gives no answer', '12345 67890 !!! ...', null],
  ])('%s', (_name, text, expected) => {
    expect(directionFromText(text)).toBe(expected);
  });

  it('says rtl at exactly 40% right-to-left letters and ltr just below', () => {
    expect(directionFromText('ب'.repeat(40) + 'a'.repeat(60))).toBe('rtl');
    expect(directionFromText('ب'.repeat(39) + 'a'.repeat(61))).toBe('ltr');
  });
});

describe('parseDir', () => {
  it.each([
    ['rtl', 'rtl'],
    [' RTL ', 'rtl'],
    ['ltr', 'ltr'],
    ['LTR', 'ltr'],
    ['auto', null],
    ['', null],
    ['right', null],
    [null, null],
    [undefined, null],
  ])('reads %j as %j', (value, expected) => {
    expect(parseDir(value)).toBe(expected);
  });
});

describe('chooseDirection', () => {
  const shortNeutral = 'Short.'; // too few letters for the text to overrule anything

  it.each<[string, Partial<DirectionSignals>, 'rtl' | 'ltr']>([
    ['the dir attribute wins over computed style', { attribute: 'ltr', computed: 'rtl', languageIsRtl: true }, 'ltr'],
    ['the dir attribute wins over the declared language', { attribute: 'rtl', languageIsRtl: false }, 'rtl'],
    ['computed style wins over the declared language', { computed: 'rtl', languageIsRtl: false }, 'rtl'],
    ['computed ltr wins over an rtl language', { computed: 'ltr', languageIsRtl: true }, 'ltr'],
    ['an rtl language decides when there is no attribute or style', { languageIsRtl: true }, 'rtl'],
    ['an ltr language decides when there is no attribute or style', { languageIsRtl: false }, 'ltr'],
    ['with no signal at all the answer is ltr', {}, 'ltr'],
  ])('%s', (_name, overrides, expected) => {
    expect(chooseDirection(signals({ text: shortNeutral, ...overrides }))).toBe(expected);
  });

  it.each<[string, Partial<DirectionSignals>, 'rtl' | 'ltr']>([
    ['the dir attribute wins over a text that is only 60% the other way', { attribute: 'ltr', text: 'ب'.repeat(150) + 'a'.repeat(100) }, 'ltr'],
    ['the declared language wins over mixed text', { languageIsRtl: true, text: 'ب'.repeat(50) + 'a'.repeat(200) }, 'rtl'],
    ['undeclared Arabic text is rtl by its letters', { text: arabicProse(30) }, 'rtl'],
    ['undeclared English text is ltr by its letters', { text: englishProse(30) }, 'ltr'],
  ])('%s', (_name, overrides, expected) => {
    expect(chooseDirection(signals(overrides))).toBe(expected);
  });

  it.each<[string, Partial<DirectionSignals>, 'rtl' | 'ltr']>([
    ['dir="ltr" around 200+ letters of Arabic prose gives rtl', { attribute: 'ltr', text: arabicProse(200) }, 'rtl'],
    ['computed ltr around Arabic prose gives rtl', { computed: 'ltr', text: arabicProse(200) }, 'rtl'],
    ['an ltr language around Arabic prose gives rtl', { languageIsRtl: false, text: arabicProse(200) }, 'rtl'],
    ['dir="rtl" around 200+ letters of English prose gives ltr', { attribute: 'rtl', text: englishProse(200) }, 'ltr'],
    ['an rtl language around English prose gives ltr', { languageIsRtl: true, text: englishProse(200) }, 'ltr'],
  ])('the text overrides the declared direction when 85%% of at least 200 letters run the other way: %s', (_name, overrides, expected) => {
    expect(chooseDirection(signals(overrides))).toBe(expected);
  });

  it.each<[string, string, 'rtl' | 'ltr']>([
    ['fewer than 200 letters, all Arabic, keeps dir="ltr"', 'ب'.repeat(199), 'ltr'],
    ['exactly 200 letters, 85% Arabic, overrides dir="ltr"', 'ب'.repeat(170) + 'a'.repeat(30), 'rtl'],
    ['200 letters, 84.5% Arabic, keeps dir="ltr"', 'ب'.repeat(169) + 'a'.repeat(31), 'ltr'],
  ])('the override needs both thresholds: %s', (_name, text, expected) => {
    expect(chooseDirection(signals({ attribute: 'ltr', text }))).toBe(expected);
  });
});

describe('strongLetterCounts ignores emoji and symbols', () => {
  it('counts only the letters of a line full of emoji', () => {
    expect(strongLetterCounts('🔴 عاجل: انفجار 🎉🎉 👍🏽 ❤️ 2026')).toEqual({ rtl: 10, ltr: 0 });
  });
});
