// @vitest-environment node -- the sanitizer gets its own jsdom window (see ./html.ts)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import { hostileHtml, startTags } from '../../helpers/hostile-html';
import { page } from './html';

const { win } = page('');
const clean = (html: string | Node): string => sanitizeArticleHtml(html, win);

/** Parses HTML into the body of a fresh inert document, as a renderer would build it. */
function parsed(html: string): HTMLElement {
  return new win.DOMParser().parseFromString(html, 'text/html').body;
}

describe('sanitizeArticleHtml: tags', () => {
  it.each([
    ['script', '<p>Text</p><script>alert(1)</script>'],
    ['style', '<style>p { color: red }</style><p>Text</p>'],
    ['iframe', '<p>Text</p><iframe src="https://example.com/"></iframe>'],
    ['object and embed', '<p>Text</p><object data="x.swf"></object><embed src="x.swf">'],
    ['form and its controls', '<form action="/x"><input name="q"><textarea>t</textarea><select><option>o</option></select><button>b</button></form><p>Text</p>'],
    ['svg', '<p>Text</p><svg><circle r="4"></circle></svg>'],
    ['meta, link and base', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><link rel="stylesheet" href="x.css"><base href="https://evil.example/"><p>Text</p>'],
    ['noscript and template', '<noscript><p>Enable JS</p></noscript><template><p>t</p></template><p>Text</p>'],
    ['title and dialog', '<title>T</title><dialog open>d</dialog><p>Text</p>'],
  ])('removes %s', (_name, html) => {
    const out = parsed(clean(html));
    expect(out.querySelector('script, style, iframe, object, embed, form, input, textarea, select, option, button, svg, meta, link, base, noscript, template, title, dialog')).toBeNull();
    expect(out.textContent).toContain('Text');
  });

  it.each([
    ['paragraphs, headings and emphasis', '<h2>Heading</h2><p>Some <strong>bold</strong> and <em>italic</em> text.</p>'],
    ['lists', '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>'],
    ['a table', '<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2026</td></tr></tbody></table>'],
    ['a figure with a caption', '<figure><img src="https://cdn.example.com/a.jpg" alt="Hall"><figcaption>The hall</figcaption></figure>'],
    ['a quote, code and a line break', '<blockquote><p>Quote<br>line two</p></blockquote><pre><code>x = 1</code></pre>'],
  ])('keeps %s unchanged', (_name, html) => {
    expect(clean(html)).toBe(html);
  });
});

describe('sanitizeArticleHtml: attributes', () => {
  it.each([
    ['event handlers', '<img src="https://cdn.example.com/a.jpg" onerror="alert(1)" onload="alert(2)">', ['onerror', 'onload']],
    ['inline style', '<p style="position:fixed;inset:0">Text</p>', ['style']],
    ['class', '<p class="lead">Text</p>', ['class']],
    ['ping and referrerpolicy', '<a href="https://example.com/" ping="https://track.example/" referrerpolicy="unsafe-url">x</a>', ['ping', 'referrerpolicy']],
    ['tabindex, autofocus and contenteditable', '<p tabindex="1" autofocus contenteditable="true">Text</p>', ['tabindex', 'autofocus', 'contenteditable']],
    ['data attributes', '<p data-track="x" data-src="y">Text</p>', ['data-track', 'data-src']],
  ])('removes %s', (_name, html, attrs) => {
    const out = parsed(clean(html));
    for (const el of Array.from(out.querySelectorAll('*'))) {
      for (const attr of attrs) expect(el.hasAttribute(attr)).toBe(false);
    }
  });

  // dir, lang, width, height, colspan, rowspan and datetime are left out: the current config
  // strips them (ALLOWED_URI_REGEXP is applied to every non-URI-safe attribute; see the issue 2
  // report). They belong in this table once sanitize.ts keeps them.
  it.each([
    ['alt and title on an image', '<img src="https://cdn.example.com/a.jpg" alt="Hall" title="The hall">'],
    ['title on an abbreviation', '<p><abbr title="World Health Organization">WHO</abbr></p>'],
    ['bdi around a name', '<p><bdi>اسم</bdi> said</p>'],
    ['cite on a quote', '<blockquote cite="https://example.com/source"><p>Quote</p></blockquote>'],
  ])('keeps %s', (_name, html) => {
    expect(clean(html)).toBe(html);
  });
});

describe('sanitizeArticleHtml: links and URLs', () => {
  it.each([
    ['https://example.com/story'],
    ['http://example.com/story'],
  ])('opens a link to %s in a new tab with rel="noopener noreferrer"', (href) => {
    const a = parsed(clean(`<a href="${href}">story</a>`)).querySelector('a')!;
    expect(a.getAttribute('href')).toBe(href);
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  });

  it('replaces a page-chosen rel and target with its own', () => {
    const a = parsed(clean('<a href="https://example.com/" rel="opener" target="_parent">x</a>')).querySelector('a')!;
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  });

  it('keeps a mailto link', () => {
    expect(parsed(clean('<a href="mailto:desk@example.com">mail</a>')).querySelector('a')!.getAttribute('href')).toBe('mailto:desk@example.com');
  });

  it.each([[''], ['  ']])('drops an empty href (%j), which would reload the reader page', (href) => {
    const a = parsed(clean(`<p><a href="${href}">story</a></p>`)).querySelector('a')!;
    expect(a.hasAttribute('href')).toBe(false);
    expect(a.textContent).toBe('story');
  });

  it('keeps an in-page link pointing at the prefixed id', () => {
    const out = parsed(clean('<p><a href="#note-1">1</a></p><p id="note-1">Note</p>'));
    expect(out.querySelector('a')!.getAttribute('href')).toBe('#user-content-note-1');
    expect(out.querySelector('p[id]')!.id).toBe('user-content-note-1');
    expect(out.querySelector('a')!.hasAttribute('target')).toBe(false);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
  ])('removes the link target %j', (href) => {
    const a = parsed(clean(`<a href="${href}">x</a>`)).querySelector('a');
    expect(a?.getAttribute('href') ?? null).toBeNull();
  });

  it.each([
    ['data:image/png;base64,iVBORw0KGgo='],
    ['data:image/jpeg;base64,/9j/4AAQ'],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw='],
    ['data:image/webp;base64,UklGRg=='],
  ])('keeps a %s image', (src) => {
    expect(parsed(clean(`<img src="${src}" alt="">`)).querySelector('img')!.getAttribute('src')).toBe(src);
  });

  it.each([
    ['an SVG data: image', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="">', 'img', 'src'],
    ['an HTML data: image', '<img src="data:text/html;base64,PHNjcmlwdD4=" alt="">', 'img', 'src'],
    ['a data: video', '<video src="data:video/mp4;base64,AAAA"></video>', 'video', 'src'],
    ['a data: video poster', '<video src="https://cdn.example.com/v.mp4" poster="data:image/png;base64,iVBORw0KGgo="></video>', 'video', 'poster'],
    ['a javascript: image', '<img src="javascript:alert(1)" alt="">', 'img', 'src'],
    ['a srcset with a data: candidate', '<img src="https://cdn.example.com/a.jpg" srcset="data:image/png;base64,iVBORw0KGgo= 1x" alt="">', 'img', 'srcset'],
  ])('removes %s', (_name, html, selector, attr) => {
    expect(parsed(clean(html)).querySelector(selector)?.getAttribute(attr) ?? null).toBeNull();
  });

  it('keeps an https srcset', () => {
    const set = 'https://cdn.example.com/a-480.jpg 480w, https://cdn.example.com/a-960.jpg 960w';
    expect(parsed(clean(`<img src="https://cdn.example.com/a.jpg" srcset="${set}" alt="">`)).querySelector('img')!.getAttribute('srcset')).toBe(set);
  });
});

describe('sanitizeArticleHtml: input forms and idempotence', () => {
  it('sanitizes a DOM node (the node itself included) the same way as its HTML', () => {
    const html = '<p dir="rtl" onclick="alert(1)">نص <a href="https://example.com/">رابط</a></p><script>alert(2)</script>';
    const node = parsed(`<div>${html}</div>`).firstElementChild!;
    expect(clean(node)).toBe(clean(node.outerHTML));
    expect(clean(node)).not.toMatch(/onclick|script/);
  });

  it.each([
    ['plain article HTML', '<h2>Heading</h2><p dir="rtl" lang="ar">نص <a href="https://example.com/">رابط</a></p>'],
    ['an in-page link and its target', '<p><a href="#n1">1</a></p><p id="n1">Note</p>'],
    ['a named anchor', '<a name="top"></a><p>Text</p>'],
    ['a hostile mix', '<img src=x onerror=alert(1)><a href="javascript:alert(1)" target="_top">x</a><style>*{}</style><p style="x" class="y">t</p>'],
    ['a data: image', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">'],
    ['an is attribute next to an id', '<p id="n1" is="x">Text</p>'],
    ['a removed object unwrapped inside a paragraph', '<p><object>Text</p>'],
    // The parser drops a <pre>'s first newline: a removal in front of it must not leave one.
    ['a comment before a <pre>\'s first newline', '<pre><!--c-->\nfoo</pre>'],
    ['a <meta> before a <pre>\'s first newline', '<pre><meta name="x">\nfoo</pre>'],
    ['a script before a <pre>\'s first newline', '<pre><script>x()</script>\nfoo</pre>'],
  ])('is idempotent on %s', (_name, html) => {
    const once = clean(html);
    expect(clean(once)).toBe(once);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: for any HTML from the shared hostile grammar (tests/helpers/hostile-html.ts),
// the output sanitizes to itself and holds no script, no event handler and no
// javascript: URL.

const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'cite', 'background'];

describe('sanitizeArticleHtml: property', () => {
  // 100 runs (a new seed each run) take about a second on a loaded machine; the timeout leaves
  // room for slower ones.
  it('is idempotent and never yields a script, an event handler or a javascript: URL', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(hostileHtml, (input) => {
        const once = clean(input);
        expect(clean(once)).toBe(once);
        expect(once.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script/i);
        for (const tag of startTags(once)) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
        for (const el of Array.from(parsed(once).querySelectorAll('*'))) {
          expect(el.localName).not.toMatch(/^(script|style|iframe|svg|form|object|embed|template|noscript)$/);
          for (const attr of Array.from(el.attributes)) {
            expect(attr.name).not.toMatch(/^on/i);
            if (URL_ATTRS.includes(attr.name)) {
              // Browsers strip tabs, newlines and control characters before reading a scheme.
              expect(attr.value.replace(/[\s\p{Cc}]/gu, '')).not.toMatch(/javascript:/i);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('sanitizeArticleHtml: what the HTML profile leaves out without a FORBID entry', () => {
  it.each(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'script', 'noscript', 'svg', 'portal', 'title', 'math'])(
    'drops <%s>',
    (tag) => {
      const out = clean(`<p>Text</p><${tag} src="https://x.example/a" href="https://x.example/b">inside</${tag}><p>More</p>`);
      expect(parsed(out).querySelector(tag)).toBeNull();
      expect(out).toContain('Text');
      expect(out).toContain('More');
    },
  );

  it.each(['referrerpolicy', 'ping', 'formaction', 'target', 'srcdoc', 'autofocus', 'contenteditable'])('drops the %s attribute', (attr) => {
    const out = clean(`<p><a href="https://x.example/" ${attr}="x">link</a><img src="https://x.example/i.png" ${attr}="x" alt=""></p>`);
    const body = parsed(out);
    for (const el of body.querySelectorAll('a, img')) {
      if (attr === 'target' && el.localName === 'a') expect(el.getAttribute('target')).toBe('_blank'); // set by us
      else expect(el.hasAttribute(attr)).toBe(false);
    }
  });
});
