/**
 * Phrases that mark non-article text on Arabic and Persian news pages, for counting what
 * survives extraction on the RTL development pages (which have no body ground truth).
 * These only measure; they are not rules of the pipeline.
 */
export const CLUTTER_MARKERS: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  { label: 'read-also', pattern: /(?:[اأإ]قر[أا]\s+[أا]يضا|قد\s+يهمك|بیشتر\s+بخوانید|مطالب\s+مرتبط)/gu },
  { label: 'most-read', pattern: /(?:[األ]?[اأ]كثر\s+(?:قراءة|قراءه|مشاهدة|تداولا)|پربازدیدترین|پربیننده|پربحث)/gu },
  { label: 'comment', pattern: /(?:تعليق|تعليقات|نظرات|دیدگاه|ارسال\s+نظر)/gu },
  { label: 'copyright', pattern: /(?:©|جميع\s+الحقوق|حقوق\s+النشر|کلیه\s+حقوق)/gu },
  { label: 'GMT', pattern: /(?:\bGMT\b|غرينتش)/gu },
];

/**
 * How often each marker occurs in `text`, keyed by label. Occurrences rather than lines,
 * because Readability's `textContent` keeps the source's line breaks, not the blocks'.
 */
export function countClutter(text: string): Record<string, number> {
  return Object.fromEntries(CLUTTER_MARKERS.map(({ label, pattern }) => [label, text.match(pattern)?.length ?? 0]));
}
