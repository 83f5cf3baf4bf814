// @vitest-environment node -- pure arithmetic; no DOM, so no jsdom start-up
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '@/lib/reading-time';

describe('readingMinutes', () => {
  it.each([
    ['English at 987 characters a minute', 987 * 5, 'en', 5],
    ['Arabic more slowly, at 612 characters a minute', 612 * 5, 'ar', 5],
    ['the same Arabic length taking longer than English', 987 * 5, 'ar', 8],
    ['Persian at the Arabic speed', 612 * 3, 'fa', 3],
    ['Urdu at the Arabic speed', 612 * 3, 'ur', 3],
    ['Hebrew at 833 characters a minute', 833 * 4, 'he', 4],
    ['Chinese at 255 characters a minute', 255 * 10, 'zh', 10],
    ['Japanese at 357 characters a minute', 357 * 2, 'ja', 2],
    ['an unknown language at the English speed', 987 * 3, 'xx', 3],
    ['no language at the English speed', 987 * 3, null, 3],
  ])('reads %s', (_name, chars, lang, minutes) => {
    expect(readingMinutes(chars, lang)).toBe(minutes);
  });

  it.each([0, 1, 100, 493])('gives at least one minute, even for %i characters', (chars) => {
    expect(readingMinutes(chars, 'en')).toBe(1);
  });

  it.each([
    [987 * 2 + 493, 2],
    [987 * 2 + 494, 3],
  ])('rounds %i English characters to %i minutes', (chars, minutes) => {
    expect(readingMinutes(chars, 'en')).toBe(minutes);
  });
});
