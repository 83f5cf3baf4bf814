import { describe, expect, it } from 'vitest';
import { shingleCounts, tokenize } from '@/scripts/lib/shingle-tokens';

describe('tokenize', () => {
  it.each([
    ['drops punctuation and keeps case', 'Hello, World! It’s 2024.', ['Hello', 'World', 'It', 's', '2024']],
    ['keeps underscores inside a token like Python \\w', 'snake_case x', ['snake_case', 'x']],
    ['finds Arabic words', 'قال الرئيس، إن المفاوضات', ['قال', 'الرئيس', 'إن', 'المفاوضات']],
    ['keeps Arabic-Indic digits as tokens', 'عام ٢٠٢٤م', ['عام', '٢٠٢٤م']],
    ['splits an Arabic word at harakat, as Python \\w does', 'كَتَبَ', ['ك', 'ت', 'ب']],
    ['treats a run of CJK characters as one token', '東京都は、晴れ。', ['東京都は', '晴れ']],
    ['finds Korean and Cyrillic words', '서울 시장 Москва, город', ['서울', '시장', 'Москва', 'город']],
    ['does not split at tatweel, which is a letter modifier', 'كـتاب', ['كـتاب']],
    ['returns nothing for an empty or punctuation-only text', ' — … ', []],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('shingleCounts', () => {
  it('counts overlapping 4-grams as a multiset', () => {
    expect([...shingleCounts('a b c d a b c d')]).toEqual([
      ['a b c d', 2],
      ['b c d a', 1],
      ['c d a b', 1],
      ['d a b c', 1],
    ]);
  });

  it.each([
    ['one shorter shingle for fewer than four tokens', 'one two three', [['one two three', 1]]],
    ['exactly one shingle for four tokens', 'w x y z', [['w x y z', 1]]],
    ['no shingle for an empty text', '', []],
  ])('gives %s', (_name, text, expected) => {
    expect([...shingleCounts(text)]).toEqual(expected);
  });
});
