import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { findStandfirst, restoreStandfirst } from '@/lib/extract/standfirst';
import { chooseTitle } from '@/lib/extract/title';
import { loadFixture, loadHtml, normaliseSpace } from '../../helpers/load-fixture';

const URL = 'https://www.harbourherald.invalid/news/2026/apr/13/eastgate-electric-bus-depot';
const TITLE = "City's first electric bus depot opens as fleet switch speeds up";
const DEK = 'Eastgate depot will charge 60 buses overnight, and the council says every route will be electric by 2030';

const BODY = [
  "The city's first depot built only for electric buses opened on Monday in Eastgate, where 60 single-deckers will be charged overnight and sent out on eleven routes before the morning rush.",
  'The depot replaces a diesel yard that had stood on the site since the 1970s. Its roof carries about 4,000 solar panels, which the operator says will cover roughly a fifth of the power the buses need over a year.',
  'Council leaders said the opening marked the point at which the switch away from diesel "stops being a pilot and becomes the way we run buses". Every route in the city is due to be served by zero-emission vehicles by 2030.',
  'Drivers have been trained on the new vehicles since January. Several said the buses were quieter and smoother to drive, though some worried about range on the longest routes in winter, when heating drains the batteries faster.',
  'Opposition councillors welcomed the depot but questioned whether the 2030 date was realistic, pointing to delays in upgrading the electricity connection at Millbrook. The grid operator said the upgrade was on schedule for next spring.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

/** An English news page: `header` goes between the opening of the story and its body. */
function page(header: string, opts: { head?: string; body?: string } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} | The Harbour Herald</title>${opts.head ?? ''}</head>
<body><main><article class="story">
${header}
<div class="story__body">${opts.body ?? BODY}</div>
</article></main></body></html>`;
}

interface Run {
  doc: Document;
  content: Element;
  inserted: boolean;
  /** The article's blocks as plain text, in order. */
  blocks: string[];
  /** The live page's markup before and after. */
  before: string;
  after: string;
}

/**
 * What the pipeline hands the function: Readability's article element, read from a
 * clone of the page (with the pipeline's serializer), and the untouched live page.
 */
function run(html: string, opts: { title?: string; isVisible?: (el: Element) => boolean } = {}): Run {
  const { doc } = loadHtml(html, URL);
  const before = doc.documentElement.outerHTML;
  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, {
    serializer: (el) => el as Element,
    keepClasses: true,
  }).parse();
  if (!parsed?.content) throw new Error('Readability found no article in the test page');
  const title = opts.title ?? chooseTitle(doc, parsed.title ?? null, parsed.siteName ?? null);
  const inserted = restoreStandfirst(parsed.content, doc, { title, isVisible: opts.isVisible });
  return { doc, content: parsed.content, inserted, blocks: blocksOf(parsed.content), before, after: doc.documentElement.outerHTML };
}

function blocksOf(content: Element): string[] {
  return Array.from(content.querySelectorAll('p, h2, h3, li'))
    .map((el) => normaliseSpace(el.textContent ?? ''))
    .filter(Boolean);
}

function occurrences(haystack: string, needle: string): number {
  return normaliseSpace(haystack).split(normaliseSpace(needle)).length - 1;
}

const DESCRIPTION = `<meta name="description" content="${DEK.replace(', and', ';')}.">`;

describe('restoreStandfirst', { timeout: 60_000 }, () => {
  it('puts back the seed Arabic page’s kicker above the h1 as the first paragraph', () => {
    const fixture = loadFixture('ar-seed-cms');
    const kicker = 'بعدما بدأ عمليات عسكرية لاستعادتها من فصائل مدعومة من تركيا';
    const r = run(fixture.source);
    expect(r.inserted).toBe(true);
    expect(r.blocks[0]).toBe(kicker);
    expect(occurrences(r.content.textContent ?? '', kicker)).toBe(1);
    // The body still follows, whole, and the title was not added.
    expect(r.blocks[1]).toMatch(/^فشلت تركيا، الثلاثاء/);
    expect(r.content.textContent).not.toContain('أنقرة تفشل في إقناع موسكو');
  });

  it('restores an English standfirst that Readability drops with its "header"-classed block', () => {
    const header = `<div class="story__header">
      <p class="story__kicker"><a href="/news/transport">Transport</a></p>
      <h1 class="story__headline">${TITLE}</h1>
      <p class="story__standfirst">${DEK}</p>
      <p class="story__dateline"><time datetime="2026-04-13T07:45">Mon 13 Apr 2026 07.45 BST</time></p>
    </div>
    <div class="share-bar"><a href="https://social.invalid/share">Share on Facebook</a> <a href="mailto:?subject=x">Share via Email</a></div>`;
    const html = page(header);
    const { doc } = loadHtml(html, URL);
    const plain = new Readability(doc).parse();
    expect(plain?.textContent).not.toContain('Eastgate depot will charge'); // the defect being fixed

    const r = run(html);
    expect(r.inserted).toBe(true);
    expect(r.blocks[0]).toBe(DEK);
    expect(r.blocks[1]).toMatch(/^The city's first depot/);
    for (const furniture of ['Transport', 'Mon 13 Apr', 'Share on', TITLE]) expect(r.content.textContent).not.toContain(furniture);
  });

  it('finds the standfirst in a wrapper next to the title wrapper (title in its own div, dek after the byline)', () => {
    const header = `<div class="top">
      <div class="ttl"><h1>${TITLE}</h1></div>
      <div class="by">By Jane Okafor</div>
      <div class="sub"><span>${DEK}.</span></div>
    </div>`;
    const r = run(page(header));
    expect(r.inserted).toBe(true);
    expect(normaliseSpace(r.content.firstElementChild?.textContent ?? '').startsWith(DEK)).toBe(true);
  });

  it('adds nothing when the standfirst is already in the article, and never twice', () => {
    const header = `<h1>${TITLE}</h1><p class="lead">${DEK}.</p>`;
    const r = run(page(header, { head: DESCRIPTION }));
    expect(r.content.textContent).toContain(DEK);
    expect(r.inserted).toBe(false);
    expect(occurrences(r.content.textContent ?? '', DEK)).toBe(1);
  });

  it.each([
    ['a byline and a date', '<p class="byline">By Jane Okafor, Transport Correspondent, and Tom Reyes in Eastgate</p><p><time>Monday 13 April 2026, 07:45 BST</time></p>'],
    ['an unclassed byline of names', '<p>Jane Okafor and Tom Reyes, Transport Correspondents, The Harbour Herald Newsroom</p>'],
    ['a metadata line', '<div>Jane Okafor · Transport · 13 April 2026 · 4 min read</div>'],
    ['a dateline without any year', '<div class="info">Published on Monday morning at the Eastgate depot by our transport desk staff</div>'],
    ['a category label', '<p class="story__kicker"><a href="/news/transport">Transport</a></p>'],
  ])('adds nothing when the header holds only %s', (_name, block) => {
    const r = run(page(`<div class="story__header"><h1>${TITLE}</h1>${block}</div>`));
    expect(r.inserted).toBe(false);
    expect(r.blocks[0]).toMatch(/^The city's first depot/);
  });

  it.each([
    ['a teaser link', '<p><a href="/news/2026/apr/12/fare-freeze">Council approves a fare freeze for the third year running after a long budget row</a></p>'],
    ['a list of teaser links', '<div><a href="/a">Fare freeze approved for a third year after budget row</a> <a href="/b">Drivers accept two-year pay deal as strike is called off</a></div>'],
    ['a "Read more" teaser', '<p>Read more: <a href="/news/2026/apr/12/fare-freeze">Council approves a fare freeze for the third year running</a></p>'],
  ])('adds nothing for %s next to the h1', (_name, block) => {
    const r = run(page(`<div class="story__header"><h1>${TITLE}</h1>${block}</div>`));
    expect(r.inserted).toBe(false);
    expect(r.content.textContent).not.toContain('fare freeze');
  });

  it('adds nothing on a page without an h1 carrying the title, even with a matching description', () => {
    const header = `<div class="story__header"><div class="headline">${TITLE}</div><p>${DEK}</p></div>`;
    const r = run(page(header, { head: DESCRIPTION }));
    expect(r.inserted).toBe(false);
  });

  it('adds nothing when the only h1 is the site name, not the article title', () => {
    const header = `<div class="story__header"><h1>The Harbour Herald</h1><p>${DEK}</p></div>`;
    const r = run(page(header), { title: TITLE });
    expect(r.inserted).toBe(false);
  });

  it.each([
    ['too short for a sentence', 'Sixty buses, eleven routes, one depot'],
    ['written in headline case', 'How Eastgate Will Charge Sixty Electric Buses Overnight Before The Morning Rush'],
  ])('takes a block that is %s only when the page description says the same', (_name, dek) => {
    const header = `<div class="story__header"><h1>${TITLE}</h1><div>${dek}</div></div>`;
    const described = run(page(header, { head: `<meta property="og:description" content="${dek}">` }));
    expect(described.inserted).toBe(true);
    expect(described.blocks[0]).toBe(dek);
    expect(run(page(header)).inserted).toBe(false);
  });

  it('matches a description cut short with an ellipsis', () => {
    const header = `<div class="story__header"><h1>${TITLE}</h1><div>Sixty Buses, Eleven Routes: How The Depot Works And What It Costs The City Each Year</div></div>`;
    const r = run(page(header, { head: '<meta name="description" content="Sixty Buses, Eleven Routes: How The Depot Works And What It Co…">' }));
    expect(r.inserted).toBe(true);
  });

  it('adds nothing when the description matches no element and nothing near the h1 reads like a standfirst', () => {
    const header = `<div class="story__header"><h1>${TITLE}</h1><p class="byline">By Jane Okafor</p>
      <div>How Eastgate Will Charge Sixty Electric Buses Overnight Before The Morning Rush</div></div>`;
    const r = run(page(header, { head: '<meta name="description" content="Read the latest transport news, analysis and comment from the Harbour Herald.">' }));
    expect(r.inserted).toBe(false);
  });

  it.each([
    ['the hidden attribute', `<p hidden>${DEK}</p>`],
    ['an inline display:none', `<p style="display:none">${DEK}</p>`],
    ['a stylesheet rule', `<style>.dek{visibility:hidden}</style><p class="dek">${DEK}</p>`],
    ['a hidden wrapper', `<div aria-hidden="true"><p>${DEK}</p></div>`],
  ])('adds nothing the live page hides (%s)', (_name, block) => {
    const html = page(`<div class="story__header"><h1>${TITLE}</h1>${block}</div>`, { head: DESCRIPTION });
    expect(run(html).inserted).toBe(false);
    // Control: the same block counts once the page is said to show it.
    expect(run(html, { isVisible: () => true }).blocks[0]).toBe(DEK);
  });

  it('asks the caller’s isVisible about the standfirst and its wrappers', () => {
    const header = `<div class="story__header"><h1>${TITLE}</h1><div class="dek-wrap"><p>${DEK}</p></div></div>`;
    const asked: string[] = [];
    const r = run(page(header), {
      isVisible: (el) => {
        asked.push(el.className);
        return !el.classList.contains('dek-wrap');
      },
    });
    expect(r.inserted).toBe(false);
    expect(asked).toContain('dek-wrap');
    expect(run(page(header), { isVisible: () => true }).inserted).toBe(true);
  });

  it('never inserts the title, even repeated with the site name under the h1', () => {
    const header = `<div class="story__header"><h1>${TITLE}</h1><p>${TITLE} – The Harbour Herald transport desk</p></div>`;
    const r = run(page(header));
    expect(r.inserted).toBe(false);
  });

  it('inserts plain text only: the page’s markup inside the standfirst is not copied', () => {
    const header = `<div class="story__header"><h1>${TITLE}</h1>
      <p>Eastgate depot will <em>charge</em> 60 buses overnight &lt;img src=x onerror=alert(1)&gt; and the council says every route will be electric</p></div>`;
    const r = run(page(header));
    expect(r.inserted).toBe(true);
    const first = r.content.querySelector('p')!;
    expect(first.children).toHaveLength(0);
    expect(first.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(r.content.querySelector('em, img[src="x"]')).toBeNull();
  });

  it('leaves the live page exactly as it was', () => {
    const header = `<div class="story__header"><h1>${TITLE}</h1><p>${DEK}</p></div>`;
    const r = run(page(header));
    expect(r.inserted).toBe(true);
    expect(r.after).toBe(r.before);
  });

  it('findStandfirst returns the text without changing the article', () => {
    const { doc } = loadHtml(page(`<div class="story__header"><h1>${TITLE}</h1><p>${DEK}</p></div>`), URL);
    const content = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse()!.content!;
    const html = content.outerHTML;
    expect(findStandfirst(content, doc, { title: TITLE })).toBe(DEK);
    expect(content.outerHTML).toBe(html);
  });
});
