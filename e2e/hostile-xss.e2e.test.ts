import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayloadsOrOwn, type Payload } from './support/hostile-pages';
import { isFixturePageCsp, runCorpus, startHostileRun, type CorpusSummary, type HostileRun } from './support/hostile-harness';

// A representative slice of the public corpus (every 8th payload: H5SC, DOMPurify fixtures and
// OWASP alike) in every position; `npm run bench:hostile` runs all of it.
let run: HostileRun;
let payloads: Payload[];
let s: CorpusSummary;

beforeAll(async () => {
  const loaded = await loadPayloadsOrOwn();
  // Our own list is short: all of it; the public corpus: every 8th.
  payloads = loaded.own ? loaded.payloads : loaded.payloads.filter((_, i) => i % 8 === 0);
  run = await startHostileRun();
  s = await runCorpus(run, payloads, { chunk: 100, slotPages: 'once' });
}, 300_000);

afterAll(async () => {
  await run?.close();
});

describe('XSS payloads in every page position, rendered by the real popup', () => {
  it('covered the slice in every position', () => {
    expect(s.payloads).toBeGreaterThanOrEqual(Math.min(55, payloads.length));
    expect(s.positions).toBe(34);
    expect(s.cases).toBeGreaterThanOrEqual(s.payloads * 23);
  });

  it('ran no script: no canary call, no dialog, no CSP violation', () => {
    expect(s.executions).toEqual([]);
    expect(s.dialogs).toBe(0);
    expect(s.csp).toEqual([]);
  });

  it('did not navigate or open a window', () => {
    expect(s.navigations).toEqual([]);
  });

  it('requested nothing but the page’s own images', () => {
    expect(s.foreign).toEqual([]);
    expect(s.nonImage).toEqual([]);
  });

  it('left no handler, script URL, frame or form in the rendered article', () => {
    expect(s.residue).toEqual([]);
  });

  it('showed an article for every page, with title and byline as text', () => {
    expect(s.notRendered).toEqual([]);
    expect(s.metaAsMarkup).toBe(0);
  });

  it('logged no error in any extension context', () => {
    expect(run.ext.extensionErrors.filter((e) => !isFixturePageCsp(e))).toEqual([]);
  });
});
