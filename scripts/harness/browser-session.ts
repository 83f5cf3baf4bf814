import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { PageBundle } from './bundle';
import { contentTypeFor } from './content-type';
import type { HarnessFailure } from './page-result';

/** Debian's Chromium unless `CHROMIUM_PATH` says otherwise. */
export const chromiumPath = (env: NodeJS.ProcessEnv = process.env) => env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The machine has no network and no GPU; these keep Chromium from trying to use either.
const LAUNCH_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** One expression evaluated in the page, e.g. `__safiHarness.run(true)` after its bundle. */
export interface PageCall {
  /** Installed (once per page) before the expression runs. */
  bundle?: PageBundle;
  /** Expression evaluated in the page after the bundle is installed. */
  expression: string;
}

export type PageOutcome =
  | { ok: true; values: unknown[] }
  | { ok: false; reason: HarnessFailure; detail: string };

const withoutHash = (url: string) => url.replace(/#.*$/, '');

class Timeout extends Error {}

function deadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`no result after ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** Files served in one tab before it is replaced: a new tab per file costs a renderer start. */
const FILES_PER_TAB = 20;

/**
 * Run before any timed call: a reader opens a page that is already laid out, so neither
 * extractor should pay for the first layout.
 */
const WARM_UP = 'void document.documentElement.getBoundingClientRect(); 0';

/** The page the context currently serves: its URL (no fragment), bytes and content type. */
interface Served {
  target: string;
  bytes: Buffer;
  contentType: string;
}

/**
 * One headless Chromium and one context for a whole run: page scripts off, no network
 * (every request is aborted except the main document, fulfilled from the saved bytes),
 * service workers blocked. The page's CSP is bypassed because a content script is not
 * subject to it either.
 */
export class BrowserSession {
  private context!: BrowserContext;
  private page: Page | null = null;
  private pageUses = 0;
  private served: Served | null = null;

  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<BrowserSession> {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS });
    const session = new BrowserSession(browser);
    await session.newContext();
    return session;
  }

  private async newContext(): Promise<void> {
    this.context = await this.browser.newContext({
      javaScriptEnabled: false,
      serviceWorkers: 'block',
      bypassCSP: true,
    });
    await this.context.route('**/*', async (route) => {
      const request = route.request();
      const served = this.served;
      const isMainDocument = request.isNavigationRequest() && request.frame().parentFrame() === null;
      if (served && isMainDocument && withoutHash(request.url()) === served.target) {
        await route.fulfill({ status: 200, headers: { 'content-type': served.contentType }, body: served.bytes });
      } else {
        await route.abort();
      }
    });
  }

  /**
   * Loads `bytes` as the page at `url`, installs each bundle once, evaluates the calls in
   * order. Never throws for a bad page: a load failure, an exception or the per-file deadline
   * comes back as `{ok:false}`, and the tab it happened in is not used again.
   */
  async run(bytes: Buffer, url: string, calls: PageCall[], timeoutMs: number): Promise<PageOutcome> {
    let href: string;
    try {
      // Chromium requests the percent-encoded form of a URL with non-ASCII characters.
      href = new URL(url).href;
    } catch {
      return { ok: false, reason: 'navigation-failed', detail: `not a URL: ${url}` };
    }
    // No charset unless the page needs one: see content-type.ts.
    this.served = { target: withoutHash(href), bytes, contentType: contentTypeFor(bytes) };
    let outcome: PageOutcome;
    try {
      const page = await this.tab();
      outcome = await deadline(this.load(page, href, calls), timeoutMs);
    } catch (error) {
      outcome =
        error instanceof Timeout
          ? { ok: false, reason: 'timeout', detail: error.message }
          : { ok: false, reason: 'pipeline-threw', detail: String(error) };
    }
    this.served = null;
    if (!outcome.ok || ++this.pageUses >= FILES_PER_TAB) await this.closeTab();
    return outcome;
  }

  private async tab(): Promise<Page> {
    if (!this.page) {
      this.page = await this.context.newPage();
      this.pageUses = 0;
    }
    return this.page;
  }

  private async load(page: Page, href: string, calls: PageCall[]): Promise<PageOutcome> {
    try {
      await page.goto(href, { waitUntil: 'load', timeout: 0 });
    } catch (error) {
      return { ok: false, reason: 'navigation-failed', detail: String(error) };
    }
    await page.evaluate(WARM_UP);
    const installed = new Set<string>();
    const values: unknown[] = [];
    for (const call of calls) {
      const name = call.bundle?.globalName;
      if (call.bundle && name && !installed.has(name)) {
        // Bind the IIFE's result on globalThis explicitly: a `var` made by Playwright's
        // evaluation wrapper does not outlive that one evaluation.
        await page.evaluate(`${call.bundle.code}\n;globalThis.${name} = ${name}; 0`);
        installed.add(name);
      }
      values.push(await page.evaluate(call.expression));
    }
    return { ok: true, values };
  }

  private async closeTab(): Promise<void> {
    const page = this.page;
    this.page = null;
    if (!page) return;
    try {
      await deadline(page.close({ runBeforeUnload: false }), 5000);
    } catch {
      // A renderer stuck in a loop can keep the tab from closing; start a clean context so
      // the next file does not share its process, and leave the stuck one to browser.close().
      process.stderr.write('extract: a tab did not close; continuing in a new context\n');
      await this.newContext();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
