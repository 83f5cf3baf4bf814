import { describe, expect, it } from 'vitest';
import { composeArticleCopy, composeSummaryCopy } from '@/lib/clean-copy';

describe('composeArticleCopy', () => {
  it('puts the title, a blank line, then the article text', () => {
    expect(composeArticleCopy('عنوان الخبر', 'الفقرة الأولى.\n\nالفقرة الثانية.')).toBe(
      'عنوان الخبر\n\nالفقرة الأولى.\n\nالفقرة الثانية.',
    );
  });

  it.each([
    ['  Title  ', '\n\nBody.\n', 'Title\n\nBody.'],
    ['', 'Body.', 'Body.'],
    ['Title', '   ', 'Title'],
  ])('trims stray whitespace (%j, %j)', (title, text, expected) => {
    expect(composeArticleCopy(title, text)).toBe(expected);
  });
});

describe('composeSummaryCopy', () => {
  it('puts one sentence per line', () => {
    expect(composeSummaryCopy(['First one.', 'Second one.'])).toBe('First one.\nSecond one.');
  });

  it('flattens line breaks inside a sentence and drops empty ones', () => {
    expect(composeSummaryCopy(['A\nsplit  sentence.', '  ', 'B.'])).toBe('A split sentence.\nB.');
  });

  it('gives an empty string for no summary', () => {
    expect(composeSummaryCopy([])).toBe('');
  });
});
