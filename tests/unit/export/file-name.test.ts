import { describe, expect, it } from 'vitest';
import { fileNameFor } from '@/lib/text/file-name';

describe('fileNameFor', () => {
  it.each([
    ['an English title', 'River town reopens its library', 'md', 'River-town-reopens-its-library.md'],
    ['an Arabic title, kept in Arabic', 'محادثات إدلب تتواصل', 'html', 'محادثات-إدلب-تتواصل.html'],
    ['characters file systems refuse', 'a/b\\c:d*e?f"g<h>i|j', 'md', 'a-b-c-d-e-f-g-h-i-j.md'],
    ['dots that would fake an extension', 'report.pdf.exe', 'md', 'report-pdf-exe.md'],
    ['bidi controls that would disguise the name', 'invoice\u202Etxt.exe', 'md', 'invoice-txt-exe.md'],
    ['an empty title', '   ', 'md', 'article.md'],
    ['a title of punctuation only', '///', 'html', 'article.html'],
  ])('names %s', (_name, title, ext, expected) => {
    expect(fileNameFor(title, ext)).toBe(expected);
  });

  it('stops at a whole word within 80 characters', () => {
    const name = fileNameFor('word '.repeat(40), 'md');
    expect([...name.replace(/\.md$/, '')].length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^word(-word)*\.md$/);
  });

  it('cuts a single over-long word rather than giving up', () => {
    expect(fileNameFor('x'.repeat(200), 'md')).toBe(`${'x'.repeat(80)}.md`);
  });
});
