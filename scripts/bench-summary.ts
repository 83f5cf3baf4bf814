/**
 * Summary benchmark: ROUGE-1/2/L F1 of our summarizer, Lead-k and TextRank side by side on
 * the development corpora of ../shared/bench/summary (or BENCH_DIR), scored exactly as its
 * README prescribes, plus the median time to summarize a 2,000-word article.
 *
 *   npm run bench:summary
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarize } from '../lib/summarize';
import { meanScores, rougeMultiRef, type RougeScores } from './lib/rouge-score';
import { baselineSplit, lead, textRank } from './lib/summary-baselines';
import { loadCorpora, type BenchCorpus, type BenchDoc } from './lib/summary-corpora';
import { articleOfWords } from './lib/summary-timing';

type System = (doc: BenchDoc, k: number) => string[];

const SYSTEMS: Record<string, System> = {
  ours: (doc, k) => summarize(doc.text, { lang: doc.lang, sentences: k }),
  Lead: (doc, k) => lead(baselineSplit(doc.text, doc.lang), k),
  TextRank: (doc, k) => textRank(baselineSplit(doc.text, doc.lang), k),
};

const TIMING_WORDS = 2000;
const TIMING_RUNS = 300;

function score(corpus: BenchCorpus, system: System): RougeScores {
  return meanScores(
    corpus.docs.map((doc) => rougeMultiRef(system(doc, corpus.k).join('\n'), doc.references)),
  );
}

function pct(x: number): string {
  return (x * 100).toFixed(2).padStart(6);
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] as number;
}

/**
 * Median wall-clock and CPU time of one summary. On a shared machine the wall clock also
 * counts time the process spent waiting for a core; the CPU time (user + system) does not.
 */
function medianMs(text: string, lang: string): { wall: number; cpu: number } {
  for (let i = 0; i < 20; i++) summarize(text, { lang }); // warm up the JIT and caches
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    summarize(text, { lang });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function main(): void {
  const dir = resolve(process.cwd(), process.env.BENCH_DIR ?? '../shared/bench/summary');
  const corpora = loadCorpora(dir);
  console.log(`Summary benchmark on ${dir} (ROUGE F1 x100, README configuration)\n`);
  console.log('corpus           k  docs  system      R-1     R-2     R-L');
  for (const corpus of corpora) {
    for (const [name, system] of Object.entries(SYSTEMS)) {
      const s = score(corpus, system);
      console.log(
        `${corpus.name.padEnd(16)} ${corpus.k}  ${String(corpus.docs.length).padStart(4)}  ` +
          `${name.padEnd(9)} ${pct(s.r1)}  ${pct(s.r2)}  ${pct(s.rl)}`,
      );
    }
  }
  console.log('');
  // EASC shares ANT's language; ANT (Arabic news) and BBC-EN give the two timing articles.
  for (const corpus of corpora.filter((c) => c.name !== 'EASC')) {
    const lang = corpus.docs[0]?.lang ?? 'en';
    const text = articleOfWords(corpus.docs, TIMING_WORDS);
    const words = text.split(/\s+/).filter(Boolean).length;
    const ms = medianMs(text, lang);
    console.log(
      `time to summarize a ${words}-word ${lang} article (k=3, median of ${TIMING_RUNS} runs): ` +
        `${ms.wall.toFixed(2)} ms wall, ${ms.cpu.toFixed(2)} ms CPU`,
    );
  }
}

main();
