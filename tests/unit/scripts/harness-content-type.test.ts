import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '@/scripts/harness/content-type';

const utf8 = (s: string) => new TextEncoder().encode(s);
// "عربي" in windows-1256: not valid UTF-8.
const cp1256 = (prefix: string) => new Uint8Array([...utf8(prefix), 0xda, 0xd1, 0xc8, 0xed]);

describe('contentTypeFor', () => {
  it.each([
    ['leaves a page with <meta charset> to its declaration', utf8('<meta charset="utf-8"><p>é</p>'), 'text/html'],
    ['leaves a legacy page with an http-equiv charset to its declaration', cp1256('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'), 'text/html'],
    ['leaves a page with a BOM to the BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>é</p>')]), 'text/html'],
    ['serves an undeclared UTF-8 page as UTF-8', utf8('<p>We’d buy a game</p>'), 'text/html; charset=utf-8'],
    ['leaves undeclared bytes that are not UTF-8 to the browser', cp1256('<p>'), 'text/html'],
  ])('%s', (_name, bytes, expected) => {
    expect(contentTypeFor(bytes)).toBe(expected);
  });
});
