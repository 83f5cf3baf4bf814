import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readBodies } from '../lib/shingle-bodies';
import { scoreCorpus, scorePage, type CorpusScore, type PageScore } from '../lib/shingle-score';
import { gateVerdict, type BenchRecord } from './bench-run';
import { fmt3, median, percentile, tally } from './bench-stats';
import type { FileJob } from './extract-files';
import type { PageRunResult } from './page-result';

/** Pages this much F1 (or more) below the baseline are listed one by one. */
const WORSE_BY = 0.05;
const EPSILON = 1e-9;

/** The 181 Zyte pages, each served at its ground-truth URL. */
export function zyteJobs(dir: string): FileJob[] {
  const truth = readBodies(path.join(dir, 'ground-truth.json'));
  return Object.keys(truth).map((id) => ({ file: path.join(dir, 'html', `${id}.html.gz`), url: truth[id]!.url }));
}

interface ScoredPage {
  id: string;
  url: string;
  record: BenchRecord;
  ours: PageScore;
  base: PageScore;
  published: PageScore;
}

const idOf = (file: string) => path.basename(file).replace(/\.html(\.gz)?$/, '');
const textOf = (r: PageRunResult) => (r.ok ? r.text : '');
const row = (name: string, s: CorpusScore) =>
  `  ${name.padEnd(10)} ${fmt3(s.f1)}  ${fmt3(s.precision)}  ${fmt3(s.recall)}`;
const triple = (s: PageScore) => `${fmt3(s.f1)}/${fmt3(s.precision)}/${fmt3(s.recall)}`;

function scorePages(dir: string, records: BenchRecord[]): ScoredPage[] {
  const truth = readBodies(path.join(dir, 'ground-truth.json'));
  const published = readBodies(path.join(dir, 'output', 'readability_js.json'));
  return records.map((record) => {
    const id = idOf(record.file);
    const body = truth[id]?.articleBody ?? '';
    return {
      id,
      url: truth[id]?.url ?? record.url ?? '',
      record,
      ours: scorePage(body, textOf(record.ours)),
      base: scorePage(body, textOf(record.baseline)),
      published: scorePage(body, published[id]?.articleBody ?? ''),
    };
  });
}

function scoreLines(dir: string, pages: ScoredPage[]): string[] {
  return [
    `Zyte article-extraction benchmark: ${pages.length} pages in ${dir}`,
    '  ours runs forced (readerable check skipped); both in the same browser, same page load',
    '',
    '  extractor  F1     P      R',
    row('ours', scoreCorpus(pages.map((p) => p.ours))),
    row('baseline', scoreCorpus(pages.map((p) => p.base))) + '   plain @mozilla/readability 0.6.0 in Chromium',
    row('published', scoreCorpus(pages.map((p) => p.published))) + '   upstream readability_js.json (jsdom)',
  ];
}

function lossLines(pages: ScoredPage[]): string[] {
  const below = pages.filter((p) => p.ours.f1 < p.base.f1 - EPSILON);
  const above = pages.filter((p) => p.ours.f1 > p.base.f1 + EPSILON);
  const worse = below
    .filter((p) => p.ours.f1 < p.base.f1 - WORSE_BY)
    .sort((a, b) => a.ours.f1 - a.base.f1 - (b.ours.f1 - b.base.f1));
  return [
    `Per page: ours below the baseline on ${below.length}, above on ${above.length}, equal on ${pages.length - below.length - above.length}`,
    `Pages where ours is more than ${WORSE_BY} F1 below the baseline: ${worse.length}`,
    ...worse.map((p) => `  ${p.id.slice(0, 12)}  ours F1/P/R ${triple(p.ours)}  baseline ${triple(p.base)}  ${p.url}`),
  ];
}

function failureLines(records: BenchRecord[]): string[] {
  const reasons = (pick: (r: BenchRecord) => PageRunResult) =>
    records.map(pick).flatMap((r) => (r.ok ? [] : [r.reason]));
  const ours = reasons((r) => r.ours);
  const base = reasons((r) => r.baseline);
  const accepted = records.filter((r) => gateVerdict(r.gate) === 'accepted').length;
  const notAccepted = records.flatMap((r) => (r.gate.ok || gateVerdict(r.gate) === 'accepted' ? [] : [r.gate.reason]));
  const changed = records.filter((r) => r.domUnchanged === false).length;
  return [
    `ok:false  ours: ${ours.length} (${tally(ours)});  baseline: ${base.length} (${tally(base)})`,
    `Readerable gate (ours, not forced): accepts ${accepted} of ${records.length} (not accepted: ${tally(notAccepted)})`,
    `Live DOM left changed by our forced run: ${changed} of ${records.length} pages`,
  ];
}

function timing(records: BenchRecord[], pick: (r: BenchRecord) => PageRunResult) {
  const ms = records.map(pick).flatMap((r) => (r.ok ? [r.ms] : []));
  return { median: median(ms), p95: percentile(ms, 95), n: ms.length };
}

function timingLines(records: BenchRecord[]): string[] {
  const ours = timing(records, (r) => r.ours);
  const base = timing(records, (r) => r.baseline);
  const paired = records.flatMap((r) =>
    r.ours.ok && r.baseline.ok && r.baseline.ms > 0 ? [r.ours.ms / r.baseline.ms] : [],
  );
  const when = (first: BenchRecord['first'], pick: (r: BenchRecord) => PageRunResult) =>
    timing(records.filter((r) => r.first === first), pick).median.toFixed(1);
  return [
    'Pipeline time per page (ms inside the page, ok pages only; page laid out and an untimed warm-up run first, who goes first alternates by page)',
    `  ours      median ${ours.median.toFixed(1)}  p95 ${ours.p95.toFixed(1)}  (n=${ours.n})`,
    `  baseline  median ${base.median.toFixed(1)}  p95 ${base.p95.toFixed(1)}  (n=${base.n})`,
    `  ratio ours/baseline  median ${(ours.median / base.median).toFixed(2)}x  p95 ${(ours.p95 / base.p95).toFixed(2)}x`,
    `  median of per-page ratios ours/baseline ${median(paired).toFixed(2)}x (n=${paired.length})`,
    `  medians when run first: ours ${when('ours', (r) => r.ours)}, baseline ${when('baseline', (r) => r.baseline)};` +
      ` when run second: ours ${when('baseline', (r) => r.ours)}, baseline ${when('ours', (r) => r.baseline)}`,
    ...floorLines(records, base.median),
  ];
}

/**
 * The floor: clone + Readability + our sanitizer and nothing else (floor-entry.ts), against
 * the baseline — how much of the time budget the steps every safe reader takes use up.
 */
function floorLines(records: BenchRecord[], baseMedian: number): string[] {
  const withFloor = records.filter((r) => r.floorMs !== null && r.baseline.ok);
  if (withFloor.length === 0) return [];
  const floor = median(withFloor.map((r) => r.floorMs!));
  const paired = withFloor.flatMap((r) => (r.baseline.ms > 0 ? [r.floorMs! / r.baseline.ms] : []));
  return [
    `  floor (clone + Readability + our DOMPurify sanitizer, nothing else; run last)  median ${floor.toFixed(1)}` +
      `  = ${(floor / baseMedian).toFixed(2)}x the baseline (median of per-page ratios ${median(paired).toFixed(2)}x)`,
  ];
}

/**
 * Scores ours and the baseline with the benchmark's metric and returns the report lines;
 * writes both outputs in the benchmark's `{"<id>": {"articleBody"}}` shape to `outDir`.
 */
export function zyteReport(dir: string, records: BenchRecord[], outDir: string): string[] {
  const pages = scorePages(dir, records);
  for (const side of ['ours', 'baseline'] as const) {
    const out = Object.fromEntries(pages.map((p) => [p.id, { articleBody: textOf(p.record[side]) }]));
    writeFileSync(path.join(outDir, `zyte-${side}.json`), JSON.stringify(out));
  }
  return [
    ...scoreLines(dir, pages),
    '',
    ...lossLines(pages),
    '',
    ...failureLines(records),
    '',
    ...timingLines(records),
  ];
}
