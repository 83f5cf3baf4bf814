import { describe, expect, it } from 'vitest';
import { htmlScripts, loadGraph, moduleRefs, resolveRef } from '../../../scripts/lib/bundle-graph';

describe('moduleRefs', () => {
  it.each([
    ['import{a as b,c}from"./shared-1.js";b()', ['./shared-1.js'], []],
    ['import"./side.js";export{x}from"./re.js"', ['./side.js', './re.js'], []],
    ['const m=()=>import("./fr-abc.js");', [], ['./fr-abc.js']],
    ['a=()=>import(`./sanitize-x.js`),b=()=>import(`./${c}.js`)', [], ['./sanitize-x.js']],
    ['var s="import from \'./not-a-chunk.css\'"', [], []],
  ])('finds the chunks %s imports', (code, expectedStatic, expectedDynamic) => {
    expect(moduleRefs(code)).toEqual({ static: expectedStatic, dynamic: expectedDynamic });
  });
});

describe('htmlScripts', () => {
  it('lists module scripts and preloads, not stylesheets', () => {
    const html =
      '<script type="module" crossorigin src="/chunks/popup-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/chunks/reader-2.js">' +
      '<link rel="stylesheet" href="/assets/popup.css">';
    expect(htmlScripts(html)).toEqual(['/chunks/popup-1.js', '/chunks/reader-2.js']);
  });
});

describe('resolveRef', () => {
  it.each([
    ['chunks/popup-1.js', './reader-2.js', 'chunks/reader-2.js'],
    ['chunks/popup-1.js', '/chunks/x.js', 'chunks/x.js'],
    ['chunks/popup-1.js', '../extract.js', 'extract.js'],
  ])('resolves %s → %s as %s', (from, ref, expected) => {
    expect(resolveRef(from, ref)).toBe(expected);
  });
});

describe('loadGraph', () => {
  const files: Record<string, string> = {
    'chunks/popup.js': 'import{a}from"./shared.js";()=>import("./lazy.js")',
    'chunks/shared.js': 'export const a=1;()=>import("./shared.js")',
    'chunks/lazy.js': 'import"./shared.js";import"./lazy-dep.js"',
    'chunks/lazy-dep.js': 'export{}',
  };

  it('separates what loads up front from what loads only through import()', () => {
    const graph = loadGraph(['chunks/popup.js'], (f) => files[f]);
    expect(graph.initial.sort()).toEqual(['chunks/popup.js', 'chunks/shared.js']);
    expect(graph.lazy.sort()).toEqual(['chunks/lazy-dep.js', 'chunks/lazy.js']);
  });

  it('skips files that are not in the output', () => {
    expect(loadGraph(['missing.js'], (f) => files[f])).toEqual({ initial: [], lazy: [] });
  });
});
