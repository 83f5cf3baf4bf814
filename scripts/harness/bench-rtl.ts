import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gateVerdict, type BenchRecord } from './bench-run';
import { CLUTTER_MARKERS, countClutter } from './clutter-markers';
import type { FileJob } from './extract-files';
import type { PageRunResult } from './page-result';

/** One line of `extraction-rtl/index.jsonl`. */
interface RtlPage {
  file: string;
  site: string;
  lang: string;
  url: string;
  html_lang: string | null;
  html_dir: string | null;
}

export function readRtlIndex(dir: string): RtlPage[] {
  return readFileSync(path.join(dir, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RtlPage);
}

/** The RTL development pages, each served at the URL it was saved from. */
export function rtlJobs(dir: string): FileJob[] {
  return readRtlIndex(dir).map((p) => ({ file: path.join(dir, 'pages', p.file), url: p.url }));
}

const side = (r: PageRunResult) =>
  r.ok ? `dir ${String(r.dir).padEnd(4)} lang ${String(r.lang).padEnd(5)} words ${String(r.wordCount).padStart(5)}` : `ok:false ${r.reason}`;

/**
 * Per page: direction and language from ours and from the baseline, word counts, whether
 * our readerable gate accepts the page, and how often clutter markers survive in each text.
 * There is no body ground truth here, so these are counts to read, not a score.
 */
export function rtlReport(dir: string, records: BenchRecord[]): string[] {
  const index = new Map(readRtlIndex(dir).map((p) => [p.file, p]));
  const labels = CLUTTER_MARKERS.map((m) => m.label);
  const totals = { ours: new Map<string, number>(), base: new Map<string, number>() };
  let rtlOurs = 0;
  let rtlBase = 0;
  let gateOk = 0;
  const lines = [`Real RTL pages (no ground truth): ${records.length} pages in ${dir}`];
  lines.push(`  clutter markers (occurrences, ours/baseline): ${labels.join(', ')}`);
  for (const r of records) {
    const page = index.get(path.basename(r.file));
    const verdict = gateVerdict(r.gate);
    const gate = verdict === 'accepted' ? 'accepts' : `${verdict === 'rejected' ? 'rejects' : 'unknown'} (${r.gate.ok ? '' : r.gate.reason})`;
    if (verdict === 'accepted') gateOk++;
    if (r.ours.ok && r.ours.dir === 'rtl') rtlOurs++;
    if (r.baseline.ok && r.baseline.dir === 'rtl') rtlBase++;
    const ours = countClutter(r.ours.ok ? r.ours.text : '');
    const base = countClutter(r.baseline.ok ? r.baseline.text : '');
    for (const l of labels) {
      totals.ours.set(l, (totals.ours.get(l) ?? 0) + ours[l]!);
      totals.base.set(l, (totals.base.get(l) ?? 0) + base[l]!);
    }
    lines.push('');
    lines.push(`  ${page?.site ?? path.basename(r.file)} [${page?.lang ?? '?'}; <html lang=${page?.html_lang ?? '-'} dir=${page?.html_dir ?? '-'}>]  gate ${gate}`);
    lines.push(`    ours      ${side(r.ours)}`);
    lines.push(`    baseline  ${side(r.baseline)}`);
    lines.push(`    markers   ${labels.map((l) => `${l} ${ours[l]}/${base[l]}`).join('  ')}`);
  }
  lines.push('');
  lines.push(`  dir rtl: ours ${rtlOurs} of ${records.length}, baseline ${rtlBase} of ${records.length}; gate accepts ${gateOk} of ${records.length}`);
  lines.push(`  marker totals ours/baseline: ${labels.map((l) => `${l} ${totals.ours.get(l)}/${totals.base.get(l)}`).join('  ')}`);
  return lines;
}
