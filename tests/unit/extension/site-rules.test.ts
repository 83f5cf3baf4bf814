import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import {
  autoModeMatchPatterns,
  findMatchingRule,
  hostMatchesRule,
  hostOf,
  isAutoEnabledFor,
  matchPatternsForRule,
  siteRuleFor,
} from '@/lib/site-rules';

describe('hostMatchesRule', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['news.example.com', 'example.com', true],
    ['a.b.example.com', 'example.com', true],
    ['EXAMPLE.com', 'example.COM', true],
    ['example.com.', 'example.com', true],
    ['example.com.evil.net', 'example.com', false],
    ['notexample.com', 'example.com', false],
    ['example.co', 'example.com', false],
    ['com', 'example.com', false],
    ['example.com', 'news.example.com', false],
    ['', 'example.com', false],
    ['example.com', '', false],
  ])('host %s against rule %s is %s', (host, rule, expected) => {
    expect(hostMatchesRule(host, rule)).toBe(expected);
  });
});

describe('findMatchingRule', () => {
  const rules = ['example.com', 'aljazeera.net'];

  it.each([
    ['https://news.example.com/2024/story', 'example.com'],
    ['http://example.com/a', 'example.com'],
    ['https://www.aljazeera.net/news/1', 'aljazeera.net'],
    // The rule's name elsewhere in the URL never counts: only the parsed host does.
    ['https://evil.net/?next=https://example.com/', null],
    ['https://evil.net/example.com/story', null],
    ['https://example.com.evil.net/story', null],
    ['https://user:example.com@evil.net/', null],
    ['ftp://example.com/file', null],
    ['not a url', null],
  ])('finds the rule for %s: %s', (url, expected) => {
    expect(findMatchingRule(url, rules)).toBe(expected);
  });
});

describe('siteRuleFor', () => {
  it.each([
    ['https://www.example.com/a/b', 'example.com'],
    ['https://news.example.com/a', 'news.example.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['chrome://extensions', null],
    ['file:///home/a.html', null],
  ])('the rule created on %s is %s', (url, expected) => {
    expect(siteRuleFor(url)).toBe(expected);
  });
});

describe('hostOf', () => {
  it('lower-cases the host and drops a trailing dot', () => {
    expect(hostOf('https://News.Example.COM./x')).toBe('news.example.com');
  });
});

describe('match patterns', () => {
  it('covers the host and its subdomains over http and https', () => {
    expect(matchPatternsForRule('example.com')).toEqual(['https://*.example.com/*', 'http://*.example.com/*']);
  });

  it('uses the exact host for an IP address, where a wildcard means nothing', () => {
    expect(matchPatternsForRule('127.0.0.1')).toEqual(['https://127.0.0.1/*', 'http://127.0.0.1/*']);
  });

  it('registers for every site when all sites are on, whatever the site list says', () => {
    expect(autoModeMatchPatterns({ ...DEFAULT_SETTINGS, autoAllSites: true, autoSites: ['a.com'] })).toEqual([
      'https://*/*',
      'http://*/*',
    ]);
  });

  it('registers for nothing by default', () => {
    expect(autoModeMatchPatterns(DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('isAutoEnabledFor', () => {
  it.each([
    [{ autoSites: ['example.com'], autoAllSites: false }, 'https://m.example.com/a', true],
    [{ autoSites: ['example.com'], autoAllSites: false }, 'https://other.org/a', false],
    [{ autoSites: [], autoAllSites: true }, 'https://other.org/a', true],
    [{ autoSites: [], autoAllSites: true }, 'chrome://newtab', false],
  ])('with %o, %s is %s', (partial, url, expected) => {
    expect(isAutoEnabledFor(url, { ...DEFAULT_SETTINGS, ...partial })).toBe(expected);
  });
});
