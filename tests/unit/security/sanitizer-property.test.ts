// @vitest-environment node -- the sanitizer gets its own jsdom window (see ../lib/html.ts)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import { hostileHtml, startTags } from '../../helpers/hostile-html';
import { page } from '../lib/html';

const { win } = page('');
const clean = (html: string): string => sanitizeArticleHtml(html, win);

const TEXT_ATTRS = new Set(['alt', 'title', 'is']);
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'cite', 'background', 'data']);

describe('sanitizeArticleHtml: property over generated hostile HTML', () => {
  it('is idempotent and never yields script, an on… handler, a javascript: URL or a data: URL outside an image', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(hostileHtml, (input) => {
        const once = clean(input);
        expect(clean(once)).toBe(once);
        const tagsOnly = once.replace(/="[^"]*"/g, '=""');
        expect(tagsOnly).not.toMatch(/<script/i);
        for (const tag of startTags(once)) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
        const body = new win.DOMParser().parseFromString(once, 'text/html').body;
        for (const el of Array.from(body.querySelectorAll('*'))) {
          expect(el.localName).not.toMatch(/^(script|style|iframe|svg|form|object|embed|template|noscript|title|input|button|textarea)$/);
          for (const attr of Array.from(el.attributes)) {
            expect(attr.name).not.toMatch(/^on/i);
            // Browsers strip whitespace and control characters before reading a scheme.
            const value = attr.value.replace(/[\s\p{Cc}]/gu, '');
            // Text attributes (alt, title, `is`) may say anything; every other value may be a URL.
            if (!TEXT_ATTRS.has(attr.name)) expect(value).not.toMatch(/^(javascript|vbscript):/i);
            if (URL_ATTRS.has(attr.name) && /^data:/i.test(value)) {
              expect(`${el.localName}[${attr.name}]`).toBe('img[src]');
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
