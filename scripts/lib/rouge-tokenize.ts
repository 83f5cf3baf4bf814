/**
 * The ROUGE tokenizer of the summary benchmark README ("ROUGE configuration"), applied
 * identically to candidates and references. It is written out here, apart from
 * lib/summarize, so that the scorer cannot drift with the summarizer it judges.
 */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const WORD = /[\p{L}\p{N}]+/gu;

export function rougeTokenize(input: string): string[] {
  const folded = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  return folded.match(WORD) ?? [];
}
