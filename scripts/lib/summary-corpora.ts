import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One benchmark document: the text to summarize (paragraphs on lines) and its references. */
export interface BenchDoc {
  id: string;
  lang: string;
  text: string;
  references: string[];
}

/** A corpus of the summary benchmark and the summary length it is scored at. */
export interface BenchCorpus {
  name: string;
  k: number;
  docs: BenchDoc[];
}

interface ManifestEntry {
  id: string;
  lang: string;
  corpus: string;
  article: string;
  references: string[];
}

const BOM = /^\uFEFF/;

function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(BOM, '').replace(/\r\n?/g, '\n');
}

function element(doc: string, tag: string): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(doc);
  return (m?.[1] ?? '').trim();
}

/** BBC-EN summaries glue sentences ("$10.9bn.For"); the README asks for a space there. */
export function unglueReference(ref: string): string {
  return ref.replace(/([.!?])(?=[A-Z"'\u201C])/g, '$1 ');
}

function loadDoc(dir: string, entry: ManifestEntry): BenchDoc {
  const lang = entry.lang;
  if (entry.corpus.startsWith('ANT')) {
    const raw = readText(join(dir, entry.article));
    return { id: entry.id, lang, text: element(raw, 'TEXT'), references: [element(raw, 'ABSTRACT')] };
  }
  if (entry.corpus.startsWith('BBC News')) {
    // The first line is the title; the body starts after it.
    const body = readText(join(dir, entry.article)).split('\n').slice(1).join('\n').trim();
    const refs = entry.references.map((r) => unglueReference(readText(join(dir, r)).trim()));
    return { id: entry.id, lang, text: body, references: refs };
  }
  const refs = entry.references.map((r) => readText(join(dir, r)).trim());
  return { id: entry.id, lang, text: readText(join(dir, entry.article)).trim(), references: refs };
}

/** Loads EASC (k=3), ANT BBC-Arabic (k=1) and BBC-EN (k=3) through manifest.jsonl. */
export function loadCorpora(dir: string): BenchCorpus[] {
  const entries = readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ManifestEntry);
  const pick = (prefix: string) =>
    entries.filter((e) => e.corpus.startsWith(prefix)).map((e) => loadDoc(dir, e));
  return [
    { name: 'EASC', k: 3, docs: pick('EASC') },
    { name: 'ANT BBC-Arabic', k: 1, docs: pick('ANT') },
    { name: 'BBC-EN', k: 3, docs: pick('BBC News') },
  ];
}
