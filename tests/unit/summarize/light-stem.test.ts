import { describe, expect, it } from 'vitest';
import { lightStem } from '@/lib/summarize/light-stem';

describe('lightStem', () => {
  it.each([
    ['the article and its conjunction are stripped', 'والحكومه', 'حكوم'],
    ['a preposition glued to the article is stripped', 'بالحكومه', 'حكوم'],
    ['the bare article is stripped', 'الحكومه', 'حكوم'],
    ['a plural suffix is stripped', 'مسؤولون', 'مسؤول'],
    ['a short root is left whole', 'ولد', 'ولد'],
    ['an English plural loses its s', 'talks', 'talk'],
    ['a double s is not a plural', 'glass', 'glass'],
    ['a short English word is left whole', 'bus', 'bus'],
  ])('%s', (_name, token, expected) => {
    expect(lightStem(token)).toBe(expected);
  });

  it('gives the same stem to the same word with different clitics', () => {
    expect(lightStem('والمفاوضات')).toBe(lightStem('المفاوضات'));
  });
});
