// @vitest-environment node -- pure string logic; no DOM, so no jsdom start-up
import { describe, expect, it } from 'vitest';
import { countWords } from '@/lib/text/word-count';

describe('countWords', () => {
  it.each([
    ['English words separated by spaces', 'The old city library opened again.', 6],
    ['English with punctuation, numbers counting as words', 'On 8 March, 2026, it reopened — finally!', 7],
    ['hyphenated and apostrophe words as the segmenter sees them', "It's a well-known story.", 5],
    ['Arabic words separated by spaces', 'أعادت مكتبة المدينة القديمة فتح أبوابها', 6],
    ['Arabic with Arabic punctuation', 'قال الوزير: «الأمر صعب»، وأضاف؟', 5],
    ['Arabic words glued at a full stop as two words', 'تركيا.واجتمع', 2],
    ['Persian with a zero-width non-joiner as one word', 'می‌خواهم', 1],
    ['empty text as zero', '', 0],
    ['punctuation only as zero', ' — … ! ، ؟ ', 0],
    ['emoji as no words', '🔴 عاجل: انفجار في المدينة 🎉🎉 👍🏽 ❤️', 4],
  ])('counts %s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  // The exact split of CJK text depends on the ICU dictionary that ships with Node, so these
  // check the kind of count (words, neither one run nor one per character), not the number.
  it.each([
    ['Chinese', '图书馆重新开放了'],
    ['Chinese', '北京市政府周一宣布新的公共交通计划'],
    ['Japanese', '図書館が再開した'],
  ])('counts %s text without spaces by its words: %s', (_lang, text) => {
    const n = countWords(text);
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThan(Array.from(text).length);
  });

  it('counts a mixed Arabic and English sentence word by word', () => {
    expect(countWords('أعلنت شركة Apple عن iPhone جديد')).toBe(6);
  });
});
