// @vitest-environment node -- each test builds its own jsdom page (see ./html.ts)
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract-article';
import { preClean } from '@/lib/extract/pre-clean';
import { STOPPED_CLOCK } from '../../helpers/load-fixture';
import { page, PAGE_URL } from './html';

const STORY = [
  'أعادت مكتبة المدينة القديمة فتح أبوابها يوم السبت بعد عشر سنوات من حريق أغلق قاعات القراءة وأتلف جزءا من المخطوطات النادرة.',
  'وأمضى متطوعون ثلاثة فصول شتاء في فهرسة ما نجا من الحريق، وتضم القاعة المرممة الآن أكثر من أربعين ألف كتاب وخريطة ورسالة.',
  'وقال المدير إن المكتبة ستبقى مفتوحة حتى ساعة متأخرة في أيام الأسبوع ليتمكن الطلاب والعمال من استخدامها بعد الدوام.',
  'The director said the library would stay open late on weekdays so that students and workers could use it after their shifts.',
  'Volunteers spent three winters cataloguing what survived, and the restored hall now holds more than forty thousand books.',
];
const STORY_HTML = STORY.map((t) => `<p>${t}</p>`).join('');

/** Runs preClean on a page with `body` and returns the cleaned document. */
function cleaned(body: string): Document {
  const { doc } = page(body);
  preClean(doc);
  return doc;
}

/**
 * Runs the whole pipeline (forced) on a page with `body` and returns its article as a
 * document: the finer furniture rules run on Readability's chosen block (post-clean), so
 * what the reader removes is judged on what it shows.
 */
function extracted(body: string): Document {
  const { doc } = page(body);
  const result = extractArticle(doc, { url: PAGE_URL, force: true, now: STOPPED_CLOCK });
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  return page(result.article.html).doc;
}

function hasText(doc: Document, text: string): boolean {
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').includes(text);
}

function expectStoryKept(doc: Document): void {
  for (const p of STORY) expect(hasText(doc, p)).toBe(true);
}

const LINKS = (titles: string[]) => titles.map((t, i) => `<li><a href="/news/${i}">${t}</a></li>`).join('');

describe('the reader removes page furniture around the story', () => {
  it.each([
    [
      'a comment form',
      '<form id="commentform" action="/comment"><h3>أضف تعليق</h3><label>الاسم</label><input name="n"><textarea name="c"></textarea><button>إرسال</button></form>',
      'أضف تعليق',
    ],
    [
      'a most-read aside',
      `<aside><h3>الأكثر قراءة</h3><ul>${LINKS(['ارتفاع أسعار الذهب في الأسواق', 'افتتاح معرض الكتاب الدولي', 'فوز المنتخب في المباراة'])}</ul></aside>`,
      'ارتفاع أسعار الذهب',
    ],
    [
      'a "Most read" list in a plain div',
      `<div><h2>Most read</h2><ul>${LINKS(['Gold prices climb again', 'Book fair opens its doors', 'National team wins the final'])}</ul></div>`,
      'Gold prices climb again',
    ],
    [
      'a share bar',
      '<div class="share-bar"><a href="https://facebook.example/share">Facebook</a> <a href="https://x.example/share">X</a> <span>شارك المقال</span></div>',
      'Facebook',
    ],
    ['the site navigation', `<nav><ul>${LINKS(['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة'])}</ul></nav>`, 'اقتصاد'],
    ['a role=navigation menu', `<div role="navigation"><ul>${LINKS(['Home', 'World', 'Business'])}</ul></div>`, 'Business'],
    ['the site footer', '<footer><p>جميع الحقوق محفوظة © 2026 صحيفة المثال</p><a href="/about">من نحن</a></footer>', 'من نحن'],
    ['an "إعلان" ad label', '<div>إعلان</div>', 'إعلان'],
    ['an "Advertisement" ad label', '<span>Advertisement</span>', 'Advertisement'],
    ['a search box', '<div role="search"><input type="search"><span>ابحث في الموقع</span></div>', 'ابحث في الموقع'],
    ['a newsletter sign-up by class', '<div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p></div>', 'morning briefing'],
  ])('removes %s', (_name, furniture, marker) => {
    const doc = extracted(`<main><article><h1>افتتاح المكتبة</h1>${STORY_HTML}</article></main>${furniture}`);
    expect(hasText(doc, marker)).toBe(false);
    expectStoryKept(doc);
  });

  it.each([
    [
      'a most-read aside next to the article',
      `<aside><h3>الأكثر قراءة</h3><ul>${LINKS(['ارتفاع أسعار الذهب في الأسواق', 'افتتاح معرض الكتاب الدولي'])}</ul></aside>`,
      'ارتفاع أسعار الذهب',
    ],
    ['a share bar after the article', '<div class="social-share"><a href="https://facebook.example/share">Facebook</a> <a href="https://x.example/share">X</a></div>', 'Facebook'],
    ['an ad label between paragraphs', '<div>إعلان</div>', 'إعلان'],
  ])('removes %s even inside <main>', (_name, furniture, marker) => {
    const doc = extracted(`<main><article><h1>افتتاح المكتبة</h1>${STORY_HTML}</article>${furniture}</main>`);
    expect(hasText(doc, marker)).toBe(false);
    expectStoryKept(doc);
  });

  it('removes scripts, styles, iframes and form controls', () => {
    const doc = cleaned(
      `<article>${STORY_HTML}<script>var x = 1;</script><style>p{color:red}</style><iframe src="https://ads.example/x"></iframe><select><option>1</option></select></article>`,
    );
    expect(doc.querySelector('script, style, iframe, select')).toBeNull();
    expectStoryKept(doc);
  });

  it.each([
    ['اقرأ أيضا: <a href="/news/9">المتحف يخطط لجناح جديد</a>', 'المتحف يخطط'],
    ['Read more: <a href="/news/9">Museum plans a new wing</a>', 'Museum plans'],
  ])('removes an inline "read also" teaser inside the story: %s', (teaser, marker) => {
    const doc = extracted(`<article>${STORY.slice(0, 2).map((t) => `<p>${t}</p>`).join('')}<p>${teaser}</p>${STORY.slice(2).map((t) => `<p>${t}</p>`).join('')}</article>`);
    expect(hasText(doc, marker)).toBe(false);
    expectStoryKept(doc);
  });
});

describe('preClean keeps what belongs to the story', () => {
  it('keeps a footer inside the article that holds the byline', () => {
    const doc = cleaned(`<article><h1>افتتاح المكتبة</h1>${STORY_HTML}<footer><p>Reporting by Jane Doe; editing by Omar Saleh</p></footer></article><footer><a href="/about">About us</a></footer>`);
    expect(hasText(doc, 'Reporting by Jane Doe')).toBe(true);
    expect(hasText(doc, 'About us')).toBe(false);
  });

  it('keeps a pull-quote aside inside the article', () => {
    const quote = '"We waited ten years for this room," said one reader.';
    const doc = cleaned(`<article>${STORY.slice(0, 2).map((t) => `<p>${t}</p>`).join('')}<aside><blockquote>${quote}</blockquote></aside>${STORY.slice(2).map((t) => `<p>${t}</p>`).join('')}</article>`);
    expect(hasText(doc, quote)).toBe(true);
  });

  it('keeps the article of an ASP.NET-style page wrapped entirely in one form', () => {
    const doc = cleaned(
      `<form id="form1" method="post" action="./story.aspx"><input type="hidden" name="__VIEWSTATE" value="x"><nav><a href="/">Home</a> <a href="/world">World</a></nav><div id="content"><h1>افتتاح المكتبة</h1>${STORY_HTML}</div></form>`,
    );
    expectStoryKept(doc);
    expect(doc.querySelector('h1')?.textContent).toBe('افتتاح المكتبة');
    expect(doc.querySelector('nav')).toBeNull();
  });

  it('keeps a page header that holds the story heading and standfirst', () => {
    const doc = cleaned(`<header><h1>افتتاح المكتبة</h1><p>بعد عشر سنوات من الحريق</p></header><article>${STORY_HTML}</article>`);
    expect(doc.querySelector('h1')?.textContent).toBe('افتتاح المكتبة');
  });

  it('removes a site header with a logo heading and a menu', () => {
    const doc = cleaned(`<header><h1><a href="/">صحيفة المثال</a></h1><nav><ul>${LINKS(['سياسة', 'اقتصاد'])}</ul></nav></header><article>${STORY_HTML}</article>`);
    expect(hasText(doc, 'صحيفة المثال')).toBe(false);
    expectStoryKept(doc);
  });

  it('keeps a container whose class looks like furniture when it holds the story', () => {
    const doc = extracted(`<div class="main-content sidebar-layout">${STORY_HTML}</div><div class="sidebar"><p>Weather: sunny</p></div>`);
    expectStoryKept(doc);
    expect(hasText(doc, 'Weather: sunny')).toBe(false);
  });

  it('keeps a story that only mentions furniture words in its prose', () => {
    const texts = ['Most read books this year were about cooking, the librarian said, and the list surprised everyone on the board.', ...STORY];
    const doc = cleaned(`<article>${texts.map((t) => `<p>${t}</p>`).join('')}</article>`);
    for (const t of texts) expect(hasText(doc, t)).toBe(true);
  });
});
