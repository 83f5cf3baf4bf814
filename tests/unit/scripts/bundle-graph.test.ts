import { describe, expect, it } from 'vitest';
import { chunkName, htmlScripts, loadGraph, moduleRefs, pageLoad, resolveRef } from '../../../scripts/lib/bundle-graph';

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

describe('chunkName', () => {
  it.each([
    ['chunks/speech-chunks-BkIO0Bqo.js', 'speech-chunks'],
    ['chunks/markdown-la0m6APL.js', 'markdown'],
    ['chunks/find-text-range-CZBcq_gz.js', 'find-text-range'],
    ['extract.js', 'extract'],
  ])('names %s %s', (file, name) => {
    expect(chunkName(file)).toBe(name);
  });
});

describe('pageLoad', () => {
  const onDemand = [
    { name: 'markdown', action: 'Copy as Markdown' },
    { name: 'speaker', action: 'Read aloud' },
  ];
  const files: Record<string, string> = {
    'chunks/popup-AAAAAAAA.js':
      'import"./shared-BBBBBBBB.js";()=>import("./markdown-CCCCCCCC.js");()=>import("./speaker-DDDDDDDD.js");()=>import("./sanitize-EEEEEEEE.js")',
    'chunks/shared-BBBBBBBB.js': 'export{}',
    'chunks/markdown-CCCCCCCC.js': 'import"./turndown-FFFFFFFF.js";import"./common-GGGGGGGG.js"',
    'chunks/turndown-FFFFFFFF.js': 'export{}',
    'chunks/speaker-DDDDDDDD.js': 'import"./common-GGGGGGGG.js";()=>import("./voices-HHHHHHHH.js")',
    'chunks/voices-HHHHHHHH.js': 'export{}',
    'chunks/sanitize-EEEEEEEE.js': 'import"./common-GGGGGGGG.js"',
    'chunks/common-GGGGGGGG.js': 'export{}',
  };
  const load = pageLoad(['chunks/popup-AAAAAAAA.js'], (f) => files[f], onDemand);

  it('counts every lazy chunk the page fetches by itself as needed, with what it imports', () => {
    expect(load.initial.sort()).toEqual(['chunks/popup-AAAAAAAA.js', 'chunks/shared-BBBBBBBB.js']);
    expect(load.needed.sort()).toEqual(['chunks/common-GGGGGGGG.js', 'chunks/sanitize-EEEEEEEE.js']);
  });

  it('lists chunks behind a button apart, with the action, and what only they import', () => {
    expect(load.onDemand.sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: 'chunks/markdown-CCCCCCCC.js', action: 'Copy as Markdown' },
      { file: 'chunks/speaker-DDDDDDDD.js', action: 'Read aloud' },
      { file: 'chunks/turndown-FFFFFFFF.js', action: 'Copy as Markdown' },
      { file: 'chunks/voices-HHHHHHHH.js', action: 'Read aloud' },
    ]);
  });

  it('counts a lazy chunk against the target when no on-demand entry names it', () => {
    const strict = pageLoad(['chunks/popup-AAAAAAAA.js'], (f) => files[f], []);
    expect(strict.onDemand).toEqual([]);
    expect(strict.needed).toHaveLength(6);
  });
});
