// @vitest-environment node -- each test builds its own jsdom page (see ./html.ts)
import { describe, expect, it } from 'vitest';
import { restoreLeadImage } from '@/lib/extract/lead-image';
import { bodyOf, page, PAGE_URL } from './html';

const STORY = '<p>The old city library opened its doors again on Saturday, ten years after the fire.</p>';

/** Runs restoreLeadImage for a page (head + body) on an article holding `articleInner`. */
function restored(head: string, body: string, articleInner = STORY): Element {
  const { doc } = page(body, head);
  // Readability's output is a detached element; here, one of a separate document.
  const content = bodyOf(`<div><div id="readability-page-1" class="page">${articleInner}</div></div>`).firstElementChild!;
  restoreLeadImage(content, doc, PAGE_URL);
  return content;
}

const OG = '<meta property="og:image" content="https://cdn.example.com/img/library-hall.jpg?w=1200">';

describe('restoreLeadImage', () => {
  it('puts the page\'s lead image, with its figcaption, at the top of an article that lacks it', () => {
    const content = restored(OG, '<figure><img src="https://cdn.example.com/img/library-hall.jpg" data-x="1"><figcaption> The restored  hall </figcaption></figure>');
    const figure = content.querySelector('#readability-page-1 > figure')!;
    expect(figure).not.toBeNull();
    expect(figure.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example.com/img/library-hall.jpg?w=1200');
    expect(figure.querySelector('figcaption')!.textContent).toBe('The restored hall');
    expect(content.querySelector('#readability-page-1')!.firstElementChild).toBe(figure);
  });

  it.each([
    ['its src', '<img src="https://cdn.example.com/img/library-hall.jpg?w=640">'],
    ['a lazy data-src', '<img src="/blank.gif" data-src="//cdn.example.com/img/library-hall.jpg">'],
    ['a srcset candidate', '<img src="/small.jpg" srcset="/small.jpg 320w, https://cdn.example.com/img/library-hall.jpg 1200w">'],
  ])('adds nothing when the article already shows the image (found by %s)', (_name, img) => {
    const content = restored(OG, `<img src="https://cdn.example.com/img/library-hall.jpg">`, `${img}${STORY}`);
    expect(content.querySelectorAll('img')).toHaveLength(1);
  });

  it('adds nothing when the page does not show the image (a share card only)', () => {
    const content = restored(OG, '<img src="https://cdn.example.com/img/other.jpg">');
    expect(content.querySelector('img')).toBeNull();
  });

  it('matches a file name written as Unicode on the page and percent-encoded in the metadata', () => {
    const encoded = encodeURI('https://cdn.example.com/صور/مكتبة-المدينة.jpg');
    const content = restored(`<meta property="og:image" content="${encoded}">`, '<img src="https://cdn.example.com/صور/مكتبة-المدينة.jpg" alt="المكتبة">');
    const img = content.querySelector('img');
    expect(img).not.toBeNull();
    expect(img!.getAttribute('alt')).toBe('المكتبة');
  });

  it.each([
    ['percent-encoded on the page and Unicode in the metadata', 'https://cdn.example.com/صور/مكتبة المدينة.jpg', encodeURI('https://cdn.example.com/صور/مكتبة المدينة.jpg')],
    ['half-encoded on the page (raw letters, %20 for the space)', 'https://cdn.example.com/صور/مكتبة المدينة.jpg', 'https://cdn.example.com/صور/مكتبة%20المدينة.jpg'],
    ['with a raw space on the page', 'https://cdn.example.com/img/library%20hall.jpg', 'https://cdn.example.com/img/library hall.jpg'],
    ['broken by a line break inside the attribute', 'https://cdn.example.com/img/library-hall.jpg', 'https://cdn.example.com/img/library-\nhall.jpg'],
  ])('matches a file name %s', (_name, metaUrl, pageSrc) => {
    const content = restored(`<meta property="og:image" content="${metaUrl}">`, `<img src="${pageSrc}" alt="lead">`);
    expect(content.querySelector('img')?.getAttribute('alt')).toBe('lead');
  });

  it('does not take an image with the same file name in another folder for the lead image', () => {
    const content = restored(OG, '<img src="https://cdn.example.com/thumbs/library-hall.jpg">');
    expect(content.querySelector('img')).toBeNull();
  });

  it('takes a short caption-classed sibling as the caption', () => {
    const content = restored(OG, '<div><img src="//cdn.example.com/img/library-hall.jpg"></div><div class="image-caption">Photo: the main hall</div>');
    expect(content.querySelector('figcaption')!.textContent).toBe('Photo: the main hall');
  });

  it.each([
    ['no og:image', ''],
    ['a data: og:image', '<meta property="og:image" content="data:image/png;base64,iVBORw0KGgo=">'],
  ])('does nothing for %s', (_name, head) => {
    const content = restored(head, '<img src="/img/library-hall.jpg">');
    expect(content.querySelector('img')).toBeNull();
  });
});
