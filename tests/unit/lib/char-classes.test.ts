// @vitest-environment node -- pure string logic
import { describe, expect, it } from 'vitest';
import { DIGITS, foldPunctuation, MARKS, NON_WORD } from '@/lib/text/char-classes';

const nonWord = new RegExp(`^[${NON_WORD}]$`);
// What the explicit ranges stand for, written with Unicode properties (fine in a test).
const exactNonWord = /^[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]$/u;

const BLOCKS: Array<[string, number, number]> = [
  ['Basic Latin and Latin-1', 0x20, 0xff],
  ['Latin Extended', 0x100, 0x24f],
  ['Greek and Cyrillic', 0x370, 0x52f],
  ['Hebrew and Arabic', 0x590, 0x6ff],
  ['General Punctuation', 0x2000, 0x206f],
  ['Currency Symbols', 0x20a0, 0x20cf],
  ['CJK Symbols and Punctuation', 0x3000, 0x303f],
  ['Half- and full-width punctuation', 0xff00, 0xff65],
];

describe('NON_WORD (space, punctuation and symbols as explicit ranges)', () => {
  it.each(BLOCKS)('agrees with the Unicode properties on every assigned character of %s', (_name, from, to) => {
    const disagreements: string[] = [];
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      if (/\p{Cn}/u.test(ch)) continue; // unassigned
      if (nonWord.test(ch) !== exactNonWord.test(ch)) disagreements.push(`U+${code.toString(16).toUpperCase()}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('takes letters of every script news is written in for word characters', () => {
    for (const ch of ['a', 'Z', 'é', 'ß', 'я', 'Ω', 'א', 'ب', 'ی', 'پ', 'ـ', '中', 'あ', 'ก']) expect(nonWord.test(ch)).toBe(false);
  });
});

describe('DIGITS and MARKS', () => {
  it('covers ASCII, Arabic-Indic and Persian digits', () => {
    const digits = new RegExp(`^[${DIGITS}]+$`);
    expect(digits.test('2026')).toBe(true);
    expect(digits.test('٢٠٢٦')).toBe(true);
    expect(digits.test('۲۰۲۶')).toBe(true);
    expect(digits.test('20a6')).toBe(false);
  });

  it('covers Arabic harakat, Hebrew points and Latin combining accents', () => {
    const marks = new RegExp(`^[${MARKS}]+$`);
    expect(marks.test('\u064e\u0651\u0670')).toBe(true);
    expect(marks.test('\u05b0\u05bc')).toBe(true);
    expect(marks.test('\u0301')).toBe(true);
    expect(marks.test('ب')).toBe(false);
  });
});

describe('foldPunctuation', () => {
  it.each([
    ['Tram line opens — City Post', 'tram line opens city post'],
    ['«أنقرة تفشل» في إقناع موسكو، بالضغط!', 'أنقرة تفشل في إقناع موسكو بالضغط'],
    ['  Title:   "Quoted"  ', 'title quoted'],
  ])('folds %j', (input, expected) => {
    expect(foldPunctuation(input)).toBe(expected);
  });
});
