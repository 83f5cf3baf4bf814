import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/summarize';

describe('splitSentences', () => {
  it.each([
    [
      'Arabic sentences glued with no space after the period are two sentences',
      'فشلت تركيا في إقناع روسيا بالضغط على الأسد.واجتمع الوفدان الروسي والتركي في موسكو.',
      'ar',
      ['فشلت تركيا في إقناع روسيا بالضغط على الأسد.', 'واجتمع الوفدان الروسي والتركي في موسكو.'],
    ],
    [
      'English sentences glued before a capital are two sentences',
      'Sales rose 2% to $11.1bn from $10.9bn.For the full year, profit was up.',
      'en',
      ['Sales rose 2% to $11.1bn from $10.9bn.', 'For the full year, profit was up.'],
    ],
    [
      'the Arabic question mark ends a sentence',
      'هل تنسحب القوات السورية من إدلب؟ لم يتضح ذلك بعد في موسكو.',
      'ar',
      ['هل تنسحب القوات السورية من إدلب؟', 'لم يتضح ذلك بعد في موسكو.'],
    ],
    [
      'the Arabic comma and semicolon do not end a sentence',
      'قالت الوزارة، في بيان رسمي، إن المحادثات مستمرة؛ ولم تذكر موعدا جديدا.',
      'ar',
      ['قالت الوزارة، في بيان رسمي، إن المحادثات مستمرة؛ ولم تذكر موعدا جديدا.'],
    ],
    [
      'exclamation marks and the Urdu full stop end sentences',
      'What a match that was for the home side! The fans stayed late. یہ ایک جملہ ہے۔ یہ دوسرا جملہ ہے۔',
      null,
      ['What a match that was for the home side!', 'The fans stayed late.', 'یہ ایک جملہ ہے۔', 'یہ دوسرا جملہ ہے۔'],
    ],
    [
      'a title abbreviation does not end an English sentence',
      'Mr. Smith met Dr. Jones in London on Monday. They talked for an hour.',
      'en',
      ['Mr. Smith met Dr. Jones in London on Monday.', 'They talked for an hour.'],
    ],
    [
      'an initialism inside a sentence does not end it',
      'The U.S. economy grew by 3.5 percent last year. Exports led the way.',
      'en',
      ['The U.S. economy grew by 3.5 percent last year.', 'Exports led the way.'],
    ],
    [
      'the Arabic doctor abbreviation does not end a sentence',
      'قال د. محمد علي إن النتائج مشجعة جدا. وأضاف أن العمل مستمر.',
      'ar',
      ['قال د. محمد علي إن النتائج مشجعة جدا.', 'وأضاف أن العمل مستمر.'],
    ],
    [
      'an era letter after a year ends the sentence',
      'ولد الموسيقار في مدينة بون عام 1770 م. وكان والده مغنيا في البلاط.',
      'ar',
      ['ولد الموسيقار في مدينة بون عام 1770 م.', 'وكان والده مغنيا في البلاط.'],
    ],
    [
      'decimal numbers and thousands separators stay inside the sentence',
      'The firm paid 2,000 workers 3.5 times more than in 2019. Shares rose 1.2%.',
      'en',
      ['The firm paid 2,000 workers 3.5 times more than in 2019.', 'Shares rose 1.2%.'],
    ],
    [
      'URLs and domain names do not split a sentence',
      'Details are at www.example.org/news/item.html for readers. See Example.Com for more.',
      'en',
      ['Details are at www.example.org/news/item.html for readers.', 'See Example.Com for more.'],
    ],
    [
      'a quoted question followed by lowercase words stays one sentence',
      '"Is it really over?" she asked the minister. He did not answer.',
      'en',
      ['"Is it really over?" she asked the minister.', 'He did not answer.'],
    ],
    [
      'several sentences inside one quotation stay with their speaker',
      'He said: "We are ready. We will act soon." Then he left the hall.',
      'en',
      ['He said: "We are ready. We will act soon."', 'Then he left the hall.'],
    ],
    [
      'a bracketed sentence stays with the sentence around it',
      'The plan (it was drafted in May. It changed later) was approved. Work starts now.',
      'en',
      ['The plan (it was drafted in May. It changed later) was approved.', 'Work starts now.'],
    ],
    [
      'a fragment under three words is merged into the next sentence',
      'Yes. The deal was signed in Cairo on Monday.',
      'en',
      ['Yes. The deal was signed in Cairo on Monday.'],
    ],
    [
      'a newline always ends a sentence, and blank lines are skipped',
      'نتائج غير مرضية\r\n\r\nوقالت روسيا إن تركيا استأنفت الدوريات المشتركة.',
      'ar',
      ['نتائج غير مرضية', 'وقالت روسيا إن تركيا استأنفت الدوريات المشتركة.'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });

  it.each([[''], ['   \n\n  '], ['— … —']])('returns no sentence for text without words: %j', (text) => {
    expect(splitSentences(text)).toEqual([]);
  });

  it('falls back to terminator rules where Intl.Segmenter is missing', () => {
    const original = Object.getOwnPropertyDescriptor(Intl, 'Segmenter');
    Reflect.deleteProperty(Intl, 'Segmenter');
    try {
      // A language not used elsewhere in this file, so no cached segmenter is reused.
      expect(splitSentences('Mr. Juma paid 3.5 million shillings. Je, ni kweli? Ndiyo, ni kweli kabisa.', 'sw')).toEqual([
        'Mr. Juma paid 3.5 million shillings.',
        'Je, ni kweli?',
        'Ndiyo, ni kweli kabisa.',
      ]);
    } finally {
      if (original) Object.defineProperty(Intl, 'Segmenter', original);
    }
  });

  it('returns every sentence exactly as written in the text', () => {
    const text = 'Quarterly  profits jumped 76%.\u00a0The firm, now large, gained.\n\nقال الوزير: «انتهى الأمر».';
    for (const sentence of splitSentences(text)) expect(text).toContain(sentence);
  });
});
