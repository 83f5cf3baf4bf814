import { describe, expect, it } from 'vitest';
import { gateVerdict } from '@/scripts/harness/bench-run';
import { median, percentile, tally } from '@/scripts/harness/bench-stats';
import { countClutter } from '@/scripts/harness/clutter-markers';

describe('median and percentile', () => {
  it.each([
    ['the middle value of an odd count', [5, 1, 3], 3],
    ['the mean of the two middle values of an even count', [4, 1, 3, 2], 2.5],
    ['NaN for no values', [], NaN],
  ])('median is %s', (_name, values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('takes the nearest-rank p95, so one slow page in twenty is the p95', () => {
    const values = [...Array.from({ length: 19 }, (_, i) => i + 1), 1000];
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([...values, 2000], 95)).toBe(1000);
  });
});

describe('tally', () => {
  it('counts reasons, most frequent first', () => {
    expect(tally(['timeout', 'no-article', 'timeout'])).toBe('timeout 2, no-article 1');
    expect(tally([])).toBe('none');
  });
});

describe('gateVerdict', () => {
  it.each([
    [{ ok: false, reason: 'not-readerable', ms: 1 }, 'rejected'],
    [{ ok: false, reason: 'restricted-url', ms: 1 }, 'rejected'],
    [{ ok: false, reason: 'no-article', ms: 1 }, 'accepted'],
    [{ ok: false, reason: 'navigation-failed', ms: 0 }, 'unknown'],
  ] as const)('reads %o as %s', (result, expected) => {
    expect(gateVerdict(result)).toBe(expected);
  });
});

describe('countClutter', () => {
  it('counts each marker however often it occurs, spelling variants included', () => {
    const text = 'اقرأ أيضاً: خبر\n\nإقرأ ايضا خبر آخر\n\nالأكثر قراءة\n\n12:30 GMT\n\n© 2020 جميع الحقوق محفوظة';
    expect(countClutter(text)).toEqual({ 'read-also': 2, 'most-read': 1, comment: 0, copyright: 2, GMT: 1 });
  });

  it('finds nothing in plain article text', () => {
    expect(Object.values(countClutter('قال الوزير إن المحادثات ستستمر.')).every((n) => n === 0)).toBe(true);
  });
});
