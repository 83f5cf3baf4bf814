import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import type { SafeHtml } from '@/lib/extract/types';
import { standaloneHtml, type StandaloneSource } from '@/lib/text/standalone-html';

function source(over: Partial<StandaloneSource> = {}): StandaloneSource {
  return {
    title: 'عنوان الخبر',
    byline: 'مراسلنا',
    siteName: 'الموقع',
    url: 'https://news.example.com/a',
    lang: 'ar',
    dir: 'rtl',
    html: '<p>الفقرة الأولى.</p>' as SafeHtml,
    ...over,
  };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('standaloneHtml', () => {
  it('declares the article language and direction on <html>, and UTF-8 first in <head>', () => {
    const out = standaloneHtml(source());
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')).toBe(true);
    const doc = parse(out);
    expect(doc.documentElement.lang).toBe('ar');
    expect(doc.documentElement.dir).toBe('rtl');
    expect(doc.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(out.indexOf('charset')).toBeLessThan(1024);
  });

  it.each([
    ['left-to-right English', { lang: 'en', dir: 'ltr' as const }, 'en', 'ltr'],
    ['an unknown language (no lang attribute)', { lang: null }, '', 'rtl'],
    ['a language tag that is not a tag', { lang: 'ar" onload="x' }, '', 'rtl'],
  ])('handles %s', (_name, over, lang, dir) => {
    const doc = parse(standaloneHtml(source(over)));
    expect(doc.documentElement.getAttribute('lang') ?? '').toBe(lang);
    expect(doc.documentElement.dir).toBe(dir);
    expect(doc.querySelector('main')!.dir).toBe(dir);
  });

  it('writes title, byline and site as text, never as markup', () => {
    const doc = parse(
      standaloneHtml(source({ title: '</title><script>alert(1)</script>', byline: '<img src=x onerror=alert(1)>', siteName: 'A & B' })),
    );
    expect(doc.title).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelector('h1')!.textContent).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelector('.meta')!.textContent).toContain('<img src=x onerror=alert(1)> · A & B');
    expect(doc.querySelectorAll('script, img').length).toBe(0);
  });

  it('links the original page only when it is a web address', () => {
    expect(parse(standaloneHtml(source())).querySelector('.meta a')!.getAttribute('href')).toBe('https://news.example.com/a');
    expect(parse(standaloneHtml(source({ url: 'javascript:alert(1)' }))).querySelector('.meta a')).toBeNull();
  });

  it('keeps the sanitized body exactly as it is', () => {
    const body = '<figure><img src="https://x.test/a.jpg" alt="صورة"><figcaption>تعليق</figcaption></figure><p>نص</p>';
    expect(standaloneHtml(source({ html: body as SafeHtml }))).toContain(body);
  });

  it('forbids scripts in its own policy and carries no script, handler or external style', () => {
    const attack = '<p onclick="x()">a</p><script>x()</script><img src=x onerror="x()"><a href="javascript:x()">b</a><link rel=stylesheet href="https://x.test/s.css">';
    const doc = parse(standaloneHtml(source({ html: sanitizeArticleHtml(attack, window) })));
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(doc.querySelectorAll('script, link, iframe, object, embed, base').length).toBe(0);
    const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(doc.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
