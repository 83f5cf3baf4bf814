/**
 * Bundle sizes of the built extension against the issue 6 targets:
 *
 *   npm run build && npm run --silent size [-- OUTPUT_DIR]
 *
 * Lists every JavaScript file of the chrome-mv3 build (or OUTPUT_DIR) with its size as
 * built (Vite minifies) and gzipped, grouped by where it runs: the popup and the reader tab
 * (from their HTML pages, following static imports and `import()`), content scripts
 * (registered or injected with scripting.executeScript), and the background. Fonts are
 * listed apart and count toward no target. kB are 1000 bytes, as WXT prints them.
 *
 * Stop-word lists (text assets, one read per article at most) are listed apart too.
 *
 * Targets: the popup's JavaScript ≤ 60 kB, judged on everything it loads to show an article
 * with its summary — what loads when it opens plus every lazy chunk it fetches by itself.
 * Chunks that load only when the reader presses a button (Markdown and HTML export, read
 * aloud: `ON_DEMAND_CHUNKS` in scripts/lib/bundle-graph.ts) are listed separately with that
 * action, and the total with them is printed too; any other lazy chunk counts against the
 * target. Each content script ≤ 90 kB; export-tools.js, injected into the overlay's page only
 * for "Save or copy", is marked so, with the overlay's total with it. Exits with 1 when a
 * target fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlScripts, pageLoad } from './lib/bundle-graph';

const POPUP_TARGET = 60_000;
const CONTENT_TARGET = 90_000;
const FONT = /\.(woff2?|ttf|otf)$/;
/** Scripts the background injects into the overlay's frame only when the reader asks, and for what. */
const ON_DEMAND_SCRIPTS: Record<string, string> = {
  'export-tools.js': "the overlay's Save or copy",
};

const root = path.resolve(process.argv[2] ?? '.output/chrome-mv3');
if (!existsSync(path.join(root, 'manifest.json'))) {
  console.error(`No build in ${root}: run \`npm run build\` first.`);
  process.exit(2);
}

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? walk(rel) : [rel];
  });
}

const files = walk('');
const read = (file: string) => (files.includes(file) ? readFileSync(path.join(root, file), 'utf8') : undefined);
const bytes = (file: string) => statSync(path.join(root, file)).size;
const gzipped = (file: string) => gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`.padStart(10);
const sum = (list: readonly string[], size: (f: string) => number) => list.reduce((a, f) => a + size(f), 0);
let failed = false;

function line(label: string, list: readonly string[]): void {
  console.log(`  ${label.padEnd(66)}${kb(sum(list, bytes))}${kb(sum(list, gzipped))} gz`);
}

function verdict(label: string, list: readonly string[], target: number): void {
  const total = sum(list, bytes);
  const pass = total <= target;
  failed ||= !pass;
  const gz = kb(sum(list, gzipped));
  console.log(`  ${label.padEnd(66)}${kb(total)}${gz} gz  target ≤ ${target / 1000} kB  ${pass ? 'PASS' : 'FAIL'}`);
}

function reportPage(title: string, html: string, target?: number): string[] {
  const load = pageLoad(htmlScripts(read(html) ?? '').map((s) => s.replace(/^\//, '')), read);
  const shown = [...load.initial, ...load.needed];
  const demand = load.onDemand.map((d) => d.file);
  console.log(`\n${title} (${html})`);
  for (const f of load.initial) line(f, [f]);
  line('loaded when the page opens', load.initial);
  for (const f of load.needed) line(`lazy, needed for an article: ${f}`, [f]);
  const label = 'to show an article with its summary (open + needed lazy)';
  if (target !== undefined) verdict(label, shown, target);
  else line(label, shown);
  console.log('  on demand, only when the reader asks (not in the target):');
  for (const { file, action } of load.onDemand) line(`  ${file} (${action})`, [file]);
  line('  on demand, all together', demand);
  line('with every on-demand chunk too', [...shown, ...demand]);
  return [...shown, ...demand];
}

console.log(`Bundle sizes of ${path.relative(process.cwd(), root) || '.'} (as built, gzip -9; kB = 1000 bytes)`);
const manifest = JSON.parse(read('manifest.json') as string) as {
  background?: { service_worker?: string; scripts?: string[] };
};
const seen = new Set<string>();
const pages = files.filter((f) => f.endsWith('.html'));
for (const html of pages) {
  const name = path.basename(html, '.html');
  const title = name === 'popup' ? 'popup' : name === 'reader' ? 'reader tab' : `page ${name}`;
  for (const f of reportPage(title, html, name === 'popup' ? POPUP_TARGET : undefined)) seen.add(f);
}

const background = [manifest.background?.service_worker ?? [], manifest.background?.scripts ?? []].flat();
// Content scripts are self-contained scripts outside chunks/: registered ones live in
// content-scripts/, the ones the popup injects with executeScript at the root.
const contentScripts = files.filter(
  (f) => f.endsWith('.js') && !f.startsWith('chunks/') && !background.includes(f) && !seen.has(f),
);
console.log('\ncontent scripts (each)');
for (const f of contentScripts) {
  verdict(ON_DEMAND_SCRIPTS[f] ? `${f} (on demand: ${ON_DEMAND_SCRIPTS[f]})` : f, [f], CONTENT_TARGET);
}
const overlay = contentScripts.find((f) => f.endsWith('/overlay.js'));
const overlayTools = contentScripts.filter((f) => ON_DEMAND_SCRIPTS[f]);
if (overlay && overlayTools.length > 0) line('overlay.js with its on-demand scripts (no target)', [overlay, ...overlayTools]);

console.log('\nbackground');
for (const f of background) line(f, [f]);

const other = files.filter((f) => f.endsWith('.js') && !seen.has(f) && !contentScripts.includes(f) && !background.includes(f));
if (other.length > 0) {
  console.log('\nother JavaScript (not reached from a page)');
  for (const f of other) line(f, [f]);
}

console.log('\nfonts (not counted in any target)');
for (const f of files.filter((f) => FONT.test(f))) line(f, [f]);

// Data, not code: each page or overlay reads at most the one list of its article's language.
const lists = files.filter((f) => f.startsWith('stopwords/'));
if (lists.length > 0) {
  const largest = [...lists].sort((a, b) => bytes(b) - bytes(a))[0] as string;
  console.log('\nstop-word lists (text assets read on demand, not counted in any target)');
  line(`${lists.length} lists in stopwords/, all together`, lists);
  line(`largest: ${largest}`, [largest]);
}

console.log(`\n${failed ? 'FAIL: a target is missed' : 'PASS: every target met'}`);
process.exitCode = failed ? 1 : 0;
