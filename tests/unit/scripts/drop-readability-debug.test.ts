// @vitest-environment node -- reads a file and runs a string transform
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dropReadabilityDebug } from '../../../scripts/lib/drop-readability-debug';
import { loadHtml } from '../../helpers/load-fixture';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

describe('dropReadabilityDebug (build plugin for the content script)', () => {
  const out = dropReadabilityDebug(source);

  it('marks every debug log call pure and leaves no reason string behind', () => {
    expect(out.match(/this\.log\(/g)?.length).toBe(source.match(/this\.log\(/g)?.length);
    expect(out).not.toMatch(/(?<!@__PURE__ \*\/ )this\.log\(/);
    expect(out).not.toMatch(/errs\.push\(\s*`/);
    expect(out.match(/errs\.push\(0\)/g)?.length).toBe(source.match(/errs\.push\(/g)?.length);
  });

  it('still gives a working Readability that reads the same article', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${'<p>The council voted on Tuesday to reopen the old library, which had been closed for ten years after a fire, and residents welcomed the news.</p>'.repeat(6)}<div><img src="a.jpg"><img src="b.jpg"></div></article></body></html>`;
    type ReadabilityClass = new (doc: Document) => { parse(): { textContent: string } | null };
    const run = (code: string) => {
      const module: { exports: unknown } = { exports: {} };
      new Function('module', 'exports', code)(module, module.exports);
      const Readability = module.exports as ReadabilityClass;
      return new Readability(loadHtml(html, 'https://news.example.com/a').doc).parse()?.textContent;
    };
    expect(run(out)).toBe(run(source));
    expect(run(out)).toContain('reopen the old library');
  });
});
