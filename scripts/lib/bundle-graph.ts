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
