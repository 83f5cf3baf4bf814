import TurndownService from 'turndown';
import { parseDir } from '@/lib/extract/direction';
import type { Article, TextDirection } from '@/lib/extract/types';

/** What the Markdown export reads from an article. */
export type MarkdownSource = Pick<Article, 'title' | 'byline' | 'siteName' | 'url' | 'dir' | 'html'>;

const RLM = '\u200F';
const LRM = '\u200E';
// The first strong letter decides a plain-text paragraph's direction (Unicode bidi rules
// P2/P3), which is what editors and most Markdown viewers do with a block that has no `dir`.
const FIRST_LETTER = /\p{L}/u;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Blocks that become their own Markdown paragraph and can carry a direction mark.
const MARKABLE = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'BLOCKQUOTE']);
const MARK_ATTR = 'data-safi-bidi';

/**
 * Markdown has no `dir`. A block whose first letter runs against its real direction (an
 * Arabic paragraph that opens with "CNN", an English one that opens with an Arabic name)
 * would flip in a viewer that guesses from the first letter, so it gets U+200F (RLM) or
 * U+200E (LRM) in front of its text. Every other block is left exactly as written, so the
 * export stays searchable; blocks the page marked `dir="auto"` are left to the viewer.
 */
function markDirections(root: Element, articleDir: TextDirection): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const handled = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!FIRST_LETTER.test(value)) continue;
    let block = node.parentElement;
    while (block && block !== root && !MARKABLE.has(block.tagName)) block = block.parentElement;
    if (!block || block === root || handled.has(block)) continue;
    // Only the first letter of a block decides; later text nodes of the same block are not.
    handled.add(block);
    const dirHost = block.closest('[dir]');
    const declared = dirHost && root.contains(dirHost) ? dirHost.getAttribute('dir') : null;
    if (declared?.trim().toLowerCase() === 'auto') continue;
    const mark = directionMark(value, parseDir(declared) ?? articleDir);
    if (mark) block.setAttribute(MARK_ATTR, mark);
  }
}

/** RLM or LRM when text starting with `text`'s first letter would otherwise read against `dir`. */
function directionMark(text: string, dir: TextDirection): string {
  const letter = FIRST_LETTER.exec(text)?.[0];
  if (!letter) return '';
  const letterDir: TextDirection = RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
  if (letterDir === dir) return '';
  return dir === 'rtl' ? RLM : LRM;
}

function markOf(node: Node): string {
  return (node as Element).getAttribute?.(MARK_ATTR) ?? '';
}

/** An absolute http(s) or mailto URL for `href`, or null for anything that would not work outside the page. */
function absoluteUrl(href: string | null, base: string): string | null {
  if (!href || href.startsWith('#')) return null;
  try {
    const url = new URL(href, base);
    return /^(https?|mailto):$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function destination(url: string): string {
  // Spaces and brackets would end the destination early; percent-encoding keeps it one token.
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function oneLine(s: string): string {
  return s.replace(/\s*\n+\s*/g, ' ').trim();
}

function tableCell(service: TurndownService, cell: Element): string {
  return oneLine(service.turndown(cell as HTMLElement)).replace(/\|/g, '\\|');
}

/** A GFM pipe table: rows of the table itself (not nested ones), spans padded with empty cells. */
function pipeTable(service: TurndownService, table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  const grid = rows.map((tr) =>
    Array.from(tr.children)
      .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
      .flatMap((c) => {
        const span = Math.min(Math.max(Number(c.getAttribute('colspan')) || 1, 1), 50);
        return [tableCell(service, c), ...Array<string>(span - 1).fill('')];
      }),
  ).filter((cells) => cells.length > 0);
  if (grid.length === 0) return '';
  const width = Math.max(...grid.map((r) => r.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  const [head, ...body] = grid;
  const caption = table.querySelector('caption');
  const title = caption && caption.closest('table') === table ? `${oneLine(service.turndown(caption as HTMLElement))}\n\n` : '';
  return `\n\n${title}${line(head!)}\n${line(Array<string>(width).fill('---'))}\n${body.map(line).join('\n')}\n\n`.replace(/\n\n\n/g, '\n\n');
}

function createService(baseUrl: string): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.remove(['script', 'style', 'noscript', 'template', 'button']);
  service.addRule('paragraph', {
    filter: 'p',
    replacement: (content, node) => `\n\n${markOf(node)}${content.trim()}\n\n`,
  });
  // The title is the document's only level-1 heading; the body's own h1s become h2.
  service.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const level = Math.max(2, Number(node.nodeName.charAt(1)));
      const text = oneLine(content);
      return text ? `\n\n${'#'.repeat(level)} ${markOf(node)}${text}\n\n` : '';
    },
  });
  service.addRule('blockquote', {
    filter: 'blockquote',
    replacement: (content, node) => {
      const body = `${markOf(node)}${content.replace(/^\n+|\n+$/g, '')}`;
      return `\n\n${body.replace(/^/gm, '> ')}\n\n`;
    },
  });
  // One space after the marker, continuation lines indented to the text.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start'));
        const index = Array.prototype.indexOf.call(parent.children, node) as number;
        prefix = `${(Number.isFinite(start) && parent.hasAttribute('start') ? start : 1) + index}. `;
      }
      const text = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?!$)/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${markOf(node)}${text.trimEnd()}${node.nextSibling ? '\n' : ''}`;
    },
  });
  // A figure is its image, then its caption as an emphasised line of its own.
  service.addRule('figure', {
    filter: 'figure',
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content, node) => {
      const text = oneLine(content);
      return text ? `\n\n${markOf(node)}_${text}_\n\n` : '';
    },
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const el = node as Element;
      const src = absoluteUrl(el.getAttribute('src'), baseUrl);
      if (!src || src.startsWith('mailto:')) return '';
      const alt = oneLine(el.getAttribute('alt') ?? '').replace(/([\\[\]])/g, '\\$1');
      return `![${alt}](${destination(src)})`;
    },
  });
  // Links resolve against the page, so they still work in a file; in-page and script links
  // keep their words only.
  service.addRule('link', {
    filter: 'a',
    replacement: (content, node) => {
      const href = absoluteUrl((node as Element).getAttribute('href'), baseUrl);
      const text = content.trim();
      if (!href) return content;
      if (!text) return '';
      return text === href ? `<${href}>` : `[${text}](${destination(href)})`;
    },
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (_content, node) => pipeTable(service, node as Element),
  });
  return service;
}

function escapeLine(service: TurndownService, s: string): string {
  return service.escape(oneLine(s));
}

/**
 * The article as Markdown: `# title`, a line with byline and site, the page address, then
 * the body. Figures become an image with its caption in italics below it; tables become
 * pipe tables; links and images are absolute. Pure: `win` only parses the sanitized HTML
 * into an inert document (nothing loads, nothing runs).
 */
export function articleToMarkdown(article: MarkdownSource, win: Window): string {
  const parsed = new (win as Window & typeof globalThis).DOMParser().parseFromString(`<body>${article.html}</body>`, 'text/html');
  markDirections(parsed.body, article.dir);
  const service = createService(article.url);
  const body = service.turndown(parsed.body).trim();

  const titleMark = directionMark(article.title, article.dir);
  const head: string[] = [];
  if (article.title.trim()) head.push(`# ${titleMark}${escapeLine(service, article.title)}`);
  const meta = [article.byline, article.siteName]
    .map((m) => (m ? oneLine(m) : ''))
    .filter((m, i, all) => m && all.indexOf(m) === i);
  if (meta.length) head.push(meta.map((m) => escapeLine(service, m)).join(' · '));
  const source = absoluteUrl(article.url, article.url);
  if (source && !source.startsWith('mailto:')) head.push(`<${source}>`);
  return [...head, body].filter(Boolean).join('\n\n') + '\n';
}
