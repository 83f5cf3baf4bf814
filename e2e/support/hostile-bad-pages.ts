import type { HostilePage } from './hostile-server';

/** A strange page and the reasons the popup may rightly show for it. */
export interface BadPage {
  name: string;
  /** Served at `/bad/<slug>` unless `url` points elsewhere (about:, data:, chrome:). */
  page?: HostilePage;
  url?: string;
  /** What the popup may show: `article` or a failure reason. */
  expect: string[];
  /** The tab never finishes loading, so do not wait for `load`. */
  loading?: boolean;
  /** Milliseconds allowed before the reason shows; 3 s unless a known defect says otherwise. */
  withinMs?: number;
}

const PARAGRAPH =
  'The council met on Tuesday to discuss the new budget for schools and roads in the district, and residents asked many questions about the plan and its cost.';

const article = (paragraphs: number, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council budget</title>${head}</head><body><article><h1>Council budget</h1>${'<p>' + PARAGRAPH + '</p>'.repeat(1)}${Array.from({ length: paragraphs - 1 }, (_, i) => `<p>${i + 2}. ${PARAGRAPH}</p>`).join('')}</article></body></html>`;

/** Encodes `text` as windows-1256 bytes (the table is read off the platform's own decoder). */
function windows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(Array.from(text, (ch) => table.get(ch) ?? 0x3f));
}

const ARABIC_PARAGRAPH =
  'افتتحت البلدية يوم الثلاثاء المكتبة العامة بعد عامين من أعمال الترميم، وحضر الافتتاح عدد كبير من السكان والطلاب الذين انتظروا عودة قاعة المطالعة الكبيرة.';

/**
 * Scripts that replace the built-ins a page-world sanitizer or extractor would lean on
 * (brave-ios #2904 broke a reader through `String.prototype.replace`).
 */
const HIJACK = `<script>
  String.prototype.replace = function () { return 'HIJACKED'; };
  String.prototype.trim = function () { return 'HIJACKED'; };
  Array.prototype.map = function () { throw new Error('map hijacked'); };
  Array.prototype.forEach = function () { throw new Error('forEach hijacked'); };
  Array.prototype.filter = function () { return []; };
  Array.prototype.indexOf = function () { return -1; };
  Array.prototype.push = function () { return 0; };
  Array.from = function () { return []; };
  JSON.parse = function () { throw new Error('JSON hijacked'); };
  JSON.stringify = function () { return '"HIJACKED"'; };
  window.JSON = { parse: JSON.parse, stringify: JSON.stringify };
  Node.prototype.cloneNode = function () { return document.createTextNode('HIJACKED'); };
  const realCreate = document.createElement;
  document.createElement = function () { throw new Error('createElement hijacked'); };
  Element.prototype.querySelectorAll = function () { return []; };
  window.getComputedStyle = function () { throw new Error('getComputedStyle hijacked'); };
</script>`;

/** Every strange page of issue 5 that a local server or a browser URL can show. */
export function badPages(): BadPage[] {
  const deep = `<!DOCTYPE html><html><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}<p>${PARAGRAPH}</p>${'</div>'.repeat(5000)}</body></html>`;
  const manyNodes = `<!DOCTYPE html><html><head><title>Many nodes</title></head><body><article><h1>Many nodes</h1>${Array.from({ length: 12_500 }, (_, i) => `<div><p><span>${i}</span> <b>word</b></p></div>`).join('')}</article></body></html>`;
  const fiveMb = `<!DOCTYPE html><html><head><title>Huge</title></head><body><article><h1>Huge</h1>${`<p>${PARAGRAPH}</p>`.repeat(Math.ceil(5_000_000 / (PARAGRAPH.length + 7)))}</article></body></html>`;
  const arabic = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="windows-1256"><title>افتتاح المكتبة</title></head><body><article><h1>افتتاح المكتبة العامة</h1>${Array.from({ length: 6 }, () => `<p>${ARABIC_PARAGRAPH}</p>`).join('')}</article></body></html>`;
  const svg = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="5" y="20">${PARAGRAPH}</text></svg>`;
  const xml = `<?xml version="1.0"?><news><item><title>Council budget</title><body>${PARAGRAPH.repeat(5)}</body></item></news>`;
  const pdf = '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
  return [
    { name: 'an empty document', page: { body: '' }, expect: ['not-readerable'] },
    { name: 'a text-only document', page: { body: `${PARAGRAPH}\n\n`.repeat(8), contentType: 'text/plain; charset=utf-8' }, expect: ['not-readerable', 'article'] },
    { name: 'a frameset', page: { body: '<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/bad/article"><frame src="/bad/article"></frameset></html>' }, expect: ['not-readerable'] },
    { name: 'an article inside a same-origin iframe', page: { body: '<!DOCTYPE html><html><head><title>Framed</title></head><body><p>Loading the story…</p><iframe src="/bad/article" width="600" height="400"></iframe></body></html>' }, expect: ['not-readerable'] },
    // Above the pipeline's element cap (40,000 since 03830a7): refused before any work.
    { name: 'a 50,000-node page', page: { body: manyNodes }, expect: ['too-large'] },
    { name: '5,000-deep nesting', page: { body: deep }, expect: ['not-readerable', 'article'] },
    { name: '5 MB of text', page: { body: fiveMb }, expect: ['too-large'] },
    { name: 'a page still loading', page: { body: article(6), holdAfter: article(6).length - 40 }, loading: true, expect: ['article'] },
    { name: 'a page whose scripts overwrite built-ins', page: { body: article(6, HIJACK) }, expect: ['article'] },
    { name: 'a windows-1256 encoded Arabic page', page: { body: windows1256(arabic), contentType: 'text/html; charset=windows-1256' }, expect: ['article'] },
    { name: 'an SVG document', page: { body: svg, contentType: 'image/svg+xml' }, expect: ['not-readerable'] },
    { name: 'an XML document', page: { body: xml, contentType: 'application/xml' }, expect: ['not-readerable'] },
    { name: 'a PDF', page: { body: pdf, contentType: 'application/pdf' }, expect: ['restricted-url', 'not-readerable'] },
    { name: 'about:blank', url: 'about:blank', expect: ['restricted-url'] },
    { name: 'a data: URL', url: `data:text/html,${encodeURIComponent(article(6))}`, expect: ['restricted-url'] },
    { name: 'a chrome:// page', url: 'chrome://version/', expect: ['restricted-url'] },
    { name: 'the web store', url: 'https://chromewebstore.google.com/detail/x', expect: ['restricted-url'] },
  ];
}

/** The plain article the frameset and the iframe page load. */
export const FRAMED_ARTICLE = article(6);
/** The Arabic paragraph of the windows-1256 page, to check it was decoded right. */
export const ARABIC_SAMPLE = ARABIC_PARAGRAPH.slice(0, 30);
