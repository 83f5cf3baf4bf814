import path from 'node:path/posix';

// Minified ES chunks from Vite/Rollup: `import{a as b}from"./x.js"`, `import"./y.js"`,
// `export{c}from"./z.js"`; lazy ones are `import("./w.js")` or import(`./w.js`).
const STATIC_REF = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
// Minifiers may write the specifier of `import()` as a template literal.
const DYNAMIC_REF = /\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g;
const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']([^"']+)["']/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/gi;

function matches(pattern: RegExp, text: string): string[] {
  return Array.from(text.matchAll(pattern), (m) => m[1] as string);
}

/** The chunks a minified ES module imports, statically and with `import()`, as written. */
export function moduleRefs(code: string): { static: string[]; dynamic: string[] } {
  return { static: [...new Set(matches(STATIC_REF, code))], dynamic: [...new Set(matches(DYNAMIC_REF, code))] };
}

/** The scripts an HTML page loads up front: `<script src>` and `<link rel=modulepreload>`. */
export function htmlScripts(html: string): string[] {
  return [...new Set([...matches(SCRIPT_SRC, html), ...matches(MODULE_PRELOAD, html)])];
}

/** A reference from file `from` (a path relative to the output root) as a root-relative path. */
export function resolveRef(from: string, ref: string): string {
  if (ref.startsWith('/')) return path.normalize(ref.slice(1));
  return path.normalize(path.join(path.dirname(from), ref));
}

/** What a page or module loads: `initial` up front, `lazy` only through `import()`. */
export interface LoadGraph {
  initial: string[];
  lazy: string[];
}

/**
 * Follows imports from `entries` (root-relative paths) through `read` (the code of a file):
 * the static closure is loaded up front; chunks reached only through `import()` (and their
 * own static imports) are lazy. Unknown files are skipped, not fatal.
 */
export function loadGraph(entries: readonly string[], read: (file: string) => string | undefined): LoadGraph {
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, into: Set<string>, pending: string[]) => {
    if (initial.has(file) || into.has(file)) return;
    const code = read(file);
    if (code === undefined) return;
    into.add(file);
    const refs = moduleRefs(code);
    for (const ref of refs.static) visit(resolveRef(file, ref), into, pending);
    for (const ref of refs.dynamic) pending.push(resolveRef(file, ref));
  };
  const pending: string[] = [];
  for (const entry of entries) visit(entry, initial, pending);
  while (pending.length > 0) visit(pending.shift() as string, lazy, pending);
  return { initial: [...initial], lazy: [...lazy].filter((f) => !initial.has(f)) };
}

/**
 * Lazy chunks that load only when the reader asks for something (a button press), by the
 * name Vite gives a chunk (its module's file name), with the action that loads them. Any
 * other lazy chunk counts as needed to show an article: a chunk missing from this table is
 * counted against the target, never hidden from it.
 */
export const ON_DEMAND_CHUNKS: ReadonlyArray<{ name: string; action: string }> = [
  { name: 'markdown', action: 'Copy as Markdown, Download .md' },
  { name: 'standalone-html', action: 'Download .html' },
  { name: 'speaker', action: 'Read aloud' },
  { name: 'speech-chunks', action: 'Read aloud' },
  { name: 'find-text-range', action: 'Read aloud' },
];

/** The module name of a built chunk: `chunks/speech-chunks-BkIO0Bqo.js` → `speech-chunks`. */
export function chunkName(file: string): string {
  return path.basename(file).replace(/-[A-Za-z0-9_-]{8}\.js$/, '').replace(/\.js$/, '');
}

/** What a page loads: up front, lazily to show an article, and only on demand (with why). */
export interface PageLoad {
  initial: string[];
  /** Lazy chunks the page fetches by itself to show an article (with its summary). */
  needed: string[];
  /** Lazy chunks fetched only when the reader presses something, with that action. */
  onDemand: Array<{ file: string; action: string }>;
}

/**
 * Splits a page's lazy chunks into those it needs to show an article and those that wait
 * for an action (`onDemand`, matched by chunk name). A chunk imported only by on-demand
 * chunks is on demand too; one that anything needed also reaches is needed.
 */
export function pageLoad(
  entries: readonly string[],
  read: (file: string) => string | undefined,
  onDemand: ReadonlyArray<{ name: string; action: string }> = ON_DEMAND_CHUNKS,
): PageLoad {
  const { initial } = loadGraph(entries, read);
  const actionOf = (file: string) => onDemand.find((c) => c.name === chunkName(file))?.action;
  const dynamicOf = (file: string) => {
    const code = read(file);
    return code === undefined ? [] : moduleRefs(code).dynamic.map((ref) => resolveRef(file, ref));
  };
  /** Static closure of `start` beyond `known`, plus the dynamic targets met on the way. */
  const closure = (start: string, known: Set<string>) => {
    const { initial: files } = loadGraph([start], (f) => (known.has(f) ? undefined : read(f)));
    return { files, dynamic: files.flatMap(dynamicOf) };
  };

  const loaded = new Set(initial);
  const needed = new Set<string>();
  const waiting: Array<{ file: string; action: string }> = [];
  const queue = initial.flatMap(dynamicOf);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (loaded.has(file) || read(file) === undefined) continue;
    const action = actionOf(file);
    if (action !== undefined) {
      waiting.push({ file, action });
      continue;
    }
    const { files, dynamic } = closure(file, loaded);
    for (const f of files) {
      loaded.add(f);
      needed.add(f);
    }
    queue.push(...dynamic);
  }

  const demand = new Map<string, string>();
  while (waiting.length > 0) {
    const { file, action } = waiting.shift() as { file: string; action: string };
    if (loaded.has(file) || demand.has(file) || read(file) === undefined) continue;
    const { files, dynamic } = closure(file, new Set([...loaded, ...demand.keys()]));
    for (const f of files) demand.set(f, action);
    for (const d of dynamic) waiting.push({ file: d, action: actionOf(d) ?? action });
  }
  return {
    initial,
    needed: [...needed],
    onDemand: [...demand].map(([file, action]) => ({ file, action })),
  };
}
