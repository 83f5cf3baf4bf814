// @vitest-environment node -- each test builds its own jsdom page (see ./html.ts)
import { describe, expect, it } from 'vitest';
import { postClean } from '@/lib/extract/post-clean';
import { bodyOf } from './html';

const TITLE = 'Old city library reopens after ten years';

const EN = [
  'The old city library opened its doors again on Saturday, ten years after a fire closed the reading rooms and destroyed part of the manuscript collection.',
  'Volunteers spent three winters cataloguing what survived, and the restored hall now holds more than forty thousand books, maps and letters.',
  'The director said the library would stay open late on weekdays so that students and workers could use it after their classes and shifts.',
];
const AR = [
  'أعادت مكتبة المدينة القديمة فتح أبوابها يوم السبت بعد عشر سنوات من حريق أغلق قاعات القراءة وأتلف جزءا من المخطوطات.',
  'وأمضى متطوعون ثلاثة فصول شتاء في فهرسة ما نجا من الحريق، وتضم القاعة المرممة الآن أكثر من أربعين ألف كتاب وخريطة ورسالة.',
  'وقال المدير إن المكتبة ستبقى مفتوحة حتى ساعة متأخرة في أيام الأسبوع ليتمكن الطلاب والعمال من استخدامها.',
];

const paragraphs = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');

/** Runs postClean on a Readability-like wrapper holding `inner` and returns the wrapper. */
function cleaned(inner: string, title = TITLE): Element {
  const content = bodyOf(`<div id="readability-page-1" class="page">${inner}</div>`).firstElementChild!;
  postClean(content, { title });
  return content;
}

/** The text of each remaining leaf block, in order. */
function blockTexts(content: Element): string[] {
  return Array.from(content.querySelectorAll('p, li, h1, h2, h3, h4, div, span'))
    .filter((el) => !el.querySelector('p, li, h1, h2, h3, h4, div'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('postClean: trailing teasers', () => {
  it.each([
    ['an English "Read more:" link', '<p>Read more: <a href="/culture/museum">City museum plans a new wing</a></p>'],
    ['an Arabic "اقرأ أيضا:" link', '<p>اقرأ أيضا: <a href="/culture/museum">المتحف يخطط لجناح جديد</a></p>'],
    ['an Arabic "اقرأ أيضاً" teaser without a colon', '<p>اقرأ أيضاً <a href="/culture/museum">المتحف يخطط لجناح جديد</a></p>'],
    ['a "Related" heading and its link list', '<h3>Related stories</h3><ul><li><a href="/a">Museum wing</a></li><li><a href="/b">Park reopens</a></li></ul>'],
    ['an advertisement label', '<div>Advertisement</div>'],
    ['an "إعلان" label', '<div>إعلان</div>'],
    ['a list of links', '<div><a href="/a">Museum wing plans</a> <a href="/b">Park reopens to visitors</a></div>'],
  ])('removes %s at the end of the story', (_name, tail) => {
    const texts = [...EN, ...AR];
    const content = cleaned(`${paragraphs(texts)}${tail}`);
    expect(blockTexts(content)).toEqual(texts);
  });

  it('keeps a "Read more" sentence in the middle of the story', () => {
    const texts = [EN[0]!, 'Read more: the council published the full report on its website this morning.', EN[1]!, EN[2]!];
    expect(blockTexts(cleaned(paragraphs(texts)))).toEqual(texts);
  });
});

describe('postClean: empty blocks, repeated title, edges', () => {
  it('removes empty paragraphs, divs and list items but keeps an image-only figure', () => {
    const content = cleaned(
      `<p>${EN[0]}</p><p> </p><div><span></span></div><p>${EN[1]}</p><ul><li> </li></ul><figure><img src="/hall.jpg" alt=""></figure><p>${EN[2]}</p>`,
    );
    expect(blockTexts(content)).toEqual(EN);
    expect(content.querySelector('figure img')).not.toBeNull();
    expect(content.querySelectorAll('p')).toHaveLength(3);
    expect(content.querySelector('ul, li')).toBeNull();
  });

  it.each([
    ['an h1', `<h1>${TITLE}</h1>`],
    ['an h2 with different case and punctuation', `<h2>${TITLE.toUpperCase()}!</h2>`],
    ['a leading paragraph', `<p>${TITLE}</p>`],
  ])('removes the title repeated as %s at the top', (_name, head) => {
    expect(blockTexts(cleaned(`${head}${paragraphs(EN)}`))).toEqual(EN);
  });

  it('keeps a heading that only resembles the title', () => {
    const texts = ['Why the library matters', ...EN];
    expect(blockTexts(cleaned(`<h2>${texts[0]}</h2>${paragraphs(EN)}`))).toEqual(texts);
  });

  it.each([
    ['an English byline', '<p>By Jane Doe</p>'],
    ['a publication date', '<p>Published: March 8, 2026</p>'],
    ['a bare date', '<div>8 March 2026, 10:45</div>'],
    ['an Arabic byline', '<p>بقلم: سارة أحمد</p>'],
    ['an Arabic update line', '<p>آخر تحديث: 8 مارس 2026</p>'],
    ['a section label', '<div>Topics:</div>'],
    ['a view counter', '<span>1,204</span>'],
  ])('removes %s among the first blocks', (_name, head) => {
    expect(blockTexts(cleaned(`${head}${paragraphs([...EN, ...AR])}`))).toEqual([...EN, ...AR]);
  });

  it('removes a dateline among the last blocks', () => {
    expect(blockTexts(cleaned(`${paragraphs([...EN, ...AR])}<p>Updated: 9 March 2026</p>`))).toEqual([...EN, ...AR]);
  });

  it('keeps a date line in the middle of a long story', () => {
    // Past the first four blocks and before the last two: not an edge.
    const texts = [...EN, ...AR, 'Published: March 8, 2026', ...EN.map((t) => t.replace('library', 'archive'))];
    expect(blockTexts(cleaned(paragraphs(texts)))).toEqual(texts);
  });
});

describe('postClean: prose is left alone', () => {
  it.each([
    ['the word "close" in a sentence', 'The talks came close to collapse twice before the council agreed to pay for the roof.'],
    ['the word "close" in its own span inside a sentence', 'The talks came <span>close</span> to collapse twice before the council agreed to pay.'],
    ['a paragraph that starts with "Close"', 'Close to two thousand people queued in the rain on Saturday morning to see the reading room.'],
    ['a sentence mentioning an advertisement', 'An advertisement in the local paper asked residents to return borrowed books without a fine.'],
    ['a sentence with a year in it', 'The fire of 2016 destroyed the east wing, and the rebuilding started only in 2021.'],
  ])('keeps %s exactly as it was', (_name, sentence) => {
    const content = cleaned(`<p>${EN[0]}</p><p>${sentence}</p><p>${EN[1]}</p><p>${EN[2]}</p>`);
    expect(content.querySelectorAll('p')[1]!.innerHTML).toBe(sentence);
  });

  it('removes a lone "Close" button label left from a pop-up', () => {
    expect(blockTexts(cleaned(`${paragraphs(EN.slice(0, 2))}<div>Close</div>${paragraphs(EN.slice(2))}`))).toEqual(EN);
  });

  it('removes Readability wrapper ids and the classes inside the wrapper', () => {
    const content = cleaned(`<div class="story-body"><p class="lead">${EN[0]}</p>${paragraphs(EN.slice(1))}</div>`);
    expect(content.hasAttribute('id')).toBe(false);
    expect(content.querySelector('[class]')).toBeNull();
  });
});

describe('postClean: blocks that become leaves, and symbol-only lines', () => {
  it('removes a byline that becomes a leaf once its "Copy link" child is gone', () => {
    const content = cleaned(`<div><div>By Jane Doe<p>Copy link</p></div></div>${paragraphs(EN)}`);
    expect(blockTexts(content)).toEqual(EN);
  });

  it.each([['🔥🔥🔥'], ['👇👇'], ['• • •']])('removes a line of only symbols or emoji: %s', (line) => {
    const content = cleaned(`${paragraphs(EN.slice(0, 2))}<p>${line}</p>${paragraphs(EN.slice(2))}`);
    expect(blockTexts(content)).toEqual(EN);
  });
});
