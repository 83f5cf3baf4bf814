import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** One record of `$BENCH_DIR/xss/payloads.json`. */
export interface Payload {
  id: string;
  source: string;
  title: string;
  payload: string;
}

/**
 * Reads the public XSS corpus from the bench folder (never copied into the project). Where
 * the bench folder is absent (a fresh CI machine), the e2e test falls back to our own short
 * list of classic vectors in `e2e/fixtures/hostile/own-payloads.json`, so the security test
 * always runs; `npm run bench:hostile` needs the full corpus.
 */
export async function loadPayloads(benchDir = process.env.BENCH_DIR ?? '../shared/bench'): Promise<Payload[]> {
  const corpus = resolve(benchDir, 'xss', 'payloads.json');
  return JSON.parse(await readFile(corpus, 'utf8')) as Payload[];
}

/** The public corpus when it is there, else our own vectors (see `loadPayloads`). */
export async function loadPayloadsOrOwn(): Promise<{ payloads: Payload[]; own: boolean }> {
  try {
    return { payloads: await loadPayloads(), own: false };
  } catch {
    const own = resolve(import.meta.dirname, '..', 'fixtures', 'hostile', 'own-payloads.json');
    console.warn(`XSS corpus not found under BENCH_DIR; using ${own}`);
    return { payloads: JSON.parse(await readFile(own, 'utf8')) as Payload[], own: true };
  }
}

/** `"`, `&` and `<` escaped, for a payload that must stay inside a double-quoted attribute. */
export const escAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Positions inside the article body. Many payloads share one page, each inside its own entry:
 * an ordinary paragraph naming the entry, the payload in its position, and a sentinel
 * paragraph (`data-k`) that tells whether the payload swallowed what followed it.
 * `raw` positions paste the payload as is, so quote breakouts (`"><svg onload=…>`) work.
 */
export const BODY_POSITIONS: Record<string, (p: string, k: number) => string> = {
  'body-p': (p) => `<p>The statement said, ${p} and nothing more was added.</p>`,
  'own-block': (p) => `<div>${p}</div>`,
  'pre-code': (p) => `<pre><code>${p}</code></pre>`,
  'figcaption': (p, k) => `<figure><img src="/img/fig-${k}.jpg" alt="Photo ${k}"><figcaption>${p}</figcaption></figure>`,
  'table-cell': (p) => `<table><tr><th>Item</th><th>Note</th></tr><tr><td>${p}</td><td>one</td></tr></table>`,
  'img-src': (p) => `<p>Photo below.</p><img src="${escAttr(p)}" alt="photo">`,
  'img-srcset': (p, k) => `<img src="/img/s-${k}.jpg" srcset="${escAttr(p)} 2x" alt="photo">`,
  'img-alt-raw': (p, k) => `<img src="/img/a-${k}.jpg" alt="${p}">`,
  'img-title-raw': (p, k) => `<img src="/img/t-${k}.jpg" title="${p}" alt="photo">`,
  'img-data-src': (p) => `<img src="/img/placeholder.gif" data-src="${escAttr(p)}" class="lazy" alt="photo">`,
  'picture-source': (p, k) => `<picture><source srcset="${escAttr(p)}" type="image/webp"><img src="/img/p-${k}.jpg" alt="photo"></picture>`,
  'link-href': (p) => `<p>Read <a href="${escAttr(p)}">the full report</a> online.</p>`,
  'link-text': (p) => `<p>Read <a href="/report.html">${p}</a> online.</p>`,
  'link-title-raw': (p) => `<p>Read <a href="/report.html" title="${p}">the report</a> online.</p>`,
  'svg-island': (p) => `<svg width="10" height="10"><text x="1" y="9">${p}</text></svg>`,
  'math-island': (p) => `<p>Formula: <math><mi>x</mi><mtext>${p}</mtext></math></p>`,
  'template': (p) => `<template>${p}</template>`,
  'noscript': (p) => `<noscript>${p}</noscript>`,
  'style': (p) => `<style>.note { color: gray } ${p}</style>`,
  'form-action': (p) => `<form action="${escAttr(p)}" method="post"><input name="q"><button>Send</button></form>`,
  'srcdoc': (p) => `<iframe srcdoc="${escAttr(p)}" width="10" height="10"></iframe>`,
  'attr-breakout': (p) => `<p title="${p}" data-note='${p}'>A quoted remark.</p>`,
};

/** Positions a page has only one of; each page fills all of them, each with another payload. */
export const PAGE_SLOTS = [
  'title', 'og-title', 'twitter-title', 'h1', 'meta-author', 'rel-author', 'byline-class',
  'site-name', 'json-ld-headline', 'json-ld-author', 'meta-refresh', 'base-href',
] as const;
export type PageSlot = (typeof PAGE_SLOTS)[number];

const FILLER = [
  'The council met on Tuesday to discuss the new budget for schools and roads in the district, and residents asked many questions about the plan.',
  'Officials said the work would begin next spring and take about two years, with most of the money going to repairs of older buildings.',
  'Several parents spoke in favour of the proposal, while shop owners on the main street worried about months of closed lanes and lost trade.',
  'The meeting ended late in the evening after a long debate, and a final vote is expected at the next session of the council.',
];
/** Sentences every generated page repeats; removed before looking for a payload's own words. */
export const FILLER_SENTENCES = FILLER;

/** The entry marker that opens entry `k` in the article text. */
export const entryMarker = (k: number): string => `Entry ${k}.`;

/** An article body entry: marker paragraph, the positioned payload, sentinel paragraph. */
export function bodyEntry(position: string, payload: string, k: number): string {
  return `<p>${entryMarker(k)} ${FILLER[0]}</p>\n${BODY_POSITIONS[position]!(payload, k)}\n<p data-k="${k}">${FILLER[3]}</p>\n`;
}

/** A whole article page: head and byline slots (all optional) around a body. */
export function articlePage(slots: Partial<Record<PageSlot, string>>, body: string): string {
  const s = (slot: PageSlot, fallback: string) => slots[slot] ?? fallback;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: s('json-ld-headline', 'Council debates the school and road budget'),
    author: { '@type': 'Person', name: s('json-ld-author', 'Sam Rivera') },
  };
  const head = [
    '<meta charset="utf-8">',
    `<title>${s('title', 'Council debates the school and road budget')}</title>`,
    `<meta property="og:title" content="${escAttr(s('og-title', 'Council debates the school and road budget'))}">`,
    `<meta name="twitter:title" content="${escAttr(s('twitter-title', 'Council debates the budget'))}">`,
    `<meta name="author" content="${escAttr(s('meta-author', 'Sam Rivera'))}">`,
    `<meta property="og:site_name" content="${escAttr(s('site-name', 'The River Gazette'))}">`,
    slots['meta-refresh'] !== undefined ? `<meta http-equiv="refresh" content="0;url=${escAttr(slots['meta-refresh'])}">` : '',
    slots['base-href'] !== undefined ? `<base href="${escAttr(slots['base-href'])}">` : '',
    // JSON.stringify leaves `</script>` alone, as a careless CMS would.
    `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head>
${head}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article>
<h1>${s('h1', 'Council debates the school and road budget')}</h1>
<p class="byline">By <a rel="author" href="/authors/sam">${s('rel-author', 'Sam Rivera')}</a> <span class="byline">${s('byline-class', 'City desk')}</span></p>
${FILLER.map((f) => `<p>${f}</p>`).join('\n')}
${body}
${FILLER.map((f) => `<p>${f}</p>`).join('\n')}
<p data-k="-1">${FILLER[1]}</p>
</article></main>
<footer><p>© The River Gazette</p></footer>
</body></html>`;
}
