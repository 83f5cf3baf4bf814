/** A text node position for each character of the whitespace-folded text of a subtree. */
interface FoldedText {
  text: string;
  nodes: Text[];
  offsets: number[];
}

function fold(root: Node): FoldedText {
  const out: FoldedText = { text: '', nodes: [], offsets: [] };
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const space = /\s/.test(value[i]!);
      if (space && lastWasSpace) continue;
      out.text += space ? ' ' : value[i];
      out.nodes.push(node);
      out.offsets.push(i);
      lastWasSpace = space;
    }
    // Blocks meet without a space in the DOM; a sentence never spans two, so nothing is lost.
  }
  return out;
}

/**
 * Finds sentences of an article's text in its rendered subtree, in reading order, and
 * returns DOM ranges for them (to highlight the sentence being read aloud). Whitespace is
 * compared folded; the search continues after the previous hit, so a sentence that occurs
 * twice is found at the right place. The subtree is read once, when the finder is made.
 */
export function createTextRangeFinder(root: Node): (sentence: string, from?: 'next' | 'start') => Range | null {
  const folded = fold(root);
  let cursor = 0;
  return (sentence, from = 'next') => {
    const needle = sentence.replace(/\s+/g, ' ').trim();
    if (!needle) return null;
    if (from === 'start') cursor = 0;
    let at = folded.text.indexOf(needle, cursor);
    if (at < 0) at = folded.text.indexOf(needle);
    if (at < 0) return null;
    const end = at + needle.length - 1;
    cursor = end + 1;
    const range = root.ownerDocument!.createRange();
    range.setStart(folded.nodes[at]!, folded.offsets[at]!);
    range.setEnd(folded.nodes[end]!, folded.offsets[end]! + 1);
    return range;
  };
}
