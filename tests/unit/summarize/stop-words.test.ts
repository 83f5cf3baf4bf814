import lists from 'stopwords-iso';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStopWords, isStopWord, stopWordsReady, summarize } from '@/lib/summarize';
import { loadStopWords } from '@/lib/summarize/load-stop-words';
import { STOPWORD_LANGUAGES } from '@/lib/summarize/stopword-data/languages';
import { STOPWORD_LOADERS } from '@/lib/summarize/stopword-data/loaders';

describe('isStopWord', () => {
  beforeAll(async () => {
    await Promise.all([loadStopWords('fr'), loadStopWords('de')]);
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

describe('built-in and lazily loaded lists', () => {
  it.each(['ar', 'ar-EG', 'en', 'en-US'])('has the %s list without loading anything', (lang) => {
    expect(stopWordsReady(lang)).toBe(true);
  });

  it('answers for another covered language only once its list is loaded', async () => {
    expect(hasStopWords('pt-BR')).toBe(true);
    expect(stopWordsReady('pt-BR')).toBe(false);
    expect(isStopWord('não', 'pt')).toBe(false);
    const words = await loadStopWords('pt-BR');
    expect(words.has('não')).toBe(true);
    expect(stopWordsReady('pt')).toBe(true);
    expect(isStopWord('Não', 'pt')).toBe(true);
  });

  it('loads the same folded set however the language is written', async () => {
    expect(await loadStopWords('fa-IR')).toBe(await loadStopWords('FA'));
  });

  it('resolves to an empty set for a language without a list, and for odd tags', async () => {
    expect(hasStopWords('xx')).toBe(false);
    for (const lang of ['xx', '', 'constructor', '__proto__']) expect((await loadStopWords(lang)).size).toBe(0);
  });

  it('folds a loaded Persian list like scoring tokens (Arabic-block normalization)', async () => {
    const fa = await loadStopWords('fa');
    // 'آن' is published with alef madda; the folded set holds the bare-alef form.
    expect(fa.has('ان')).toBe(true);
    expect(fa.has('آن')).toBe(false);
  });
});

describe('generated stop-word modules (scripts/gen-stopwords.ts)', () => {
  const published = lists as Record<string, string[]>;

  it('cover exactly the languages of the installed stopwords-iso', () => {
    expect([...STOPWORD_LANGUAGES].sort()).toEqual(Object.keys(published).sort());
    expect(Object.keys(STOPWORD_LOADERS).sort()).toEqual(Object.keys(published).sort());
  });

  it.each(Object.keys(lists as object).sort())('hold the published %s entries unchanged', async (lang) => {
    const entries = published[lang] as string[];
    expect(entries.every((e) => !e.includes('\n'))).toBe(true);
    const { default: data } = await (STOPWORD_LOADERS[lang] as () => Promise<{ default: string }>)();
    expect(data.split('\n')).toEqual(entries);
  });
});

describe('summarize with a lazily loaded list', () => {
  const FRENCH = [
    'Le gouvernement a présenté mardi un plan pour les hôpitaux du pays.',
    'Les syndicats des hôpitaux ont salué le plan du gouvernement.',
    'Il faisait beau à Paris ce jour-là et les terrasses étaient pleines.',
    'Le plan prévoit des recrutements dans les hôpitaux dès cette année.',
    'Un match de football a eu lieu le soir même dans la capitale.',
  ].join('\n');

  it('gives the same summary whether the list is passed or already loaded', async () => {
    const stopWords = await loadStopWords('fr');
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
