import { describe, expect, it } from 'vitest';
import { fileFrom, readerTabPath, saveRequestFromSearch, searchWithoutSave } from '@/lib/text/export-file';
import { exportFile } from '@/lib/text/export-lazy';
import { ARABIC_ARTICLE } from '../../helpers/sample-article';

const article = ARABIC_ARTICLE;

describe('fileFrom', () => {
  it('names the file after the title and types it by kind', () => {
    const tools = { articleToMarkdown: () => '# md', standaloneHtml: () => '<!DOCTYPE html>' };
    expect(fileFrom(tools, article, 'md', window)).toEqual({ name: 'عنوان-الخبر.md', type: 'text/markdown;charset=utf-8', content: '# md' });
    expect(fileFrom(tools, article, 'html', window)).toEqual({
      name: 'عنوان-الخبر.html',
      type: 'text/html;charset=utf-8',
      content: '<!DOCTYPE html>',
    });
  });

  it('fails loudly when the converter it needs is missing (export tools not injected)', () => {
    expect(() => fileFrom({}, article, 'md', window)).toThrow(/Markdown/);
    expect(() => fileFrom({ articleToMarkdown: () => '' }, article, 'html', window)).toThrow(/HTML/);
  });
});

describe('exportFile (extension pages, lazy converters)', () => {
  it('makes the real Markdown and standalone HTML', async () => {
    expect((await exportFile(article, 'md')).content).toBe('# عنوان الخبر\n\n<https://news.example.com/story>\n\nالفقرة الأولى.\n');
    expect((await exportFile(article, 'html')).content).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
  });
});

describe('reader tab save requests', () => {
  it.each([
    ['?tabId=4&save=md', 'md'],
    ['?tabId=4&save=html', 'html'],
    ['?tabId=4&save=exe', null],
    ['?tabId=4', null],
    ['', null],
  ])('reads %j as %s', (search, kind) => {
    expect(saveRequestFromSearch(search)).toBe(kind);
  });

  it.each([
    ['?tabId=4&save=md', '?tabId=4'],
    ['?save=html', ''],
    ['?tabId=4', '?tabId=4'],
  ])('drops the request from %j', (search, rest) => {
    expect(searchWithoutSave(search)).toBe(rest);
  });

  it('builds the address a popup opens, with the request when there is one', () => {
    expect(readerTabPath(12)).toBe('/reader.html?tabId=12');
    expect(readerTabPath(12, 'html')).toBe('/reader.html?tabId=12&save=html');
    expect(saveRequestFromSearch(readerTabPath(12, 'md').split('?')[1]!)).toBe('md');
  });
});
