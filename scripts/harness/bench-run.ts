import type { BrowserSession, PageCall } from './browser-session';
import type { PageBundle } from './bundle';
import { extractFile, type FileJob } from './extract-files';
import type { HarnessFailure, PageRunResult } from './page-result';

/** Everything measured on one page in one load. */
export interface BenchRecord {
  file: string;
  url: string | null;
  baseline: PageRunResult;
  /** Ours with `force: true`: every benchmark page is an article. */
  ours: PageRunResult;
  /** Ours without force, only to see whether the readerable gate lets the page through. */
  gate: PageRunResult;
  /** Whether the live DOM was the same after our forced run as before it (null: unknown). */
  domUnchanged: boolean | null;
  /** Which extractor ran first on this page (they alternate, see runBench). */
  first: 'baseline' | 'ours';
  /** Time of the floor steps (clone + Readability + sanitizer, floor-entry.ts), run last; null if not run. */
  floorMs: number | null;
}

/** Reasons that mean the gate (not the extraction) turned the page away. */
export const GATE_REASONS: ReadonlySet<string> = new Set(['not-readerable', 'restricted-url']);

const HARNESS_REASONS: ReadonlySet<string> = new Set<HarnessFailure>([
  'file-not-found',
  'file-unreadable',
  'bad-gzip',
  'navigation-failed',
  'timeout',
  'pipeline-threw',
]);

/**
 * What the readerable gate did with a page, from the non-forced run: `rejected` for a gate
 * reason, `unknown` when the harness failed before the pipeline could answer, else
 * `accepted` (even if extraction then failed for another reason).
 */
export function gateVerdict(gate: PageRunResult): 'accepted' | 'rejected' | 'unknown' {
  if (gate.ok) return 'accepted';
  if (GATE_REASONS.has(gate.reason)) return 'rejected';
  return HARNESS_REASONS.has(gate.reason) ? 'unknown' : 'accepted';
}

const SNAPSHOT = '(globalThis.__safiDomBefore = document.documentElement.outerHTML, 0)';
/** Forces style and layout of the whole page, as rendering it for the user would have. */
const LAYOUT = 'void document.documentElement.getBoundingClientRect().height';
const UNCHANGED = 'globalThis.__safiDomBefore === document.documentElement.outerHTML';

/**
 * Runs the baseline and ours (forced, then not forced for the gate) on each page in one
 * load, one browser.
 *
 * Timing fairness: whichever extractor runs first in a page pays for warming the engine
 * (shared caches such as compiled regular expressions; the first run was about 1.4x slower
 * than the second in a trial with two identical extractors). So an untimed `warm` run (a
 * separate copy of Readability, sharing no compiled functions with either side) goes first,
 * and the order of the two timed runs alternates page by page. The live DOM is compared
 * before and after our run, because when ours goes first anything it leaves on the page
 * would change what the baseline sees.
 *
 * The page is laid out (untimed) before either run: a reader opens on a page the user is
 * already looking at, whose style and layout the browser has computed. Without it, the
 * first extractor to read a computed style (ours, for hidden elements and CSS direction)
 * would be charged for the page's whole first layout, which a real click never pays.
 */
export async function runBench(
  session: BrowserSession,
  bundles: { ours: PageBundle; baseline: PageBundle; warm: PageBundle; floor?: PageBundle },
  jobs: FileJob[],
  onProgress: (done: number) => void = () => {},
): Promise<BenchRecord[]> {
  const call = {
    snapshot: { expression: SNAPSHOT },
    layout: { expression: LAYOUT },
    warm: { bundle: bundles.warm, expression: `${bundles.warm.globalName}.run()` },
    baseline: { bundle: bundles.baseline, expression: `${bundles.baseline.globalName}.run()` },
    ours: { bundle: bundles.ours, expression: `${bundles.ours.globalName}.run(true)` },
    unchanged: { expression: UNCHANGED },
    gate: { bundle: bundles.ours, expression: `${bundles.ours.globalName}.run(false)` },
    floor: bundles.floor ? { bundle: bundles.floor, expression: `${bundles.floor.globalName}.run().ms` } : { expression: 'null' },
  } satisfies Record<string, PageCall>;
  type Name = keyof typeof call;
  const records: BenchRecord[] = [];
  for (const [i, job] of jobs.entries()) {
    const first = i % 2 === 0 ? 'baseline' : 'ours';
    const order: Name[] =
      first === 'baseline'
        ? ['snapshot', 'layout', 'warm', 'baseline', 'ours', 'unchanged', 'gate', 'floor']
        : ['snapshot', 'layout', 'warm', 'ours', 'unchanged', 'baseline', 'gate', 'floor'];
    const { file, url, results } = await extractFile(session, job, order.map((n) => call[n]));
    const by = (n: Name) => results[order.indexOf(n)] as unknown;
    const unchanged = by('unchanged');
    const floorMs = by('floor');
    records.push({
      file,
      url,
      baseline: by('baseline') as PageRunResult,
      ours: by('ours') as PageRunResult,
      gate: by('gate') as PageRunResult,
      domUnchanged: typeof unchanged === 'boolean' ? unchanged : null,
      first,
      floorMs: typeof floorMs === 'number' ? floorMs : null,
    });
    onProgress(records.length);
  }
  return records;
}
