/**
 * Plain-text compositions for the clipboard. The article text already has one blank line
 * between blocks; these only add the title and trim stray whitespace.
 */

/** "Copy text": the title, a blank line, then the article's text blocks. */
export function composeArticleCopy(title: string, text: string): string {
  const head = title.trim();
  const body = text.trim();
  if (!head) return body;
  if (!body) return head;
  return `${head}\n\n${body}`;
}

/** "Copy summary": one sentence per line, so each stays a separate point when pasted. */
export function composeSummaryCopy(sentences: readonly string[]): string {
  return sentences
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
