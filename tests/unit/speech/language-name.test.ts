import { describe, expect, it } from 'vitest';
import { languageName } from '@/lib/speech/language-name';

describe('languageName', () => {
  it.each([
    ['ar', 'en', 'Arabic'],
    ['ar', 'ar', 'العربية'],
    ['fa', 'en', 'Persian'],
  ])('names %s in %s as %s', (code, ui, expected) => {
    expect(languageName(code, ui)).toBe(expected);
  });

  it.each([
    ['no code', null],
    ['an invalid tag', 'not a tag'],
    ['a code with no name', 'qaa'],
  ])('gives null for %s', (_name, code) => {
    expect(languageName(code, 'en')).toBeNull();
  });
});
