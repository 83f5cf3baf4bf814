import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/summarize';
import { loadStopWords } from '@/lib/summarize/load-stop-words';
import { prepareSummarizer, summarizeIfReady } from '@/lib/summarize/prepare-summarizer';
import { readStopWordList } from '../../../scripts/lib/read-stop-word-list';

const SPANISH = [
  'El gobierno presentó el martes un plan para los hospitales del país.',
  'Los sindicatos de los hospitales celebraron el plan del gobierno.',
  'Hacía buen tiempo en Madrid aquel día y las terrazas estaban llenas.',
  'El plan prevé contrataciones en los hospitales a partir de este año.',
].join('\n');

describe('prepareSummarizer and summarizeIfReady', () => {
  it('answers null before the chunk and the list are loaded, then the same summary as summarize', async () => {
    expect(summarizeIfReady(SPANISH, { lang: 'es', sentences: 2 })).toBeNull();
    await prepareSummarizer(SPANISH, 'es-MX', readStopWordList);
    const ready = summarizeIfReady(SPANISH, { lang: 'es-MX', sentences: 2 });
    const stopWords = await loadStopWords('es', readStopWordList);
    expect(ready).toEqual(summarize(SPANISH, { lang: 'es', sentences: 2, stopWords }));
    expect(ready).toHaveLength(2);
  });

  it('stays null for a language not prepared yet, even with the chunk loaded', async () => {
    await prepareSummarizer('The plan was presented on Tuesday.', 'en', readStopWordList);
    expect(summarizeIfReady('Hallitus esitteli suunnitelman tiistaina.', { lang: 'fi' })).toBeNull();
  });

  it('still summarizes, without stop words, when the list cannot be read', async () => {
    await prepareSummarizer('Vláda představila plán.', 'cs', async () => null);
    expect(summarizeIfReady('Vláda v úterý představila plán pro nemocnice v zemi.', { lang: 'cs' })).toHaveLength(1);
  });

  it('summarizes Arabic at once, its list being built in', async () => {
    await prepareSummarizer('نص', 'ar', async () => null);
    expect(summarizeIfReady('قالت الحكومة إن الخطة ستبدأ غدا في كل المدن.', { lang: 'ar' })).toHaveLength(1);
  });
});
