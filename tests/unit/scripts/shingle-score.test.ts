import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchDir, hasExtractionBench } from '@/scripts/harness/bench-paths';
import { readBodies } from '@/scripts/lib/shingle-bodies';
import {
  matchShingles,
  precisionOf,
  recallOf,
  scoreCorpus,
  scorePage,
} from '@/scripts/lib/shingle-score';

const TEN = 'one two three four five six seven eight nine ten';

describe('matchShingles', () => {
  it('normalises TP, FP and FN so that they sum to one', () => {
    // truth has 7 shingles; the prediction adds one word at the end (one extra shingle).
    const counts = matchShingles(TEN, `${TEN} eleven`);
    expect(counts.tp).toBeCloseTo(7 / 8);
    expect(counts.fp).toBeCloseTo(1 / 8);
    expect(counts.fn).toBe(0);
  });

  it('ignores punctuation, spacing and line breaks', () => {
    expect(matchShingles('One, two; three\n\nfour five.', 'one two three four five'.replace('one', 'One'))).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });

  it('counts a repeated passage only as often as the truth has it', () => {
    const counts = matchShingles('a b c d', 'a b c d a b c d');
    // prediction shingles: abcd×2, bcda, cdab, dabc; truth: abcd×1.
    expect(counts.tp).toBeCloseTo(1 / 5);
    expect(counts.fp).toBeCloseTo(4 / 5);
  });

  it('leaves all three at zero when both texts are empty', () => {
    expect(matchShingles('', '...')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('page precision and recall', () => {
  it.each([
    ['identical texts score 1 and 1', TEN, TEN, 1, 1],
    ['an empty prediction is left out of precision and has recall 0', TEN, '', null, 0],
    ['an empty truth gives precision 0 and is left out of recall', '', TEN, 0, null],
    ['two empty texts are left out of both means', '', '', null, null],
    ['a disjoint prediction scores 0 and 0', 'a b c d e', 'v w x y z', 0, 0],
  ])('%s', (_name, truth, prediction, precision, recall) => {
    const counts = matchShingles(truth, prediction);
    expect(precisionOf(counts)).toBe(precision);
    expect(recallOf(counts)).toBe(recall);
  });

  it('gives the page F1 from its own precision and recall', () => {
    const score = scorePage(TEN, `${TEN} eleven`);
    expect(score.precision).toBeCloseTo(7 / 8);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo((2 * (7 / 8)) / (7 / 8 + 1));
  });
});

describe('scoreCorpus', () => {
  it('averages per-page precision and recall and takes F1 of the two means', () => {
    const pages = [scorePage(TEN, TEN), scorePage(TEN, ''), scorePage('', TEN)];
    // precision: pages 1 and 3 count (1, 0) → 0.5; recall: pages 1 and 2 count (1, 0) → 0.5.
    expect(scoreCorpus(pages)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, pages: 3 });
  });

  const dir = benchDir();
  const present = hasExtractionBench(dir);
  if (!present) {
    console.warn(`skipping the upstream Readability.js check: no benchmark data in ${dir} (set BENCH_DIR)`);
  }

  it.skipIf(!present)(
    'reproduces the published Readability.js 0.6.0 score (F1 0.947, P 0.914, R 0.982)',
    () => {
      const truth = readBodies(path.join(dir, 'extraction', 'ground-truth.json'));
      const predicted = readBodies(path.join(dir, 'extraction', 'output', 'readability_js.json'));
      const ids = Object.keys(truth);
      expect(ids).toHaveLength(181);
      const corpus = scoreCorpus(
        ids.map((id) => scorePage(truth[id]?.articleBody ?? '', predicted[id]?.articleBody ?? '')),
      );
      expect(corpus.f1.toFixed(3)).toBe('0.947');
      expect(corpus.precision.toFixed(3)).toBe('0.914');
      expect(corpus.recall.toFixed(3)).toBe('0.982');
    },
  );
});
