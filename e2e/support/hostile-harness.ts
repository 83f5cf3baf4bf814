import type { Page, Request, Route } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from './extension';
import { startHostileServer, type HostileServer } from './hostile-server';
import {
  BODY_POSITIONS, FILLER_SENTENCES, PAGE_SLOTS, articlePage, bodyEntry, entryMarker,
  type PageSlot, type Payload,
} from './hostile-pages';
import { tabIdOf } from './popup';

/**
 * Instruments the popup before its own scripts run: alert/confirm/prompt/print and window.open
 * become counters, and CSP violations are recorded. A payload that ran would leave a trace here.
 */
const POPUP_PROBE = `(() => {
  const h = { calls: [], csp: [] };
  Object.defineProperty(window, '__hostile', { value: h });
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    window[name] = function () { h.calls.push(name); return null; };
  }
  document.addEventListener('securitypolicyviolation', (e) => h.csp.push(e.effectiveDirective + ' ' + e.blockedURI), true);
})();`;

/** Closes whatever an unbalanced payload left open, so one payload does not eat the next. */
export const CLOSER = `"'>--></textarea></title></style></xmp></noembed></noframes></noscript></iframe></script></select></template></svg></math>`;

/** What one page did to the popup. */
export interface PopupOutcome {
  path: string;
  /** `article`, or the failure reason shown, or `none` when nothing showed in time. */
  state: string;
  ms: number;
  /** Canary calls (alert, confirm, prompt, print, open) and dialogs: any means script ran. */
  executions: string[];
  csp: string[];
  navigations: string[];
  /** Elements or attributes in the rendered article that could run script or leave the page. */
  residue: string[];
  /** Requests from the popup to hosts other than the page's, and not made by the page itself. */
  foreign: string[];
  /** Requests from the popup to other hosts that the page itself also made (its own images). */
  pageOwnForeign: string[];
  /** Requests from the popup to the page's host that are not images. */
  nonImage: string[];
  /** The page navigated itself away before or while the popup read it (the page's doing). */
  tabLeft: boolean;
  articleText: string;
  /** Title and byline shown, and whether either holds elements instead of text. */
  title: string;
  byline: string;
  metaAsMarkup: boolean;
}

/**
 * Console errors the extension recorder may attribute to us that are not ours: the fixture
 * pages' own CSP (`script-src 'none'`, which no extension page uses) refusing the page's own
 * inline handlers while the extractor reads the page.
 */
export function isFixturePageCsp(error: string): boolean {
  return /^http:\/\/127\.0\.0\.1:\d+\/.*Executing inline event handler violates .*'script-src 'none''/.test(error);
}

export interface HostileRun {
  ext: LoadedExtension;
  server: HostileServer;
  /**
   * Puts `html` at `path`, shows it in the test tab, and returns the sentinels present; null
   * when the page would not stay in the tab (it navigated itself somewhere no route catches).
   */
  load(path: string, html: string, sentinels?: number[]): Promise<Set<number> | null>;
  /** Opens the real popup for the test tab and records what happened. */
  render(path: string): Promise<PopupOutcome>;
  /** The test tab (page scripts off), for inert parsing. */
  tab: Page;
  close(): Promise<void>;
}

/** Starts the browser with the built extension, a hostile server, a test tab and a popup page. */
export async function startHostileRun(): Promise<HostileRun> {
  const server = await startHostileServer();
  const ext = await launchWithExtension();
  const { context, extensionId } = ext;
  const popupForeign: string[] = [];
  // Nothing leaves the machine: every request that is not to the fixture server is refused.
  await context.route(
    (url) => !url.protocol.startsWith('chrome') && url.origin !== server.origin && !url.protocol.startsWith('data'),
    (route) => {
      popupForeign.push(route.request().url());
      return route.abort();
    },
  );

  const tabRequests = new Set<string>();
  let expected = '';
  let tab: Page;
  let tabId = 0;
  const ours = new Set<Page>();
  server.pages.set('/blank.html', { body: '<!DOCTYPE html><title>blank</title><p>blank</p>' });
  /** A fresh test tab; also used when a page has wedged the old one. */
  let opening = false;
  const newTab = async () => {
    // The context's 'page' event fires before newPage() resolves: mark the page as ours first.
    opening = true;
    tab = await context.newPage().finally(() => {
      opening = false;
    });
    ours.add(tab);
    // The page's own meta refresh or base would move the tab; a 204 keeps the page in place.
    await tab.route('**/*', (route: Route) => {
      const req = route.request();
      tabRequests.add(req.url());
      if (req.isNavigationRequest() && req.frame() === tab.mainFrame() && req.url() !== expected) {
        return route.fulfill({ status: 204 });
      }
      if (new URL(req.url()).origin !== server.origin && !req.url().startsWith('data:')) return route.abort();
      return route.continue();
    });
    expected = `${server.origin}/blank.html`;
    await tab.goto(expected);
    tabId = await tabIdOf(ext.worker, tab.url());
  };
  await newTab();

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 640, height: 600 });
  await popup.addInitScript(POPUP_PROBE);
  const dialogs: string[] = [];
  popup.on('dialog', (d) => {
    dialogs.push(`dialog:${d.type()}`);
    void d.dismiss().catch(() => undefined);
  });
  const navigations: string[] = [];
  popup.on('framenavigated', (frame) => {
    if (!frame.url().startsWith(`chrome-extension://${extensionId}/popup.html`)) navigations.push(frame.url());
  });
  const requests: Request[] = [];
  popup.on('request', (r) => requests.push(r));
  ours.add(popup);
  context.on('page', (p) => {
    if (opening || ours.has(p)) return;
    // A page we did not open (window.open, a target=_blank followed by itself).
    navigations.push(`new page: ${p.url()}`);
    void p.close().catch(() => undefined);
  });

  return {
    ext,
    server,
    get tab() {
      return tab;
    },
    async load(path, html, sentinels = []) {
      server.pages.set(path, {
        body: html,
        headers: { 'content-security-policy': "script-src 'none'; object-src 'none'" },
      });
      expected = `${server.origin}${path}`;
      for (let attempt = 0; attempt < 2 && !(attempt > 0 && !tab.isClosed()); attempt++) {
        // Sentinels are there at DOMContentLoaded; `load` is waited for briefly (a payload may
        // hold a subresource open), then a moment for a zero-delay refresh to show itself.
        await tab.goto(expected, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
        await tab.waitForLoadState('load', { timeout: 3_000 }).catch(() => undefined);
        await tab.waitForTimeout(100);
        const present = await tab
          .evaluate((ks) => ks.filter((k) => document.querySelector(`p[data-k="${k}"]`) !== null), sentinels)
          .catch(() => null);
        if (present && tab.url() === expected) return new Set(present);
        // A page that closed or crashed the tab: start a new one and try once more.
        if (!tab.isClosed()) break;
        const wanted = expected;
        await newTab();
        expected = wanted;
      }
      return null;
    },
    async render(path) {
      popupForeign.length = 0;
      requests.length = 0;
      dialogs.length = 0;
      navigations.length = 0;
      const started = Date.now();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      const shown = popup.locator('article.safi-article, .safi-failure').first();
      const visible = await shown.waitFor({ timeout: 20_000 }).then(() => true, () => false);
      const ms = Date.now() - started;
      const state = !visible
        ? 'none'
        : (await popup.locator('article.safi-article').count()) > 0
          ? 'article'
          : ((await popup.locator('.safi-failure').getAttribute('data-state')) ?? 'failure');
      const probe = await popup.evaluate(interactAndScan);
      // The page may have moved itself (a refresh or frame trick the 204 route did not catch).
      const tabLeft = tab.url() !== expected;
      // Give anything the events started (an image error, a late navigation) time to show.
      await popup.waitForTimeout(50);
      const after = await popup.evaluate(() => (window as unknown as { __hostile: { calls: string[]; csp: string[] } }).__hostile);
      const pageOrigin = server.origin;
      const popupReqs = requests.map((r) => ({ url: r.url(), type: r.resourceType() }));
      const foreignAll = [...popupForeign, ...popupReqs.filter((r) => r.url.startsWith('http') && !r.url.startsWith(pageOrigin)).map((r) => r.url)];
      const foreignUnique = [...new Set(foreignAll)];
      return {
        path,
        state,
        ms,
        executions: [...after.calls, ...dialogs],
        csp: after.csp,
        navigations: [...navigations],
        residue: probe.residue,
        foreign: foreignUnique.filter((u) => !tabRequests.has(u)),
        pageOwnForeign: foreignUnique.filter((u) => tabRequests.has(u)),
        nonImage: popupReqs.filter((r) => r.url.startsWith(pageOrigin) && r.type !== 'image').map((r) => `${r.type} ${r.url}`),
        tabLeft,
        articleText: probe.text,
        title: probe.title,
        byline: probe.byline,
        metaAsMarkup: probe.metaAsMarkup,
      };
    },
    async close() {
      await ext.close();
      await server.close();
    },
  };
}

/**
 * Runs in the popup: fires the events payloads wait for (hover, focus, click off links) on
 * every element of the rendered article, then lists anything dangerous left in it.
 */
function interactAndScan() {
  // The article body only: the popup's own controls (copy, settings) are ours, not the page's.
  const root = document.querySelector('.safi-article-body');
  const residue: string[] = [];
  const events = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'pointerover', 'focus', 'focusin', 'blur', 'toggle', 'load', 'error', 'animationstart', 'transitionend'];
  for (const el of Array.from(root?.querySelectorAll('*') ?? [])) {
    for (const type of events) el.dispatchEvent(new Event(type, { bubbles: true }));
    // A click inside a link follows it (that is the reader's choice, and links are checked below).
    if (!el.closest('a, area')) el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    if ((el as HTMLElement).focus) (el as HTMLElement).focus();
    if (/^(script|style|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|select|base|meta|link|template|noscript|svg|dialog|portal)$/.test(el.localName)) {
      residue.push(`<${el.localName}>`);
    }
    for (const attr of Array.from(el.attributes)) {
      // eslint-disable-next-line no-control-regex -- browsers drop these before reading a scheme
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, '');
      if (/^on/i.test(attr.name)) residue.push(`${el.localName}[${attr.name}]`);
      if (/^(style|srcdoc|formaction|action|ping|xlink:href)$/i.test(attr.name)) residue.push(`${el.localName}[${attr.name}]`);
      if (attr.name !== 'alt' && attr.name !== 'title' && /^(javascript|vbscript):/i.test(value)) residue.push(`${el.localName}[${attr.name}=${value.slice(0, 30)}]`);
      if (/^data:/i.test(value) && !(el.localName === 'img' && attr.name === 'src' && /^data:image\/(png|jpe?g|gif|webp|avif)/i.test(value))) {
        residue.push(`${el.localName}[${attr.name}=data:]`);
      }
    }
  }
  const title = document.querySelector('.safi-title');
  const byline = document.querySelector('.safi-byline, .safi-meta');
  return {
    residue,
    text: (document.querySelector('article.safi-article') as HTMLElement | null)?.innerText ?? '',
    title: title?.textContent ?? '',
    byline: byline?.textContent ?? '',
    // Title, byline, site name and date are rendered as text: no element of the page's inside them.
    metaAsMarkup:
      (title?.childElementCount ?? 0) > 0 ||
      Array.from(document.querySelectorAll('.safi-meta-item:not(.safi-reading-time):not(.safi-source)')).some((el) => el.childElementCount > 0),
  };
}

/** Words a reader of the original page would see in `payload` (4+ letters), lower-cased. */
export async function visibleWords(page: Page, payloads: string[]): Promise<string[][]> {
  return page.evaluate((list) => {
    const parser = new DOMParser();
    return list.map((p) => {
      const body = parser.parseFromString(p, 'text/html').body;
      for (const el of Array.from(body.querySelectorAll('script, style, template, noscript, title, iframe, noembed, noframes, textarea, select, object, embed'))) el.remove();
      return [...new Set((body.textContent ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
    });
  }, payloads);
}

/** Body positions where the original page shows the payload's text to its reader. */
const VISIBLE_POSITIONS = new Set(['body-p', 'own-block', 'pre-code', 'figcaption', 'table-cell', 'link-text']);

/** One payload's result at one position. */
export interface CaseResult {
  id: string;
  position: string;
  /** Set when the popup showed the payload's entry but none of its visible words. */
  textLost: boolean;
}

export interface CorpusSummary {
  payloads: number;
  positions: number;
  cases: number;
  pages: number;
  executions: string[];
  dialogs: number;
  csp: string[];
  navigations: string[];
  residue: string[];
  foreign: string[];
  pageOwnForeign: number;
  nonImage: string[];
  notRendered: string[];
  metaAsMarkup: number;
  textLost: CaseResult[];
  entryLost: CaseResult[];
  untested: string[];
  /** Payloads (by position) whose page navigated itself away, so the reader never saw them. */
  selfNavigating: string[];
  /** One-per-page slot pages whose payloads swallowed the article itself. */
  swallowedPages: string[];
  slowestMs: number;
  totalMs: number;
}

/**
 * Embeds every payload in every body position (many per page, as separate entries) and in
 * every one-per-page slot (each page fills all slots, each with a different payload), renders
 * each page through the popup and adds up what happened.
 */
export async function runCorpus(
  run: HostileRun,
  payloads: Payload[],
  opts: { chunk?: number; slotPages?: 'all' | 'once'; log?: (line: string) => void } = {},
): Promise<CorpusSummary> {
  const started = Date.now();
  const chunk = opts.chunk ?? 60;
  const log = opts.log ?? (() => undefined);
  const words = await visibleWords(run.tab, payloads.map((p) => p.payload));
  const sum: CorpusSummary = {
    payloads: payloads.length, positions: Object.keys(BODY_POSITIONS).length + PAGE_SLOTS.length, cases: 0, pages: 0,
    executions: [], dialogs: 0, csp: [], navigations: [], residue: [], foreign: [], pageOwnForeign: 0, nonImage: [],
    notRendered: [], metaAsMarkup: 0, textLost: [], entryLost: [], untested: [], swallowedPages: [], selfNavigating: [], slowestMs: 0, totalMs: 0,
  };
  const add = (o: PopupOutcome, what: string) => {
    sum.pages++;
    const tag = (xs: string[]) => xs.map((x) => `${what}: ${x}`);
    sum.executions.push(...tag(o.executions));
    sum.dialogs += o.executions.filter((e) => e.startsWith('dialog:')).length;
    sum.csp.push(...tag(o.csp));
    sum.navigations.push(...tag(o.navigations));
    sum.residue.push(...tag(o.residue));
    sum.foreign.push(...tag(o.foreign));
    sum.pageOwnForeign += o.pageOwnForeign.length;
    sum.nonImage.push(...tag(o.nonImage));
    if (o.tabLeft) sum.selfNavigating.push(`${what} (left while the popup read it)`);
    else if (o.state !== 'article') sum.notRendered.push(`${what}: ${o.state}`);
    if (o.metaAsMarkup) sum.metaAsMarkup++;
    sum.slowestMs = Math.max(sum.slowestMs, o.ms);
  };

  const suspects = new Set<number>();
  for (const position of Object.keys(BODY_POSITIONS)) {
    let pending = payloads.map((_, i) => i);
    let n = 0;
    let size = chunk;
    while (pending.length > 0) {
      // A payload that moved its page away in an earlier position is tried alone first.
      const suspect = pending.slice(0, size).find((i) => suspects.has(i));
      if (suspect !== undefined && size > 1) {
        pending = [suspect, ...pending.filter((i) => i !== suspect)];
        size = 1;
      }
      const batch = pending.slice(0, size);
      const path = `/hostile/${position}/${n++}.html`;
      const body = batch.map((i) => bodyEntry(position, payloads[i]!.payload, i) + CLOSER).join('\n');
      const present = await run.load(path, articlePage({}, body), batch);
      if (present === null) {
        // Some payload moves the page itself away (a refresh to a URL no route sees): halve the
        // page until it is found; alone, it is recorded and skipped, since the reader then reads
        // whatever the tab shows instead.
        if (batch.length === 1) {
          suspects.add(batch[0]!);
          sum.selfNavigating.push(`${position}: ${payloads[batch[0]!]!.id}`);
          pending = pending.slice(1);
          size = chunk;
        } else {
          size = Math.ceil(batch.length / 2);
        }
        continue;
      }
      size = chunk;
      // Entries up to and including the first one whose sentinel is gone were on the page whole;
      // the ones after it were swallowed and go to the next page.
      const cut = batch.findIndex((i) => !present.has(i));
      const tested = cut === -1 ? batch : batch.slice(0, cut + 1);
      pending = [...batch.slice(tested.length), ...pending.slice(batch.length)];
      const o = await run.render(path).catch((err: Error) => failedRender(path, err));
      add(o, `${position} ${path}`);
      for (const i of tested) {
        sum.cases++;
        const region = entryRegion(o.articleText, i, tested);
        if (region === null) {
          sum.entryLost.push({ id: payloads[i]!.id, position, textLost: true });
        } else if (VISIBLE_POSITIONS.has(position) && words[i]!.length > 0 && !words[i]!.some((w) => region.includes(w))) {
          sum.textLost.push({ id: payloads[i]!.id, position, textLost: true });
        }
      }
      log(`${position}: page ${n} (${tested.length} payloads${cut === -1 ? '' : `, ${payloads[tested.at(-1)!]!.id} swallows the rest`}) ${o.state} ${o.ms} ms`);
    }
  }

  const pagesForSlots = opts.slotPages === 'once' ? Math.ceil(payloads.length / PAGE_SLOTS.length) : payloads.length;
  for (let j = 0; j < pagesForSlots; j++) {
    const slots: Partial<Record<PageSlot, string>> = {};
    const ids: string[] = [];
    PAGE_SLOTS.forEach((slot, s) => {
      const index = opts.slotPages === 'once' ? j * PAGE_SLOTS.length + s : (j + s) % payloads.length;
      if (index >= payloads.length) return;
      slots[slot] = payloads[index]!.payload;
      ids.push(`${slot}=${payloads[index]!.id}`);
      sum.cases++;
    });
    const path = `/hostile/slots/${j}.html`;
    const present = (await run.load(path, articlePage(slots, FILLER_SENTENCES.map((f) => `<p>${f}</p>`).join('\n')), [-1])) ?? new Set<number>();
    const o = await run.render(path).catch((err: Error) => failedRender(path, err));
    // A head or heading payload that swallowed the whole article (an unclosed iframe or
    // textarea) leaves nothing to read: "no article" is then the right answer.
    if (!present.has(-1) && o.state === 'no-article') o.state = 'article';
    if (!present.has(-1)) sum.swallowedPages.push(`${path} [${ids.join(' ')}]: ${o.state}`);
    add(o, `${path} [${ids.join(' ')}]`);
    if (j % 50 === 0) log(`slots: page ${j + 1}/${pagesForSlots} ${o.state} ${o.ms} ms`);
  }
  sum.totalMs = Date.now() - started;
  return sum;
}

/** The article text of entry `k`, without the repeated filler; null when its marker is gone. */
function entryRegion(text: string, k: number, batch: number[]): string | null {
  const start = text.indexOf(entryMarker(k));
  if (start === -1) return null;
  const next = batch.slice(batch.indexOf(k) + 1).map((i) => text.indexOf(entryMarker(i), start)).find((x) => x !== -1);
  let region = text.slice(start + entryMarker(k).length, next ?? text.length);
  for (const f of FILLER_SENTENCES) region = region.split(f).join(' ');
  return region.toLowerCase();
}

/** A render the harness itself could not finish: counted as a page without an article. */
function failedRender(path: string, err: Error): PopupOutcome {
  return {
    path, state: `harness error: ${err.message.split('\n')[0]}`, ms: 0, executions: [], csp: [], navigations: [],
    residue: [], foreign: [], pageOwnForeign: [], nonImage: [], tabLeft: false, articleText: '', title: '', byline: '', metaAsMarkup: false,
  };
}
