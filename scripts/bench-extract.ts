/**
 * `npm run bench:extract [-- --zyte | --rtl]` — ours against plain Readability 0.6.0 in one
 * run, one browser, each page loaded once:
 *  - the Zyte set (`$BENCH_DIR/extraction`, 181 pages) scored with the benchmark's own
 *    shingle metric; pages where ours loses; failures; the readerable gate; in-page timing
 *    (with the floor: clone + Readability + sanitizer alone, see harness/floor-entry.ts);
 *  - the real RTL pages (`$BENCH_DIR/extraction-rtl`): dir/lang and surviving clutter;
 *  - the size of the content-script bundle.
 * Default runs both sets. Per-page outputs go to a temporary folder, printed at the end.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchDir } from './harness/bench-paths';
import { runBench, type BenchRecord } from './harness/bench-run';
import { rtlJobs, rtlReport } from './harness/bench-rtl';
import { zyteJobs, zyteReport } from './harness/bench-zyte';
import { BrowserSession } from './harness/browser-session';
import { bundlePageEntry } from './harness/bundle';
import { bundleReport } from './harness/bundle-report';
import type { FileJob } from './harness/extract-files';

function parseArgs(argv: string[]) {
  const only = argv.includes('--zyte') ? 'zyte' : argv.includes('--rtl') ? 'rtl' : 'both';
  const limitAt = argv.indexOf('--limit');
  // --limit N: the first N pages of each set, for a quick look while developing.
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
  return { zyte: only !== 'rtl', rtl: only !== 'zyte', limit };
}

function progress(label: string, total: number) {
  return (done: number) => {
    if (done % 20 === 0 || done === total) process.stderr.write(`bench: ${label} ${done}/${total}\n`);
  };
}

async function runSet(session: BrowserSession, bundles: Parameters<typeof runBench>[1], label: string, jobs: FileJob[], outDir: string): Promise<BenchRecord[]> {
  const records = await runBench(session, bundles, jobs, progress(label, jobs.length));
  writeFileSync(path.join(outDir, `${label}-records.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return records;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = benchDir();
  const outDir = mkdtempSync(path.join(tmpdir(), 'safi-bench-'));
  const started = performance.now();
  const bundles = {
    ours: await bundlePageEntry('ours'),
    baseline: await bundlePageEntry('baseline'),
    // Same code as the baseline under another name, so it shares no compiled function with it.
    warm: await bundlePageEntry('baseline', '__safiWarmUp'),
    floor: await bundlePageEntry('floor'),
  };
  const session = await BrowserSession.launch();
  const report: string[] = [];
  try {
    if (args.zyte) {
      const zdir = path.join(dir, 'extraction');
      const records = await runSet(session, bundles, 'zyte', zyteJobs(zdir).slice(0, args.limit), outDir);
      report.push(...zyteReport(zdir, records, outDir), '');
    }
    if (args.rtl) {
      const rdir = path.join(dir, 'extraction-rtl');
      // The RTL report has no timing: no floor there.
      const records = await runSet(session, { ...bundles, floor: undefined }, 'rtl', rtlJobs(rdir).slice(0, args.limit), outDir);
      report.push(...rtlReport(rdir, records), '');
    }
  } finally {
    await session.close();
  }
  report.push(...bundleReport(bundles.ours), '');
  report.push(`Outputs: ${outDir}  (run took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  process.stdout.write(report.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
