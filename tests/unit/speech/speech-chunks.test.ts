import { describe, expect, it } from 'vitest';
import { speechChunks } from '@/lib/speech/speech-chunks';

describe('speechChunks', () => {
  it('reads the title first, then the body sentence by sentence', () => {
    expect(speechChunks('The title', 'First sentence here. Second one follows now.\n\nA new paragraph starts.', 'en')).toEqual([
      'The title',
      'First sentence here.',
      'Second one follows now.',
      'A new paragraph starts.',
    ]);
  });

  it('splits Arabic on ؟ and on sentences glued without a space', () => {
    expect(speechChunks('عنوان', 'هل انتهى الاجتماع؟ قال الوزير إنه انتهى.واجتمع الوفد مساء اليوم.', 'ar')).toEqual([
      'عنوان',
      'هل انتهى الاجتماع؟',
      'قال الوزير إنه انتهى.',
      'واجتمع الوفد مساء اليوم.',
    ]);
  });

  it('skips an empty title and paragraphs without words', () => {
    expect(speechChunks('  ', '* * *\n\nOnly this sentence counts.', 'en')).toEqual(['Only this sentence counts.']);
  });

  it('cuts an over-long sentence at clause breaks, each piece verbatim from the text', () => {
    const clause = 'وقال المتحدث إن المفاوضات ستستمر خلال الأسابيع المقبلة بمشاركة الأطراف كلها، ';
    const text = `${clause.repeat(8).trim()}.`;
    const chunks = speechChunks('', text, 'ar');
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect([...c].length).toBeLessThanOrEqual(280);
      expect(text).toContain(c);
    }
    expect(chunks.join(' ')).toBe(text);
  });

  it('cuts a long sentence with no clause break at a space', () => {
    const text = `${'word '.repeat(100).trim()}.`;
    const chunks = speechChunks('', text, 'en');
    expect(chunks.every((c) => !c.startsWith(' ') && !c.endsWith(' ') && c.length <= 280)).toBe(true);
    expect(chunks.join(' ')).toBe(text);
  });
});
