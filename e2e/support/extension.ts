import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Worker } from 'playwright-core';

export const BUILT_EXTENSION = resolve('.output/chrome-mv3');

/** The parts of the `chrome` global the tests call inside the browser. */
export interface ChromeApi {
  tabs: {
    query(q: { url?: string }): Promise<Array<{ id?: number; url?: string }>>;
    create(p: { url: string }): Promise<{ id?: number }>;
  };
  storage: { sync: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Console errors and uncaught exceptions from extension contexts, as "where: text". */
  extensionErrors: string[];
  close(): Promise<void>;
}

/**
 * Loads a copy of the built extension whose manifest also grants `http://127.0.0.1/*`.
 * That grant stands for the user's toolbar click (activeTab), which a headless test cannot
 * make; the shipped manifest stays minimal.
 */
export async function launchWithExtension(
  opts: { onlyLocale?: string; headless?: boolean } = {},
): Promise<LoadedExtension> {
  const headless = opts.headless ?? true;
  if (!existsSync(join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error('No build in .output/chrome-mv3: run `npm run build` first.');
  }
  const work = await mkdtemp(join(tmpdir(), 'safi-e2e-'));
  const extDir = join(work, 'extension');
  await cp(BUILT_EXTENSION, extDir, { recursive: true });
  const manifestPath = join(extDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  if (opts.onlyLocale) {
    // Debian's Chromium ships only the en-US UI pack, so the browser cannot be switched to
    // Arabic. Leaving the extension with one locale makes Chrome fall back to it instead,
    // which is what a user with an Arabic browser sees.
    manifest.default_locale = opts.onlyLocale;
    for (const dir of await readdir(join(extDir, '_locales'))) {
      if (dir !== opts.onlyLocale) await rm(join(extDir, '_locales', dir), { recursive: true });
    }
  }
  await writeFile(manifestPath, JSON.stringify(manifest));

  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionErrors: string[] = [];
  const origin = `chrome-extension://${extensionId}/`;

  const record = (where: string) => (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    const location = msg.location().url ?? '';
    // Page errors are the page's business; ours come from extension URLs or carry our prefix.
    if (where.startsWith(origin) || location.startsWith(origin) || msg.text().includes('[safi]')) {
      extensionErrors.push(`${where}: ${msg.text()}`);
    }
  };
  worker.on('console', record(worker.url()));
  context.on('page', (page) => {
    page.on('console', (msg) => record(page.url())(msg));
    page.on('pageerror', (err) => {
      if (page.url().startsWith(origin)) extensionErrors.push(`${page.url()}: ${err.message}`);
    });
  });
  context.on('weberror', (err) => {
    const page = err.page();
    if (page?.url().startsWith(origin)) extensionErrors.push(`${page.url()}: ${err.error().message}`);
  });

  return {
    context,
    worker,
    extensionId,
    extensionErrors,
    async close() {
      await context.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
