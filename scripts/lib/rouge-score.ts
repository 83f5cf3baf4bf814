import { l, n } from 'js-rouge';
import { rougeTokenize } from './rouge-tokenize';

/** ROUGE-1/2/L F1 (0–1) of one candidate against one reference. */
export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

const ZERO: RougeScores = { r1: 0, r2: 0, rl: 0 };

/**
 * Scores a candidate against one reference as the benchmark README prescribes: js-rouge
 * `n()` and `l()` with its tokenizer, F1, and ROUGE-L as one LCS over the whole token
 * sequence (`segmenter: t => [t]`) rather than the summary-level default.
 */
export function rougeF1(candidate: string, reference: string): RougeScores {
  // js-rouge throws on blank input; an empty summary simply scores zero.
  if (!candidate.trim() || !reference.trim()) return ZERO;
  const tokenizer = rougeTokenize;
  return {
    r1: n(candidate, reference, { n: 1, tokenizer }),
    r2: n(candidate, reference, { n: 2, tokenizer }),
    rl: l(candidate, reference, { tokenizer, segmenter: (t: string) => [t] }),
  };
}

/** Mean of the scores against each reference (EASC has five per document). */
export function rougeMultiRef(candidate: string, references: readonly string[]): RougeScores {
  const all = references.map((ref) => rougeF1(candidate, ref));
  return meanScores(all);
}

export function meanScores(all: readonly RougeScores[]): RougeScores {
  if (all.length === 0) return ZERO;
  const sum = all.reduce((a, b) => ({ r1: a.r1 + b.r1, r2: a.r2 + b.r2, rl: a.rl + b.rl }), ZERO);
  return { r1: sum.r1 / all.length, r2: sum.r2 / all.length, rl: sum.rl / all.length };
}
