/**
 * The Zyte article-extraction benchmark's metric (`evaluate.py`, described in
 * `$BENCH_DIR/extraction/README.md`): per-page shingle TP/FP/FN normalised to sum to 1,
 * per-page precision and recall, corpus P and R as their means, F1 of the two means.
 */
import { shingleCounts } from './shingle-tokens';

/** Shingle matches of one page, normalised so every page weighs the same. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Per-page scores; `precision`/`recall` are null when the page is left out of that mean. */
export interface PageScore extends PageCounts {
  precision: number | null;
  recall: number | null;
  /** 2PR/(P+R) of this page alone (0 when either side is null or both are 0). */
  f1: number;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Multiset matching of the 4-gram shingles of the true and predicted texts. */
export function matchShingles(truth: string, prediction: string): PageCounts {
  const t = shingleCounts(truth);
  const p = shingleCounts(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Precision with upstream's edge cases; null when TP+FP = 0 (left out of the mean). */
export function precisionOf({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fp <= 0) return null;
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fp);
}

/** Recall with upstream's edge cases; null when TP+FN = 0 (left out of the mean). */
export function recallOf({ tp, fp, fn }: PageCounts): number | null {
  if (tp + fn <= 0) return null;
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fn);
}

function harmonic(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Scores one page: predicted body text against the annotated body text. */
export function scorePage(truth: string, prediction: string): PageScore {
  const counts = matchShingles(truth, prediction);
  const precision = precisionOf(counts);
  const recall = recallOf(counts);
  return { ...counts, precision, recall, f1: harmonic(precision ?? 0, recall ?? 0) };
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Corpus P and R are means of the per-page values; F1 is computed from those two means. */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const precision = mean(pages.flatMap((s) => (s.precision === null ? [] : [s.precision])));
  const recall = mean(pages.flatMap((s) => (s.recall === null ? [] : [s.recall])));
  return { precision, recall, f1: harmonic(precision, recall), pages: pages.length };
}
