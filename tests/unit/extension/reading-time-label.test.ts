import { describe, expect, it } from 'vitest';
import { formatMinutes, pluralCategory, readingTimeKey } from '@/lib/reading-time-label';

describe('readingTimeKey', () => {
  it.each([
    [1, 'en', 'reader.readingTime.one'],
    [3, 'en', 'reader.readingTime.other'],
    [1, 'ar', 'reader.readingTime.one'],
    [2, 'ar', 'reader.readingTime.two'],
    [3, 'ar', 'reader.readingTime.few'],
    [11, 'ar', 'reader.readingTime.many'],
    [100, 'ar', 'reader.readingTime.other'],
  ])('%i minutes in %s use %s', (minutes, locale, key) => {
    expect(readingTimeKey(minutes, locale)).toBe(key);
  });
});

describe('pluralCategory', () => {
  it('falls back to English rules for a malformed locale', () => {
    expect(pluralCategory(2, 'not a locale!')).toBe('other');
  });
});

describe('formatMinutes', () => {
  it('writes the number the way the locale does', () => {
    expect(formatMinutes(12, 'en')).toBe('12');
    expect(formatMinutes(12, 'ar-EG')).toBe('١٢');
  });
});
