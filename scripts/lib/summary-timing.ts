import type { BenchDoc } from './summary-corpora';

/**
 * A realistic article of about `words` words for timing: whole paragraphs of the corpus's
 * own documents, taken in manifest order until the count is reached.
 */
export function articleOfWords(docs: readonly BenchDoc[], words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (const doc of docs) {
    for (const paragraph of doc.text.split('\n')) {
      if (count >= words) return paragraphs.join('\n\n');
      const n = paragraph.split(/\s+/).filter(Boolean).length;
      if (n === 0) continue;
      paragraphs.push(paragraph);
      count += n;
    }
  }
  return paragraphs.join('\n\n');
}
