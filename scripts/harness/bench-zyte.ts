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

/** The 181 Zyte pages, each served at its ground-truth URL. */
export function zyteJobs(dir: string): FileJob[] {
  const truth = readBodies(path.join(dir, 'ground-truth.json'));
  return Object.keys(truth).map((id) => ({ file: path.join(dir, 'html', `${id}.html.gz`), url: truth[id]!.url }));
}

const idOf = (file: string) => path.basename(file).replace(/\.html(\.gz)?$/, '');
const textOf = (r: PageRunResult) => (r.ok ? r.text : '');
const row = (name: string, s: CorpusScore) => `  ${name.padEnd(10)} ${fmt3(s.f1)}  ${fmt3(s.precision)}  ${fmt3(s.recall)}`;
const triple = (s: PageScore) => `${fmt3(s.f1)}/${fmt3(s.precision)}/${fmt3(s.recall)}`;

function timing(records: BenchRecord[], pick: (r: BenchRecord) => PageRunResult) {
  const ms = records.map(pick).flatMap((r) => (r.ok ? [r.ms] : []));
  return { median: median(ms), p95: percentile(ms, 95), n: ms.length };
}

/**
 * Scores ours and the baseline with the benchmark's metric and returns the report lines;
 * writes both outputs in the benchmark's `{"<id>": {"articleBody"}}` shape to `outDir`.
 */
export function zyteReport(dir: string, records: BenchRecord[], outDir: string): string[] {
  const truth = readBodies(path.join(dir, 'ground-truth.json'));
  const published = readBodies(path.join(dir, 'output', 'readability_js.json'));
  const pages = records.map((r) => {
    const id = idOf(r.file);
    const body = truth[id]?.articleBody ?? '';
    return { id, url: truth[id]?.url ?? r.url ?? '', r, ours: scorePage(body, textOf(r.ours)), base: scorePage(body, textOf(r.baseline)), pub: scorePage(body, published[id]?.articleBody ?? '') };
  });
  for (const side of ['ours', 'baseline'] as const) {
    const out = Object.fromEntries(pages.map((p) => [p.id, { articleBody: textOf(p.r[side]) }]));
    writeFileSync(path.join(outDir, `zyte-${side}.json`), JSON.stringify(out));
  }
  const lines = [`Zyte article-extraction benchmark: ${pages.length} pages in ${dir}`, '  ours runs forced (readerable check skipped); both in the same browser, same page load', ''];
  lines.push('  extractor  F1     P      R');
  lines.push(row('ours', scoreCorpus(pages.map((p) => p.ours))));
  lines.push(row('baseline', scoreCorpus(pages.map((p) => p.base))) + '   plain @mozilla/readability 0.6.0 in Chromium');
  lines.push(row('published', scoreCorpus(pages.map((p) => p.pub))) + '   upstream readability_js.json (jsdom)');

  const below = pages.filter((p) => p.ours.f1 < p.base.f1 - 1e-9);
  const worse = below.filter((p) => p.ours.f1 < p.base.f1 - WORSE_BY).sort((a, b) => a.ours.f1 - a.base.f1 - (b.ours.f1 - b.base.f1));
  const above = pages.filter((p) => p.ours.f1 > p.base.f1 + 1e-9);
  lines.push('', `Per page: ours below the baseline on ${below.length}, above on ${above.length}, equal on ${pages.length - below.length - above.length}`);
  lines.push(`Pages where ours is more than ${WORSE_BY} F1 below the baseline: ${worse.length}`);
  for (const p of worse) {
    lines.push(`  ${p.id.slice(0, 12)}  ours F1/P/R ${triple(p.ours)}  baseline ${triple(p.base)}  ${p.url}`);
  }

  const oursFailed = records.filter((r) => !r.ours.ok).map((r) => (r.ours.ok ? '' : r.ours.reason));
  const baseFailed = records.filter((r) => !r.baseline.ok).map((r) => (r.baseline.ok ? '' : r.baseline.reason));
  lines.push('', `ok:false  ours: ${oursFailed.length} (${tally(oursFailed)});  baseline: ${baseFailed.length} (${tally(baseFailed)})`);
  const accepted = records.filter((r) => gateVerdict(r.gate) === 'accepted').length;
  const gateRejected = records.flatMap((r) => (r.gate.ok || gateVerdict(r.gate) === 'accepted' ? [] : [r.gate.reason]));
  lines.push(`Readerable gate (ours, not forced): accepts ${accepted} of ${records.length} (not accepted: ${tally(gateRejected)})`);

  const changed = records.filter((r) => r.domUnchanged === false).length;
  lines.push(`Live DOM left changed by our forced run: ${changed} of ${records.length} pages`);

  const t = { ours: timing(records, (r) => r.ours), base: timing(records, (r) => r.baseline) };
  const firstOn = (who: BenchRecord['first']) => records.filter((r) => r.first === who);
  const med = (rs: BenchRecord[], pick: (r: BenchRecord) => PageRunResult) => timing(rs, pick).median.toFixed(1);
  lines.push('', 'Pipeline time per page (ms inside the page, ok pages only; after an untimed warm-up run, who goes first alternates by page)');
  lines.push(`  ours      median ${t.ours.median.toFixed(1)}  p95 ${t.ours.p95.toFixed(1)}  (n=${t.ours.n})`);
  lines.push(`  baseline  median ${t.base.median.toFixed(1)}  p95 ${t.base.p95.toFixed(1)}  (n=${t.base.n})`);
  lines.push(`  ratio ours/baseline  median ${(t.ours.median / t.base.median).toFixed(2)}x  p95 ${(t.ours.p95 / t.base.p95).toFixed(2)}x`);
  const paired = records.flatMap((r) => (r.ours.ok && r.baseline.ok && r.baseline.ms > 0 ? [r.ours.ms / r.baseline.ms] : []));
  lines.push(`  median of per-page ratios ours/baseline ${median(paired).toFixed(2)}x (n=${paired.length})`);
  lines.push(
    `  medians when run first: ours ${med(firstOn('ours'), (r) => r.ours)}, baseline ${med(firstOn('baseline'), (r) => r.baseline)};` +
      ` when run second: ours ${med(firstOn('baseline'), (r) => r.ours)}, baseline ${med(firstOn('ours'), (r) => r.baseline)}`,
  );
  return lines;
}
