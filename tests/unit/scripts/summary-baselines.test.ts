import { describe, expect, it } from 'vitest';
import { baselineSplit, lead, textRank } from '@/scripts/lib/summary-baselines';
import { unglueReference } from '@/scripts/lib/summary-corpora';
import { articleOfWords } from '@/scripts/lib/summary-timing';

describe('baselineSplit', () => {
  it.each([
    ['splits with Intl.Segmenter per paragraph', 'One two three four. Five six seven eight.\nNine ten eleven twelve.', ['One two three four.', 'Five six seven eight.', 'Nine ten eleven twelve.']],
    ['merges a fragment under three tokens into the next one', 'Yes. The deal was signed.', ['Yes. The deal was signed.']],
    ['merges a fragment ending in a short abbreviation', 'He met Mr. Smith in Cairo today.', ['He met Mr. Smith in Cairo today.']],
    ['carries a short line into the next paragraph', 'Title\nThe deal was signed in Cairo.', ['Title\nThe deal was signed in Cairo.']],
  ])('%s', (_name, text, expected) => {
    expect(baselineSplit(text, 'en')).toEqual(expected);
  });
});

describe('lead', () => {
  it('takes the first k sentences', () => {
    expect(lead(['a', 'b', 'c', 'd'], 3)).toEqual(['a', 'b', 'c']);
  });
});

describe('textRank', () => {
  const sentences = [
    'The weather was mild in the morning.',
    'Turkey and Russia held talks on Idlib in Moscow.',
    'The talks on Idlib between Turkey and Russia ended without agreement.',
    'Russia said Turkey resumed joint patrols with Russia near Idlib.',
    'A cat slept on the porch.',
  ];

  it('picks the sentences most connected to the rest, in document order', () => {
    expect(textRank(sentences, 2)).toEqual([sentences[1], sentences[2]]);
  });

  it('returns every sentence when k is larger than the document', () => {
    expect(textRank(sentences.slice(0, 2), 3)).toEqual(sentences.slice(0, 2));
  });
});

describe('unglueReference', () => {
  it.each([
    ['$10.9bn.For the year', '$10.9bn. For the year'],
    ['done!"Yes"', 'done! "Yes"'],
    ['rose 3.5% to', 'rose 3.5% to'],
    ['www.bbc.co.uk', 'www.bbc.co.uk'],
  ])('spaces %j as the README says', (input, expected) => {
    expect(unglueReference(input)).toBe(expected);
  });
});

describe('articleOfWords', () => {
  it('takes whole paragraphs until the word count is reached', () => {
    const docs = [
      { id: 'a', lang: 'en', text: 'one two three\nfour five', references: [] },
      { id: 'b', lang: 'en', text: 'six seven eight nine', references: [] },
    ];
    expect(articleOfWords(docs, 6)).toBe('one two three\n\nfour five\n\nsix seven eight nine');
  });
});
