import { describe, expect, it, vi } from 'vitest';
import {
  FAILURE_MESSAGES,
  canForce,
  canRetry,
  failureFromInjectionError,
  acceptExtractResult,
  stateFromResult,
  withTimeout,
} from '@/lib/reader-state';
import { ARABIC_ARTICLE } from '../../helpers/sample-article';

// Any well-formed article will do: the tests vary one field of it at a time.
const article = ARABIC_ARTICLE;

describe('stateFromResult', () => {
  it('shows the article of a successful extraction', () => {
    expect(stateFromResult({ ok: true, article })).toEqual({ kind: 'article', article });
  });

  it.each(['restricted-url', 'not-readerable', 'no-article', 'too-large', 'timeout', 'error'] as const)(
    'shows the %s failure as that failure',
    (reason) => {
      expect(stateFromResult({ ok: false, reason })).toEqual({ kind: 'failure', reason });
    },
  );

  it.each([
    ['nothing (the script crashed)', undefined],
    ['null', null],
    ['an unknown reason', { ok: false, reason: 'cosmic-rays' }],
    ['an article without html', { ok: true, article: { ...article, html: undefined } }],
    ['an article with a bad dir', { ok: true, article: { ...article, dir: 'auto' } }],
    ['an article whose url is not text', { ok: true, article: { ...article, url: { href: 'javascript:alert(1)' } } }],
    ['an article whose language is not text', { ok: true, article: { ...article, lang: ['ar'] } }],
    ['an article whose byline is markup in an object', { ok: true, article: { ...article, byline: { __html: '<b>x</b>' } } }],
    ['an article without a word count', { ok: true, article: { ...article, wordCount: '12' } }],
    ['a string', 'ok'],
  ])('shows an error for %s', (_name, value) => {
    expect(stateFromResult(value)).toEqual({ kind: 'failure', reason: 'error' });
  });
});

describe('acceptExtractResult (the trust boundary)', () => {
  it('accepts a failure with a known reason', () => {
    expect(acceptExtractResult({ ok: false, reason: 'timeout' })).toEqual({ ok: false, reason: 'timeout' });
  });

  it('passes the received HTML through unchanged: it is not sanitized again on this side', () => {
    const html = '<p dir="rtl">نص <a href="https://a.com/" rel="noopener noreferrer" target="_blank">رابط</a></p>';
    const accepted = acceptExtractResult({ ok: true, article: { ...article, html } });
    expect(accepted).toEqual({ ok: true, article: { ...article, html } });
  });

  it.each([undefined, null, 'ok', { ok: true }, { ok: 'yes', article }])('refuses %j', (value) => {
    expect(acceptExtractResult(value)).toBeNull();
  });
});

describe('failure actions', () => {
  it.each([
    ['not-readerable', true, false],
    ['no-article', true, false],
    ['restricted-url', false, false],
    ['too-large', false, false],
    ['timeout', false, true],
    ['error', false, true],
  ] as const)('%s: show-anyway %s, retry %s', (reason, force, retry) => {
    expect(canForce(reason)).toBe(force);
    expect(canRetry(reason)).toBe(retry);
  });

  it('has a distinct message for every failure', () => {
    const titles = Object.values(FAILURE_MESSAGES).map((m) => m.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('failureFromInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'restricted-url'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'restricted-url'],
    ['The extensions gallery cannot be scripted.', 'restricted-url'],
    ['Missing host permission for the tab', 'restricted-url'],
    ['No tab with id: 12.', 'restricted-url'],
    ['Something exploded', 'error'],
  ])('maps "%s" to %s', (message, expected) => {
    expect(failureFromInjectionError(message)).toBe(expected);
  });
});

describe('withTimeout', () => {
  it('gives the value when it comes in time', async () => {
    await expect(withTimeout(Promise.resolve(5), 1000)).resolves.toBe(5);
  });

  it('gives a timeout failure when the page never answers', async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise(() => {}), 10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(pending).resolves.toEqual({ ok: false, reason: 'timeout' });
    vi.useRealTimers();
  });
});
