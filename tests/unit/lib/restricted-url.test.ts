// @vitest-environment node -- pure string logic; no DOM, so no jsdom start-up
import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '@/lib/extract/restricted-url';

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://settings/', 'a browser settings page'],
    ['chrome://newtab/', 'the new tab page'],
    ['edge://favorites/', 'an Edge internal page'],
    ['about:blank', 'about:blank'],
    ['about:reader?url=https%3A%2F%2Fexample.com%2F', 'Firefox Reader View itself'],
    ['view-source:https://news.example.com/world/2026/03/story', 'view-source of a news page'],
    ['file:///home/reader/Downloads/story.html', 'a local file'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/reader.html', 'an extension page'],
    ['moz-extension://4b1f0c3e-2d6a-4f7e-9c1b-0a2d3e4f5a6b/reader.html', 'a Firefox extension page'],
    ['https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnop', 'the Chrome Web Store'],
    ['https://chrome.google.com/webstore/detail/some-extension/abcdefghijklmnop', 'the old Chrome Web Store address'],
    ['https://addons.mozilla.org/en-US/firefox/addon/some-extension/', 'Firefox Add-ons'],
    ['https://microsoftedge.microsoft.com/addons/detail/some-extension/abc', 'Edge Add-ons'],
    ['https://news.example.com/reports/annual-report-2025.pdf', 'a PDF'],
    ['https://news.example.com/reports/ANNUAL.PDF', 'a PDF with an upper-case extension'],
    ['data:text/html,<h1>Hi</h1>', 'a data: URL'],
    ['javascript:alert(1)', 'a javascript: URL'],
    ['ftp://files.example.com/story.txt', 'an ftp URL'],
    ['not a url', 'text that is not a URL'],
    ['', 'an empty string'],
  ])('%s is restricted (%s)', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each([
    ['https://news.example.com/world/2026/03/08/story'],
    ['http://news.example.com/world/story.html'],
    ['https://www.example.org/ar/article/12345?utm_source=x#comments'],
    ['https://news.example.com/reports/annual-report.pdf.html'],
    ['https://news.example.com/pdf/story'],
    ['https://chrome.google.com/search?q=webstore'],
    ['https://google.com/webstore'],
    ['https://mozilla.org/firefox/'],
  ])('%s is an ordinary web page', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});
