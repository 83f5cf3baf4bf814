import stopwords from 'stopwords-iso';
import { rougeTokenize } from './rouge-tokenize';

/**
 * The baselines of the summary benchmark README, section A, rebuilt so that its anchors
 * (Lead, TextRank) are reproduced in the same run as our summarizer.
 */

const segmenters = new Map<string, Intl.Segmenter>();

// "Short abbreviation" read as a final word of one or two letters before the period
// (Mr., U.S., د.); with this reading and short fragments carried across paragraph breaks,
// the README's Lead anchors are reproduced within 0.1 point (ANT exactly).
const SHORT_ABBREVIATION = /(?:^|[^\p{L}\p{M}])\p{L}{1,2}\.\s*$/u;

/**
 * README splitter: Intl.Segmenter per paragraph; a fragment with fewer than 3 tokens or
 * ending in a short abbreviation (Mr., U.S., د.) is merged into the next one.
 */
export function baselineSplit(text: string, lang: string): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  const out: string[] = [];
  let carry = '';
  for (const paragraph of text.split('\n')) {
    for (const { segment } of segmenter.segment(paragraph)) {
      const fragment = carry + segment;
      if (rougeTokenize(fragment).length < 3 || SHORT_ABBREVIATION.test(fragment)) {
        carry = fragment;
        continue;
      }
      out.push(fragment.trim());
      carry = '';
    }
    if (carry) carry += '\n';
  }
  if (carry.trim()) out.push(carry.trim());
  return out;
}

/** Lead-k: the first k sentences. */
export function lead(sentences: readonly string[], k: number): string[] {
  return sentences.slice(0, k);
}

let stopSet: Set<string> | null = null;

function contentWords(sentence: string): string[] {
  if (!stopSet) {
    stopSet = new Set([...stopwords.ar, ...stopwords.en].flatMap((w) => rougeTokenize(w)));
  }
  const stops = stopSet;
  return rougeTokenize(sentence).filter((t) => !stops.has(t));
}

/**
 * TextRank (Mihalcea & Tarau 2004): sentence similarity is the number of shared content
 * words over log|Si| + log|Sj|; weighted PageRank with d = 0.85; the top k in document order.
 */
export function textRank(sentences: readonly string[], k: number): string[] {
  const words = sentences.map((s) => contentWords(s));
  const sets = words.map((w) => new Set(w));
  const count = sentences.length;
  const weights: number[][] = Array.from({ length: count }, () => new Array<number>(count).fill(0));
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const norm = Math.log(words[i]!.length) + Math.log(words[j]!.length);
      if (norm <= 0) continue;
      let shared = 0;
      for (const w of sets[i]!) if (sets[j]!.has(w)) shared++;
      const w = shared / norm;
      weights[i]![j] = w;
      weights[j]![i] = w;
    }
  }
  const outSum = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let scores = new Array<number>(count).fill(1);
  for (let iter = 0; iter < 100; iter++) {
    const next = scores.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < count; j++) {
        if (weights[j]![i]! > 0) sum += (weights[j]![i]! / outSum[j]!) * scores[j]!;
      }
      return 0.15 + 0.85 * sum;
    });
    const delta = next.reduce((d, v, i) => d + Math.abs(v - scores[i]!), 0);
    scores = next;
    if (delta < 1e-6) break;
  }
  const chosen = scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, k)
    .map((c) => c.index)
    .sort((a, b) => a - b);
  return chosen.map((i) => sentences[i]!);
}
