import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '@/lib/summarize';

describe('resolveLanguage', () => {
  it.each([
    ['a given region tag is reduced to its primary subtag', 'Any text.', 'ar-EG', 'ar'],
    ['a given tag wins over the script', 'فشلت تركيا في إقناع روسيا.', 'fr', 'fr'],
    ['mostly Arabic letters are detected as Arabic', 'فشلت تركيا في إقناع روسيا (Reuters).', null, 'ar'],
    ['Latin letters fall back to the generic English path', 'The talks failed.', null, 'en'],
    ['an undetermined tag is detected from the script', 'فشلت تركيا.', 'und', 'ar'],
    ['text without letters falls back to English', '2024 — 3.5', undefined, 'en'],
  ])('%s', (_name, text, lang, expected) => {
    expect(resolveLanguage(text, lang)).toBe(expected);
  });
});
