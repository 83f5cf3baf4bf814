import { describe, expect, it } from 'vitest';
import { tabIdFromSearch, uiLocaleFrom } from '@/lib/popup-params';

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=42', 42],
    ['?tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=4x', null],
    ['?tabId=99999999999999999999', null],
  ])('%s gives %s', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});

describe('uiLocaleFrom', () => {
  it('follows the messages in use, even when the browser locale is right-to-left', () => {
    // A Persian browser without a Persian translation shows English strings: no mirroring.
    expect(uiLocaleFrom('en', 'ltr', 'fa', 'rtl')).toEqual({ uiLang: 'en', uiDir: 'ltr' });
  });

  it('mirrors under the Arabic messages', () => {
    expect(uiLocaleFrom('ar', 'rtl', 'en-US', 'ltr')).toEqual({ uiLang: 'ar', uiDir: 'rtl' });
  });

  it('falls back to the browser when the locale messages are missing', () => {
    expect(uiLocaleFrom('', '', 'he', 'rtl')).toEqual({ uiLang: 'he', uiDir: 'rtl' });
  });
});
