import { readFile } from 'node:fs/promises';
import path from 'node:path';
import lists from 'stopwords-iso';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hasStopWords, isStopWord, stopWordsReady, summarize } from '@/lib/summarize';
import { loadStopWords } from '@/lib/summarize/load-stop-words';
import { BUILT_IN_STOPWORD_LANGUAGES, stopWordListPath } from '@/lib/summarize/stop-word-list-path';
import ar from '@/lib/summarize/stopword-data/ar';
import en from '@/lib/summarize/stopword-data/en';
import { STOPWORD_LANGUAGES } from '@/lib/summarize/stopword-data/languages';
import { PROJECT_ROOT } from '../../../scripts/harness/bench-paths';
import { readStopWordList } from '../../../scripts/lib/read-stop-word-list';

const published = lists as Record<string, string[]>;

describe('isStopWord', () => {
  beforeAll(async () => {
    await Promise.all([loadStopWords('fr', readStopWordList), loadStopWords('de', readStopWordList)]);
  });

  it.each([
    ['في', 'ar', true],
    ['الذي', 'ar', true],
    // Listed with a hamza seat in stopwords-iso; found in any spelling after normalization.
    ['أن', 'ar', true],
    ['ان', 'ar', true],
    ['إلى', 'ar', true],
    ['الى', 'ar', true],
    ['the', 'en', true],
    ['The', 'en', true],
    ['and', 'en-GB', true],
    ['le', 'fr', true],
    ['und', 'de', true],
    ['تركيا', 'ar', false],
    ['موسكو', 'ar', false],
    ['parliament', 'en', false],
    ['gouvernement', 'fr', false],
  ])('%s in %s is a stop word: %s', (token, lang, expected) => {
    expect(isStopWord(token, lang)).toBe(expected);
  });

  it('finds no stop words in a language stopwords-iso does not cover', () => {
    expect(isStopWord('the', 'xx')).toBe(false);
  });

  it('does not treat an empty token as a stop word', () => {
    expect(isStopWord('', 'en')).toBe(false);
  });
});

describe('built-in and loaded lists', () => {
  it.each(['ar', 'ar-EG', 'en', 'en-US'])('has the %s list without reading anything', async (lang) => {
    const read = vi.fn(readStopWordList);
    expect(stopWordsReady(lang)).toBe(true);
    expect((await loadStopWords(lang, read)).size).toBeGreaterThan(100);
    expect(read).not.toHaveBeenCalled();
  });

  it('answers for another covered language only once its list is loaded, reading it once', async () => {
    const read = vi.fn(readStopWordList);
    expect(hasStopWords('pt-BR')).toBe(true);
    expect(stopWordsReady('pt-BR')).toBe(false);
    expect(isStopWord('não', 'pt')).toBe(false);
    const words = await loadStopWords('pt-BR', read);
    expect(words.has('não')).toBe(true);
    expect(stopWordsReady('pt')).toBe(true);
    expect(isStopWord('Não', 'pt')).toBe(true);
    await loadStopWords('PT', read);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith('/stopwords/pt.txt');
  });

  it('stays empty and can try again when the list cannot be read', async () => {
    expect((await loadStopWords('sv', async () => null)).size).toBe(0);
    expect(stopWordsReady('sv')).toBe(false);
    expect((await loadStopWords('sv', readStopWordList)).has('och')).toBe(true);
  });

  it('never reads for a language without a list, whatever the page says its language is', async () => {
    const read = vi.fn(readStopWordList);
    for (const lang of ['xx', '', 'constructor', '__proto__', '../../etc/passwd', 'fr/../../x']) {
      expect((await loadStopWords(lang, read)).size).toBe(0);
    }
    expect(read).not.toHaveBeenCalled();
  });

  it('folds a loaded Persian list like scoring tokens (Arabic-block normalization)', async () => {
    const fa = await loadStopWords('fa', readStopWordList);
    // 'آن' is published with alef madda; the folded set holds the bare-alef form.
    expect(fa.has('ان')).toBe(true);
    expect(fa.has('آن')).toBe(false);
  });
});

describe('stopWordListPath', () => {
  it.each([
    ['fr', '/stopwords/fr.txt'],
    ['fa-IR', '/stopwords/fa.txt'],
    ['ZH_Hant', '/stopwords/zh.txt'],
    ['ar', null],
    ['en-GB', null],
    ['xx', null],
    [null, null],
    ['../fr', null],
  ])('maps %s to %s', (lang, expected) => {
    expect(stopWordListPath(lang)).toBe(expected);
  });
});

describe('generated stop-word data (scripts/gen-stopwords.ts)', () => {
  it('covers exactly the languages of the installed stopwords-iso', () => {
    expect([...STOPWORD_LANGUAGES].sort()).toEqual(Object.keys(published).sort());
  });

  it('builds in the Arabic and English entries unchanged', () => {
    expect(BUILT_IN_STOPWORD_LANGUAGES).toEqual(['ar', 'en']);
    expect(ar.split('\n')).toEqual(published.ar);
    expect(en.split('\n')).toEqual(published.en);
  });

  const others = Object.keys(published).filter((lang) => !BUILT_IN_STOPWORD_LANGUAGES.includes(lang)).sort();
  it.each(others)('ships the published %s entries unchanged as an asset', async (lang) => {
    const entries = published[lang] as string[];
    expect(entries.every((e) => !e.includes('\n'))).toBe(true);
    const data = await readFile(path.join(PROJECT_ROOT, 'public', stopWordListPath(lang) as string), 'utf8');
    expect(data).toBe(`${entries.join('\n')}\n`);
  });
});

describe('summarize with a loaded list', () => {
  const FRENCH = [
    'Le gouvernement a présenté mardi un plan pour les hôpitaux du pays.',
    'Les syndicats des hôpitaux ont salué le plan du gouvernement.',
    'Il faisait beau à Paris ce jour-là et les terrasses étaient pleines.',
    'Le plan prévoit des recrutements dans les hôpitaux dès cette année.',
    'Un match de football a eu lieu le soir même dans la capitale.',
  ].join('\n');

  it('gives the same summary whether the list is passed or already loaded', async () => {
    const stopWords = await loadStopWords('fr', readStopWordList);
    const passed = summarize(FRENCH, { lang: 'fr', sentences: 2, stopWords });
    expect(passed).toHaveLength(2);
    expect(summarize(FRENCH, { lang: 'fr', sentences: 2 })).toEqual(passed);
  });

  it('uses the list it is given instead of the built-in one', () => {
    const text = [
      'The council met on Monday to discuss the budget for next year.',
      'Residents asked questions about parking fees near the market square.',
      'Officials said the harbour bridge repairs and harbour dredging would start soon.',
      'The harbour bridge has been closed since the harbour storm last winter.',
      'Several members praised the harbour bridge plan during the long meeting.',
    ].join('\n');
    const builtIn = summarize(text, { lang: 'en', sentences: 2 });
    // Without "harbour" and "bridge" as content the third sentence loses its centrality.
    const given = summarize(text, { lang: 'en', sentences: 2, stopWords: new Set(['harbour', 'bridge']) });
    expect(builtIn[1]).toMatch(/^Officials/);
    expect(given[1]).not.toBe(builtIn[1]);
  });
});
