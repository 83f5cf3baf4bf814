/**
 * Turns an article subtree into clean plain text for copying: one block per
 * paragraph, heading, list item, quote, caption or table row; one blank line
 * between blocks; `<br>` kept as a line break; runs of spaces folded. Text the
 * page glued together ("تركيا.واجتمع") stays exactly as the page has it.
 */

const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 ' +
    'H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL'
  ).split(' '),
);
const CELL_TAGS = new Set(['TD', 'TH']);
// Captions describe images; copied text keeps the story's own words (headings
// and paragraphs), so captions stay in the rendered article but not in `text`.
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'FIGCAPTION']);

class BlockWriter {
  private blocks: string[] = [];
  private current = '';

  text(s: string): void {
    this.current += s;
  }

  lineBreak(): void {
    this.current += '\n';
  }

  cell(): void {
    if (this.current.trim()) this.current += '\t';
  }

  flush(): void {
    const lines = this.current
      .split('\n')
      .map((line) => line.replace(/[^\S\n\t]+/g, ' ').replace(/ ?\t ?/g, '\t').trim())
      .filter(Boolean);
    if (lines.length) this.blocks.push(lines.join('\n'));
    this.current = '';
  }

  result(): string {
    this.flush();
    return this.blocks.join('\n\n');
  }
}

function walk(node: Node, out: BlockWriter, inPre: boolean): void {
  if (node.nodeType === 3) {
    const value = node.nodeValue ?? '';
    out.text(inPre ? value : value.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') return out.lineBreak();
  if (tag === 'IMG') return;
  if (tag === 'FIGURE') {
    // A figure's own words are its caption and credits; only quotes, tables and
    // code a figure wraps are part of the text.
    for (const inner of Array.from(el.querySelectorAll('blockquote, table, pre'))) {
      if (!inner.parentElement?.closest('blockquote, table, pre')) walk(inner, out, inPre);
    }
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.flush();
  if (CELL_TAGS.has(tag)) out.cell();
  const pre = inPre || tag === 'PRE';
  for (let child = el.firstChild; child; child = child.nextSibling) walk(child, out, pre);
  if (block) out.flush();
}

/** Clean plain text of `root` (see module comment). */
export function toPlainText(root: Node): string {
  const out = new BlockWriter();
  walk(root, out, false);
  return out.result();
}
