// @vitest-environment node -- pure string logic; no DOM, so no jsdom start-up
import { describe, expect, it } from 'vitest';
import { guessRtlLanguage, isRtlLanguage, primaryLanguage } from '@/lib/extract/language';

describe('primaryLanguage', () => {
  it.each([
    ['ar-EG', 'ar'],
    ['ar', 'ar'],
    ['AR-eg', 'ar'],
    ['en_US', 'en'],
    [' fa-IR ', 'fa'],
    ['ckb', 'ckb'],
    ['kar', 'kar'],
    ['zh-Hant-TW', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['', null],
    [null, null],
    [undefined, null],
    ['x', null],
    ['arabic', null],
    ['12', null],
    ['-ar', null],
  ])('reads %j as %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});

describe('isRtlLanguage', () => {
  it.each([
    ['ar', true],
    ['ar-EG', true],
    ['AR_sa', true],
    ['fa-IR', true],
    ['he', true],
    ['iw', true],
    ['ur-PK', true],
    ['ps', true],
    ['yi', true],
    ['ckb', true],
    ['ku-Arab', true],
    ['ku-Arab-IQ', true],
    ['ku_arab', true],
  ])('%j is a right-to-left language', (tag, expected) => {
    expect(isRtlLanguage(tag)).toBe(expected);
  });

  it.each<[string | null, string]>([
    ['kar', 'a language whose code merely contains "ar"'],
    ['arn', 'another three-letter code starting with "ar"'],
    ['ku', 'Kurdish with no script (Latin by default)'],
    ['ku-Latn', 'Kurdish in Latin script'],
    ['en-US', 'English'],
    ['tr', 'Turkish'],
    ['', 'an empty tag'],
    [null, 'no tag'],
  ])('%j is not a right-to-left language (%s)', (tag) => {
    expect(isRtlLanguage(tag)).toBe(false);
  });
});

describe('guessRtlLanguage', () => {
  it.each([
    ['Arabic prose is ar', 'قالت وزارة الصحة إن المستشفيات الميدانية ستفتح أبوابها الأسبوع المقبل في المدن الكبرى.', 'ar'],
    ['Persian prose with پ چ ژ گ is fa', 'پژوهشگران چند روز پیش گزارش دادند که ژاپن برنامه تازه‌ای دارد و مردم آن را پذیرفتند.', 'fa'],
    ['Urdu prose with ٹ ڈ ڑ ں ے is ur', 'پاکستان کے وزیر اعظم نے کہا کہ حکومت ٹیکس میں کمی کرے گی اور بڑے شہروں میں نئی سڑکیں بنائی جائیں گی۔', 'ur'],
    ['Hebrew prose is he', 'משרד הבריאות הודיע היום כי בתי החולים השדה ייפתחו בשבוע הבא בערים הגדולות.', 'he'],
    ['English prose gets no guess', 'The health ministry said the field hospitals would open next week.', null],
    ['a handful of Arabic letters gets no guess', 'BBC عربي', null],
    ['empty text gets no guess', '', null],
  ])('%s', (_name, text, expected) => {
    expect(guessRtlLanguage(text)).toBe(expected);
  });

  it('keeps an Arabic article with one Persian loan letter as ar', () => {
    const arabic = 'قالت وزارة الصحة إن المستشفيات الميدانية ستفتح أبوابها الأسبوع المقبل في المدن الكبرى. '.repeat(5);
    expect(guessRtlLanguage(`${arabic} گ`)).toBe('ar');
  });
});
