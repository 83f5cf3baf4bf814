import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeTextFile, parseSummaryArgs, summarizeFile } from '@/scripts/lib/summary-cli';

describe('parseSummaryArgs', () => {
  it.each([
    [['a.txt'], { files: ['a.txt'] }],
    [['--sentences', '2', 'a.txt', 'b.txt'], { sentences: 2, files: ['a.txt', 'b.txt'] }],
    [['--sentences=4', '--lang=ar', 'a.txt'], { sentences: 4, lang: 'ar', files: ['a.txt'] }],
    [['--lang', 'en-GB', 'a.txt', '--sentences', '1'], { sentences: 1, lang: 'en-GB', files: ['a.txt'] }],
    [['--sentences', 'many', 'a.txt'], { files: ['a.txt'] }],
    [['--', '--odd-name.txt'], { files: ['--odd-name.txt'] }],
    [['--verbose', 'a.txt'], { files: ['a.txt'] }],
  ])('parses %j', (argv, expected) => {
    expect(parseSummaryArgs(argv)).toEqual(expected);
  });
});

describe('decodeTextFile', () => {
  it.each([
    ['drops a byte-order mark', '\uFEFFنص', 'نص'],
    ['turns CRLF into LF', 'one.\r\ntwo.', 'one.\ntwo.'],
    ['turns a lone CR into LF', 'one.\rtwo.', 'one.\ntwo.'],
    ['keeps plain text unchanged', 'one.\n\ntwo.', 'one.\n\ntwo.'],
  ])('%s', (_name, raw, expected) => {
    expect(decodeTextFile(raw)).toBe(expected);
  });
});

describe('summarizeFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summary-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('summarizes a UTF-8 file with a BOM and CRLF line endings', async () => {
    const file = join(dir, 'article.txt');
    writeFileSync(
      file,
      '\uFEFFفشلت تركيا في إقناع روسيا بالضغط على الأسد لسحب الجيش.\r\nواجتمع الوفدان الروسي والتركي في موسكو لليوم الثاني.\r\n',
    );
    const line = await summarizeFile(file, { sentences: 1 });
    expect(line).toEqual({
      file,
      lang: 'ar',
      summary: ['فشلت تركيا في إقناع روسيا بالضغط على الأسد لسحب الجيش.'],
    });
  });

  it('reports the language it was given as its primary subtag', async () => {
    const file = join(dir, 'english.txt');
    writeFileSync(file, 'The talks ended without an agreement on Tuesday.');
    expect(await summarizeFile(file, { lang: 'en-US' })).toMatchObject({ lang: 'en' });
  });

  it('turns a missing file into an error line instead of throwing', async () => {
    const file = join(dir, 'missing.txt');
    const line = await summarizeFile(file, {});
    expect(line).toMatchObject({ file });
    expect('error' in line && line.error.length > 0).toBe(true);
  });
});
