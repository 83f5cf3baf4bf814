import { describe, expect, it } from 'vitest';
import { autoOpenBlock, dismissKey, isHomePage, type AutoOpenContext } from '@/lib/auto-open';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const base: AutoOpenContext = {
  url: 'https://news.example.com/2024/05/story-slug',
  settings: { ...DEFAULT_SETTINGS, autoSites: ['example.com'] },
  isTopFrame: true,
  navigationType: 'navigate',
  dismissed: false,
};

describe('autoOpenBlock', () => {
  it('lets the overlay open on an article page of a chosen site', () => {
    expect(autoOpenBlock(base)).toBeNull();
  });

  it.each<[string, Partial<AutoOpenContext>, string]>([
    ['inside a frame', { isTopFrame: false }, 'frame'],
    ['after back/forward navigation', { navigationType: 'back_forward' }, 'back-forward'],
    ['after the user closed it on this page', { dismissed: true }, 'dismissed'],
    ['on a browser page', { url: 'chrome://settings' }, 'restricted'],
    ['on the site home page', { url: 'https://news.example.com/' }, 'home-page'],
    ['on a site nobody chose', { url: 'https://other.org/2024/story' }, 'not-enabled'],
    ['on a look-alike host', { url: 'https://example.com.evil.net/2024/story' }, 'not-enabled'],
  ])('stays closed %s', (_name, change, reason) => {
    expect(autoOpenBlock({ ...base, ...change })).toBe(reason);
  });

  it('opens on a reload', () => {
    expect(autoOpenBlock({ ...base, navigationType: 'reload' })).toBeNull();
  });
});

describe('isHomePage', () => {
  it.each([
    ['https://example.com', true],
    ['https://example.com/', true],
    ['https://example.com/?utm_source=x', true],
    ['https://example.com/index.html', true],
    ['https://example.com/ar/', true],
    ['https://example.com/en-us', true],
    ['https://example.com/news/2024/story', false],
    ['https://example.com/article?id=5', false],
    ['not a url', false],
  ])('%s is a home page: %s', (url, expected) => {
    expect(isHomePage(url)).toBe(expected);
  });
});

describe('dismissKey', () => {
  it('ignores the fragment, so jumping within the page keeps the overlay closed', () => {
    expect(dismissKey('https://a.com/s#comments')).toBe(dismissKey('https://a.com/s'));
  });

  it('differs between pages', () => {
    expect(dismissKey('https://a.com/one')).not.toBe(dismissKey('https://a.com/two'));
  });
});
