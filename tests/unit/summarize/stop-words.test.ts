import { describe, expect, it } from 'vitest';
import { isStopWord } from '@/lib/summarize';

describe('isStopWord', () => {
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
