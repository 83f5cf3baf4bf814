import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '@/lib/summarize';

describe('normalizeArabic', () => {
  it.each([
    ['hamza above on alef becomes bare alef', 'الأعظم', 'الاعظم'],
    ['hamza below on alef becomes bare alef', 'إدلب', 'ادلب'],
    ['alef with madda becomes bare alef', 'آخر', 'اخر'],
    ['alef wasla becomes bare alef', 'ٱلله', 'الله'],
    ['alef maqsura becomes yaa', 'مستشفى', 'مستشفي'],
    ['taa marbuta becomes haa', 'مدرسة', 'مدرسه'],
    ['tashkeel is removed', 'مُحَمَّدٌ', 'محمد'],
    ['superscript alef is removed', 'هٰذا', 'هذا'],
    ['Quranic annotation marks are removed', 'الرحيمۖ', 'الرحيم'],
    ['tatweel is removed', 'جـــميل', 'جميل'],
    ['Arabic-Indic digits become ASCII digits', '٢٠٢٤', '2024'],
    ['Persian digits become ASCII digits', '۱۴۰۳', '1403'],
    ['Latin text is left alone', 'Ankara 2024', 'Ankara 2024'],
    ['punctuation and spaces are kept', 'أنقرة، موسكو؟', 'انقره، موسكو؟'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeArabic('أَنْقَرَةُ تُفْشِلُ إِقْنَاعَ مُوسْكُو ٣');
    expect(normalizeArabic(once)).toBe(once);
  });
});
