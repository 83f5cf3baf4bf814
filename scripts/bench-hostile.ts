/**
 * `npm run bench:hostile`: every payload of `$BENCH_DIR/xss/payloads.json` in every position a
 * page controls, rendered through the real popup of the built extension in Chromium. Prints
 * what ran, what was requested or opened, and which payloads' visible text was lost.
 * Needs `npm run build` first. Options: --limit N (first N payloads), --chunk N (payloads per
 * page), --verbose (one line per page).
 */
import { loadPayloads } from '../e2e/support/hostile-pages';
import { isFixturePageCsp, runCorpus, startHostileRun, type CaseResult } from '../e2e/support/hostile-harness';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

function list(label: string, items: string[], max = 15, count = items.length): void {
  console.log(`${label}: ${count}`);
  for (const item of items.slice(0, max)) console.log(`  ${item}`);
  if (items.length > max) console.log(`  … ${items.length - max} more`);
}

function byPosition(cases: CaseResult[]): string[] {
  const groups = new Map<string, string[]>();
  for (const c of cases) groups.set(c.position, [...(groups.get(c.position) ?? []), c.id]);
  return [...groups].map(([position, ids]) => `${position} (${ids.length}): ${ids.join(' ')}`);
}

async function main(): Promise<void> {
  const all = await loadPayloads();
  const limit = Number(option('limit') ?? all.length);
  const payloads = all.slice(0, limit);
  const verbose = process.argv.includes('--verbose');
  const run = await startHostileRun();
  try {
    const s = await runCorpus(run, payloads, {
      chunk: Number(option('chunk') ?? 60),
      slotPages: 'all',
      log: (line) => (verbose ? console.log(line) : undefined),
    });
    console.log(`payloads tried: ${s.payloads}`);
    console.log(`positions tried: ${s.positions}`);
    console.log(`payload × position cases: ${s.cases} on ${s.pages} pages in ${(s.totalMs / 1000).toFixed(0)} s (slowest popup ${s.slowestMs} ms)`);
    list('executions (must be 0)', s.executions);
    console.log(`dialogs: ${s.dialogs}`);
    list('CSP violations', s.csp);
    list('navigations / window.open', s.navigations);
    list('foreign requests (not made by the page itself)', s.foreign);
    console.log(`requests to other hosts that the page itself also loaded (its own images): ${s.pageOwnForeign}`);
    list('non-image requests to the page host', s.nonImage);
    list('dangerous markup left in the rendered article', s.residue);
    console.log(`title/byline rendered as markup: ${s.metaAsMarkup}`);
    list('pages without an article', s.notRendered);
    list('payloads whose page navigated itself away before the reader saw it (not run in the popup)', s.selfNavigating);
    list('one-per-page slot pages whose payloads swallowed the article (no article is right there)', s.swallowedPages, 5);
    const errors = run.ext.extensionErrors.filter((e) => !isFixturePageCsp(e));
    list('errors logged in extension contexts', errors);
    list('payloads whose visible text was lost entirely (payload × position)', byPosition(s.textLost), 40, s.textLost.length);
    list('payload entries dropped whole by extraction, marker paragraph included (payload × position)', byPosition(s.entryLost), 40, s.entryLost.length);
    const failed = s.executions.length + s.foreign.length + s.navigations.length + s.residue.length + s.metaAsMarkup + errors.length;
    process.exitCode = failed > 0 ? 1 : 0;
  } finally {
    await run.close();
  }
}

await main();
