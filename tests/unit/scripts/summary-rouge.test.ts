import { describe, expect, it } from 'vitest';
import { meanScores, rougeF1, rougeMultiRef } from '@/scripts/lib/rouge-score';
import { rougeTokenize } from '@/scripts/lib/rouge-tokenize';

describe('rougeTokenize', () => {
  it.each([
    ['lowercases and keeps runs of letters or digits', 'Profit rose 8% in Q4, to $3.5bn.', ['profit', 'rose', '8', 'in', 'q4', 'to', '3', '5bn']],
    ['normalizes Arabic as the bench README prescribes', 'الأعظمُ في إدلب، مستشفى مدرسة ٢٠٢٤', ['الاعظم', 'في', 'ادلب', 'مستشفي', 'مدرسه', '2024']],
    ['folds presentation forms through NFKC', '\uFEFB', ['لا']],
    ['drops tatweel', 'جـــميل', ['جميل']],
  ])('%s', (_name, input, expected) => {
    expect(rougeTokenize(input)).toEqual(expected);
  });
});

describe('rougeF1', () => {
  it('scores a candidate identical to the reference as 1 on every measure', () => {
    expect(rougeF1('فشلت تركيا في إقناع روسيا.', 'فشلت تركيا في إقناع روسيا.')).toEqual({ r1: 1, r2: 1, rl: 1 });
  });

  it('treats hamza spelling differences as the same word', () => {
    expect(rougeF1('الأعظم في إدلب', 'الاعظم في ادلب').r1).toBe(1);
  });

  it('scores ROUGE-L as one LCS over the whole sequence, across sentence ends', () => {
    // A summary-level ROUGE-L would split at the period; one LCS spans it.
    const { rl } = rougeF1('a b. c d', 'a b c d');
    expect(rl).toBe(1);
  });

  it('computes unigram and bigram F1', () => {
    const s = rougeF1('the cat sat', 'the cat ran');
    expect(s.r1).toBeCloseTo(2 / 3);
    expect(s.r2).toBeCloseTo(1 / 2);
  });

  it('scores an empty candidate as zero instead of throwing', () => {
    expect(rougeF1('', 'reference text')).toEqual({ r1: 0, r2: 0, rl: 0 });
  });
});

describe('rougeMultiRef', () => {
  it('averages over the references', () => {
    const s = rougeMultiRef('a b', ['a b', 'c d']);
    expect(s.r1).toBeCloseTo(0.5);
  });

  it('averages nothing to zero', () => {
    expect(meanScores([])).toEqual({ r1: 0, r2: 0, rl: 0 });
  });
});
