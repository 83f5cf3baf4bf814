// @vitest-environment node -- each test builds its own jsdom page (see ./html.ts)
import { describe, expect, it } from 'vitest';
import { toPlainText } from '@/lib/text/plain-text';
import { bodyOf } from './html';

const text = (html: string) => toPlainText(bodyOf(`<article>${html}</article>`).firstElementChild!);

describe('toPlainText', () => {
  it.each([
    ['puts one blank line between paragraphs', '<p>First paragraph.</p><p>Second paragraph.</p>', 'First paragraph.\n\nSecond paragraph.'],
    ['puts one blank line between a heading and a paragraph', '<h2>Heading</h2><p>Body.</p>', 'Heading\n\nBody.'],
    ['makes each list item a block', '<ul><li>One</li><li>Two</li></ul>', 'One\n\nTwo'],
    ['makes a quote a block', '<p>Before.</p><blockquote>Quoted words.</blockquote><p>After.</p>', 'Before.\n\nQuoted words.\n\nAfter.'],
    ['keeps a <br> as a single line break', '<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['drops a <br> at the end of a paragraph', '<p>Line one<br></p><p>Next.</p>', 'Line one\n\nNext.'],
    ['folds runs of spaces and newlines inside a paragraph', '<p>  Many\n   spaces\there  </p>', 'Many spaces here'],
    ['keeps inline elements in their sentence', '<p>A <strong>bold</strong> and <a href="https://example.com/">linked</a> word.</p>', 'A bold and linked word.'],
    ['skips empty blocks', '<p>One.</p><p> </p><div></div><p>Two.</p>', 'One.\n\nTwo.'],
    ['excludes a figure caption', '<p>Story.</p><figure><img src="https://cdn.example.com/a.jpg" alt="Hall"><figcaption>The restored hall. Photo: Agency</figcaption></figure><p>More.</p>', 'Story.\n\nMore.'],
    ['excludes a caption outside a figure too', '<p>Story.</p><figcaption>Caption</figcaption>', 'Story.'],
    ['keeps a quote a figure wraps, without its caption', '<figure><blockquote>Words that matter.</blockquote><figcaption>Someone</figcaption></figure>', 'Words that matter.'],
    ['leaves out image alt text', '<p>Story <img src="https://cdn.example.com/a.jpg" alt="ALT"> continues.</p>', 'Story continues.'],
    ['separates table cells with tabs and rows with blank lines', '<table><tr><th>Year</th><th>Books</th></tr><tr><td>2016</td><td>52,000</td></tr></table>', 'Year\tBooks\n\n2016\t52,000'],
    ['does not start a row with a tab', '<table><tr><td> </td><td>B</td></tr></table>', 'B'],
    ['keeps the white space of preformatted text', '<pre>x = 1\n  y = 2</pre>', 'x = 1\ny = 2'],
    ['skips scripts, styles and buttons', '<p>Text.</p><script>var x;</script><style>p{}</style><button>Share</button>', 'Text.'],
    ['keeps a sentence the page glued to the next one', '<p>فشلت تركيا في إقناع روسيا بالضغط على الأسد في تركيا.واجتمع الوفدان في موسكو.</p>', 'فشلت تركيا في إقناع روسيا بالضغط على الأسد في تركيا.واجتمع الوفدان في موسكو.'],
    ['keeps Arabic text with its punctuation as it is', '<p>قال الوزير: «الأمر صعب»، وأضاف؟</p>', 'قال الوزير: «الأمر صعب»، وأضاف؟'],
    ['treats a div with text as a block', '<div>One</div><div>Two</div>', 'One\n\nTwo'],
    ['ends a block before a nested block and resumes after it', '<div>Intro<p>Inner.</p>Outro</div>', 'Intro\n\nInner.\n\nOutro'],
  ])('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it('never returns more than one blank line in a row or edge white space', () => {
    const out = text('<div><p> </p><section><h3>A</h3><div><p>B<br><br><br>C</p></div></section><p>\n\n</p></div>');
    expect(out).not.toMatch(/\n{3,}/);
    expect(out).toBe(out.trim());
  });

  it('returns an empty string for a subtree without text', () => {
    expect(text('<figure><img src="https://cdn.example.com/a.jpg" alt=""></figure>')).toBe('');
  });
});
