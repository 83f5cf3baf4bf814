import { describe, expect, it } from 'vitest';
import type { SafeHtml } from '@/lib/extract/types';
import { articleToMarkdown, type MarkdownSource } from '@/lib/text/markdown';

const RLM = '\u200F';
const LRM = '\u200E';

function source(html: string, over: Partial<MarkdownSource> = {}): MarkdownSource {
  return {
    title: 'A title',
    byline: null,
    siteName: null,
    url: 'https://news.example.com/world/story.html',
    dir: 'ltr',
    html: html as SafeHtml,
    ...over,
  };
}

/** The Markdown of `html` without the title lines (title, address). */
function body(html: string, over: Partial<MarkdownSource> = {}): string {
  return articleToMarkdown(source(html, { title: '', url: 'https://news.example.com/world/story.html', ...over }), window)
    .split('\n\n')
    .slice(1)
    .join('\n\n')
    .trim();
}

describe('articleToMarkdown', () => {
  it('starts with the title, byline and site on one line, and the page address', () => {
    const md = articleToMarkdown(
      source('<p>Body.</p>', { title: 'River town reopens', byline: 'Maya L.', siteName: 'The Courier' }),
      window,
    );
    expect(md).toBe('# River town reopens\n\nMaya L. · The Courier\n\n<https://news.example.com/world/story.html>\n\nBody.\n');
  });

  it('writes a byline that repeats the site name once', () => {
    const md = articleToMarkdown(source('<p>x y z</p>', { byline: 'The Courier', siteName: 'The Courier' }), window);
    expect(md).toContain('\n\nThe Courier\n\n');
    expect(md).not.toContain('·');
  });

  it('escapes Markdown in the title so it stays text', () => {
    const md = articleToMarkdown(source('<p>x</p>', { title: '# 1. [Not] a *link*' }), window);
    expect(md.split('\n')[0]).toBe('# \\# 1. \\[Not\\] a \\*link\\*');
  });

  it('leaves out the address when the page was not on the web', () => {
    expect(articleToMarkdown(source('<p>x</p>', { url: 'file:///tmp/a.html' }), window)).not.toContain('file:');
  });

  it.each([
    ['an image with its caption in italics below', '<figure><img src="/img/a.jpg" alt="Reading room"><figcaption>The raised <b>reading</b> room.</figcaption></figure>', '![Reading room](https://news.example.com/img/a.jpg)\n\n_The raised **reading** room._'],
    ['a figure without caption', '<figure><img src="https://cdn.example.org/b.png" alt=""></figure>', '![](https://cdn.example.org/b.png)'],
    ['an image with a data: source as nothing', '<p>Before</p><img src="data:image/png;base64,AAAA" alt="x"><p>After</p>', 'Before\n\nAfter'],
    ['an alt text with brackets escaped', '<img src="a.jpg" alt="a [b] c">', '![a \\[b\\] c](https://news.example.com/world/a.jpg)'],
    ['a relative link made absolute', '<p>See <a href="../about?x=1">the page</a>.</p>', 'See [the page](https://news.example.com/about?x=1).'],
    ['an in-page link as its words', '<p>See <a href="#user-content-note">note 1</a>.</p>', 'See note 1.'],
    ['a link that repeats its address as an autolink', '<p><a href="https://example.org/">https://example.org/</a></p>', '<https://example.org/>'],
    ['spaces and brackets in an address percent-encoded', '<p><a href="https://example.org/a b(c)">x</a></p>', '[x](https://example.org/a%20b%28c%29)'],
    ['a body h1 as a second-level heading', '<h1>Part one</h1><h3>Detail</h3>', '## Part one\n\n### Detail'],
    ['a bulleted list with one space after the marker', '<ul><li>One</li><li>Two</li></ul>', '- One\n- Two'],
    ['a numbered list from its start value', '<ol start="3"><li>Three</li><li>Four</li></ol>', '3. Three\n4. Four'],
    ['a nested list indented under its item', '<ul><li>One<ul><li>Sub</li></ul></li><li>Two</li></ul>', '- One\n  - Sub\n- Two'],
    ['a quote of two paragraphs', '<blockquote><p>First.</p><p>Second.</p></blockquote>', '> First.\n> \n> Second.'],
    ['a table as a pipe table', '<table><tr><th>City</th><th>Votes</th></tr><tr><td>Cairo</td><td>1 | 2</td></tr></table>', '| City | Votes |\n| --- | --- |\n| Cairo | 1 \\| 2 |'],
    ['a spanning cell padded to the width', '<table><tr><th colspan="2">Both</th></tr><tr><td>a</td><td>b</td></tr></table>', '| Both |  |\n| --- | --- |\n| a | b |'],
    ['a table caption above the table', '<table><caption>Results</caption><tr><td>a</td></tr></table>', 'Results\n\n| a |\n| --- |'],
  ])('writes %s', (_name, html, expected) => {
    expect(body(html)).toBe(expected);
  });

  it('never writes a raw HTML tag for the article body', () => {
    const md = body('<p>a <span>b</span> <sup>2</sup> <mark>c</mark></p><div><section><p>d</p></section></div>');
    expect(md).not.toMatch(/<\/?[a-z]/i);
  });

  describe('direction marks', () => {
    it.each([
      ['an Arabic paragraph that opens with a Latin name gets RLM', 'rtl', '<p>CNN قالت إن الاجتماع انتهى.</p>', `${RLM}CNN قالت إن الاجتماع انتهى.`],
      ['an Arabic paragraph that opens in Arabic stays as written', 'rtl', '<p>قالت CNN إن الاجتماع انتهى.</p>', 'قالت CNN إن الاجتماع انتهى.'],
      ['a paragraph that opens with a number keeps no mark before Arabic', 'rtl', '<p>2024 عام الانتخابات.</p>', '2024 عام الانتخابات.'],
      ['the mark goes after the list marker', 'rtl', '<ul><li>iPhone جديد</li></ul>', `- ${RLM}iPhone جديد`],
      ['the mark goes after the heading marker', 'rtl', '<h2>BBC تقول</h2>', `## ${RLM}BBC تقول`],
      ['an English paragraph that opens with an Arabic word gets LRM', 'ltr', '<p>القاهرة is the capital.</p>', `${LRM}القاهرة is the capital.`],
      ['a block marked dir=auto is left to the viewer', 'rtl', '<p dir="auto">Hello world</p>', 'Hello world'],
      ['a block marked ltr inside an Arabic article keeps its own direction', 'rtl', '<blockquote dir="ltr"><p>Quoted words</p></blockquote>', '> Quoted words'],
    ] as const)('%s', (_name, dir, html, expected) => {
      expect(body(html, { dir })).toBe(expected);
    });

    it('marks an Arabic title that opens with a Latin word', () => {
      const md = articleToMarkdown(source('<p>نص</p>', { title: 'NASA تطلق مسبارا', dir: 'rtl' }), window);
      expect(md.split('\n')[0]).toBe(`# ${RLM}NASA تطلق مسبارا`);
    });

    it('keeps Arabic text intact apart from the marks', () => {
      const html = '<p>أعلنت الحكومة، يوم الأحد، عن خطة جديدة.</p><p>وقال الوزير: «سنبدأ غدا».</p>';
      expect(body(html, { dir: 'rtl' })).toBe('أعلنت الحكومة، يوم الأحد، عن خطة جديدة.\n\nوقال الوزير: «سنبدأ غدا».');
    });
  });
});
