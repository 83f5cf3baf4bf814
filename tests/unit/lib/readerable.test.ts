import { describe, expect, it } from 'vitest';
import { checkReaderable, isHomePageUrl } from '@/lib/extract/readerable';
import { loadHtml } from '../../helpers/load-fixture';

describe('isHomePageUrl', () => {
  it.each([
    'https://news.example.com',
    'https://news.example.com/',
    'https://news.example.com/?utm_source=newsletter',
    'https://news.example.com/#top',
    'https://news.example.com/index.html',
    'https://news.example.com/index.php',
    'https://news.example.com/default.aspx',
    'https://news.example.com/home',
    'https://news.example.com/Index.HTML',
    'https://news.example.com/ar/',
    'https://news.example.com/ar',
    'https://news.example.com/en',
    'https://news.example.com/en/',
    'https://news.example.com/pt-br/',
    'https://news.example.com/zh-hant',
    'https://news.example.com//',
  ])('%s is a home page', (url) => {
    expect(isHomePageUrl(url)).toBe(true);
  });

  it.each([
    'https://news.example.com/news/1',
    'https://news.example.com/ar/news/2026/03/08/story',
    'https://news.example.com/en/world-12345',
    'https://news.example.com/story.html',
    'https://news.example.com/index/2026/story',
    'https://news.example.com/arabic',
    'https://news.example.com/a1',
    'not a url',
  ])('%s is not a home page', (url) => {
    expect(isHomePageUrl(url)).toBe(false);
  });
});

const PARAGRAPH =
  '<p>The council said on Monday that the new depot would let the city run every bus route with electric buses by the end of the decade, and drivers who tested the vehicles said they were quieter and smoother than the diesel fleet they replace.</p>';
const ARTICLE_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Depot</title></head><body><article><h1>Depot</h1>${PARAGRAPH.repeat(6)}</article></body></html>`;
const SHORT_PAGE = '<!DOCTYPE html><html><body><p>Sign in to continue.</p><form><input name="user"></form></body></html>';

const visible = () => true;

describe('checkReaderable', () => {
  it('accepts a long article at an ordinary URL', () => {
    const url = 'https://news.example.com/city/2026/03/08/depot';
    expect(checkReaderable(loadHtml(ARTICLE_PAGE, url).doc, url, visible)).toBe('ok');
  });

  it.each(['chrome://newtab/', 'file:///home/reader/depot.html', 'https://news.example.com/depot.pdf'])(
    'reports a restricted URL before looking at the page: %s',
    (url) => {
      const { doc } = loadHtml(ARTICLE_PAGE, 'https://news.example.com/city/depot');
      expect(checkReaderable(doc, url, visible)).toBe('restricted-url');
    },
  );

  it.each(['https://news.example.com/', 'https://news.example.com/ar/', 'https://news.example.com/index.html'])(
    'never calls a home page readerable, even one holding a long article: %s',
    (url) => {
      expect(checkReaderable(loadHtml(ARTICLE_PAGE, url).doc, url, visible)).toBe('not-readerable');
    },
  );

  it('rejects a page without enough prose', () => {
    const url = 'https://news.example.com/account/login';
    expect(checkReaderable(loadHtml(SHORT_PAGE, url).doc, url, visible)).toBe('not-readerable');
  });

  it('rejects an article whose paragraphs the visibility test says are hidden', () => {
    const url = 'https://news.example.com/city/2026/03/08/depot';
    expect(checkReaderable(loadHtml(ARTICLE_PAGE, url).doc, url, () => false)).toBe('not-readerable');
  });
});

// A wire story of four short paragraphs: below Readability's own bar (no paragraph reaches
// 140 characters, and the whole <article> scores 16.6 of the 20 points needed), so only a
// page that declares one article passes.
const SHORT_STORY = [
  'انتشر خبر خلال الساعات الأخيرة عن إغلاق الطريق الساحلي بسبب الأمطار الغزيرة.',
  'وقالت إدارة المرور إن الطريق سيبقى مغلقا حتى صباح الغد على الأقل.',
  'وأضافت أن فرق الصيانة تعمل على إزالة الحجارة والطين من المسارات الثلاثة، وأن حركة الشاحنات ستحول إلى الطريق الداخلي حتى إشعار آخر.',
  'يذكر أن الطريق أغلق للمرة الثانية هذا الشتاء، بعد أن جرفت السيول جزءا من الجسر القريب من مدخل المدينة الشمالي في يناير الماضي.',
].map((p) => `<p>${p}</p>`).join('');
const shortStoryPage = (head: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>إغلاق الطريق الساحلي</title>${head}</head><body><article><h1>إغلاق الطريق الساحلي</h1>${SHORT_STORY}</article></body></html>`;
const ld = (value: object) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('checkReaderable: short stories', () => {
  const url = 'https://news.example.com/local/2026/01/12/coast-road-closed';

  it.each([
    ['og:type article', '<meta property="og:type" content="article">'],
    ['JSON-LD NewsArticle', ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'إغلاق الطريق الساحلي' })],
    ['JSON-LD BlogPosting in an @type list', ld({ '@context': 'https://schema.org', '@type': ['BlogPosting'], headline: 'x' })],
  ])('accepts a short story on a page that declares an article by %s', (_name, head) => {
    expect(checkReaderable(loadHtml(shortStoryPage(head), url).doc, url, visible)).toBe('ok');
  });

  it.each([
    ['no declaration', ''],
    ['og:type website', '<meta property="og:type" content="website">'],
    [
      'a JSON-LD list of articles (a section page)',
      ld({ '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'x' }] }),
    ],
    [
      'og:type article on a category archive that its JSON-LD calls a CollectionPage',
      '<meta property="og:type" content="article">' +
        ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'CollectionPage', name: 'محليات' }] }),
    ],
    [
      'a JSON-LD @graph of several articles',
      ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'a' }, { '@type': 'NewsArticle', headline: 'b' }] }),
    ],
    [
      'a top-level JSON-LD array of articles',
      ld([{ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'a' }, { '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'b' }]),
    ],
    [
      'a WebPage whose parts are several articles',
      ld({ '@context': 'https://schema.org', '@type': 'WebPage', hasPart: [{ '@type': 'NewsArticle', headline: 'a' }, { '@type': 'NewsArticle', headline: 'b' }] }),
    ],
  ])('keeps Readability\'s bar for a short page with %s', (_name, head) => {
    expect(checkReaderable(loadHtml(shortStoryPage(head), url).doc, url, visible)).toBe('not-readerable');
  });

  it('still rejects a declared article with no more than a line of prose', () => {
    const page = '<!DOCTYPE html><html><head><meta property="og:type" content="article"></head><body><p>Sign in to read this story.</p></body></html>';
    expect(checkReaderable(loadHtml(page, url).doc, url, visible)).toBe('not-readerable');
  });
});
