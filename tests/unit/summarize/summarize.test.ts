import { describe, expect, it } from 'vitest';
import { splitSentences, summarize } from '@/lib/summarize';

// Body of the seed article (../shared/seed/000_7353f3c6e7c0b215.txt), paragraphs and
// subheadings as Article.text gives them: one blank line between blocks. The no-break
// spaces of the page are kept. Sentences are glued after periods ("تركيا.واجتمع").
const SEED_BODY = [
  'فشلت تركيا، الثلاثاء، في إقناع روسيا بممارسة ضغط على الرئيس السوري\u00a0بشار الأسد\u00a0لسحب جيشه من إدلب التي بدأ عمليات عسكرية لاستعادتها من فصائل مدعومة من تركيا.واجتمع الوفدان الروسي والتركي في موسكو الثلاثاء في ثاني يوم من محادثات تستهدف حل الخلافات بين البلدين حول إدلب وهي خلافات أثارت تساؤلات حول ما إذا كان التعاون بين البلدين بشأن سوريا وغيرها سيستمر.وقالت وزارة الخارجية الروسية إن موسكو وأنقرة أكدتا التزامهما بالاتفاقات الحالية المتعلقة بإدلب، والرامية لخفض التوتر في المنطقة.',
  'لكن بيان الخارجية الروسية لم يتطرق إلى طلب تركي بانسحاب الجيش السوري من المنطقة، لكنه قال إنه لا يمكن تحقيق الأمن في إدلب على المدى البعيد إلا من خلال سيادة سوريا واستقلال أراضيها.وتنفذ القوات السورية التي تدعمها حملة جوية روسية هجوما في أجزاء من محافظة إدلب بالقرب من تركيا الأمر الذي دفع آلاف المدنيين للنزوح ودفع تركيا للمطالبة بوقف إطلاق النار.',
  'وتتهم موسكو، حليفة الرئيس السوري بشار الأسد، تركيا بالاستخفاف بالاتفاقات التي أبرمتها معها بشأن الحرب الدائرة منذ تسع سنوات في سوريا كما تتهمها بالفشل في كبح جماح المتشددين في إدلب الذين قالت إنهم يشنون هجمات على القوات السورية والروسية.',
  'نتائج غير مرضية',
  'وقال\u00a0عمر جيليك\u00a0المتحدث باسم حزب العدالة والتنمية الذي يتزعمه الرئيس رجب طيب أردوغان للصحفيين في أنقرة إن تركيا أبلغت الوفد في موسكو بأن من الضروري أن تنسحب القوات السورية إلى ما وراء مواقع مراقبة تركية في إدلب لوقف "الكارثة الإنسانية" في المنطقة.وأضاف أن الوفد التركي "أبلغ (الجانب الروسي) بوضوح بأن تركيا اتخذت الاستعدادات العسكرية الضرورية لضمان انسحاب الحكومة السورية إلى الحدود (الخطوط) السابقة إذا لم تنسحب من تلقاء نفسها".من جانبه صرح إبراهيم كالين المتحدث باسم الرئيس رجب طيب إردوغان للصحفيين في أنقرة "في الوقت الحالي لم يتم التوصل إلى نتيجة مرضية من المفاوضات".',
  '\u00a0استئناف الدوريات المشتركة',
  'وقالت روسيا يوم الاثنين إن تركيا استأنفت الدوريات المشتركة مع الجيش الروسي في شمال شرق سوريا بعد توقف دام أسبوعين.وكانت تركيا وروسيا قد بدأتا في تسيير دوريات مشتركة في سوريا قرب الحدود التركية في أكتوبر، لكن القوات التركية توقفت عن المشاركة فيها منذ الثالث من فبراير، وفقا لما نقلته وكالة إنترفاكس للأنباء عن مسؤول في وزارة الدفاع الروسية.',
].join('\n\n');

const ENGLISH = [
  'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.',
  'The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.',
  'TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.',
  'Its profits were buoyed by one-off gains which offset a profit dip at Warner Bros.',
  'Time Warner said on Friday that it now owns 8% of search-engine Google.',
  'But its own internet business, AOL, had mixed fortunes.',
].join(' ');

function isInDocumentOrder(text: string, sentences: readonly string[]): boolean {
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    if (at < 0) return false;
    from = at + sentence.length;
  }
  return true;
}

describe('summarize', () => {
  it('summarizes the seed article as three whole sentences of its body in document order', () => {
    const summary = summarize(SEED_BODY, { lang: 'ar' });
    const bodySentences = splitSentences(SEED_BODY, 'ar');
    expect(summary).toHaveLength(3);
    for (const sentence of summary) expect(bodySentences).toContain(sentence);
    expect(isInDocumentOrder(SEED_BODY, summary)).toBe(true);
  });

  it('splits the glued seed sentences and never returns a subheading', () => {
    const summary = summarize(SEED_BODY, { lang: null, sentences: 5 });
    for (const sentence of summary) {
      expect(sentence).not.toMatch(/\.\S/u);
      expect(sentence).not.toBe('نتائج غير مرضية');
    }
  });

  it('opens the seed summary with the lead sentence', () => {
    const [lead] = splitSentences(SEED_BODY, 'ar');
    expect(lead).toMatch(/^فشلت تركيا، الثلاثاء، .* من تركيا\.$/u);
    expect(summarize(SEED_BODY, { lang: 'ar', sentences: 1 })).toEqual([lead]);
  });

  it.each([[''], ['  \n\n '], ['…']])('returns an empty summary for text without a sentence: %j', (text) => {
    expect(summarize(text)).toEqual([]);
  });

  it.each([
    ['English', 'The talks in Moscow ended without an agreement on Tuesday.'],
    ['Arabic', 'انتهت المحادثات في موسكو دون اتفاق يوم الثلاثاء.'],
    ['a fragment', 'Breaking'],
  ])('returns the only sentence of a one-sentence %s text', (_name, text) => {
    expect(summarize(`\n${text}\n`)).toEqual([text]);
  });

  it.each([
    [undefined, 3],
    [1, 1],
    [2, 2],
    [5, 5],
    [0, 1],
    [-4, 1],
    [9, 5],
    [2.6, 3],
    [Number.NaN, 3],
  ])('returns min(clamped %s, available) sentences: %i', (sentences, expected) => {
    expect(summarize(SEED_BODY, { lang: 'ar', sentences })).toHaveLength(expected);
  });

  it('returns every sentence when the text has fewer than asked', () => {
    const text = 'The first sentence is here. The second one follows it.';
    expect(summarize(text, { sentences: 5 })).toEqual(['The first sentence is here.', 'The second one follows it.']);
  });

  it('is deterministic', () => {
    const first = summarize(ENGLISH, { lang: 'en' });
    for (let i = 0; i < 5; i++) expect(summarize(ENGLISH, { lang: 'en' })).toEqual(first);
  });

  it('returns sentences exactly as written, in document order, for English', () => {
    const summary = summarize(ENGLISH, { lang: 'en-US' });
    expect(summary).toHaveLength(3);
    expect(isInDocumentOrder(ENGLISH, summary)).toBe(true);
  });

  it('does not repeat a sentence that the text states twice', () => {
    const repeated = `${ENGLISH}\n\n${'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.'}`;
    const summary = summarize(repeated, { lang: 'en' });
    expect(new Set(summary).size).toBe(summary.length);
    expect(summary.filter((s) => s.startsWith('Quarterly profits'))).toHaveLength(1);
  });

  it.each([
    ['French, with stopwords-iso stop words', 'fr', 'Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux. Le plan prévoit des milliards pour les hôpitaux publics. Les syndicats ont salué une première étape. Le débat reprendra au Parlement la semaine prochaine.'],
    ['Hindi, without the Latin tokenizer', 'hi', 'सरकार ने मंगलवार को अस्पतालों के लिए नई योजना की घोषणा की। योजना में सार्वजनिक अस्पतालों के लिए अरबों रुपये हैं। यूनियनों ने इसे पहला कदम बताया। संसद में बहस अगले सप्ताह होगी।'],
    ['an unknown language tag', 'zz', 'Alpha beta gamma delta epsilon. Zeta eta theta iota kappa. Lambda mu nu xi omicron. Pi rho sigma tau upsilon.'],
  ])('degrades gracefully for %s', (_name, lang, text) => {
    const summary = summarize(text, { lang, sentences: 2 });
    expect(summary).toHaveLength(2);
    expect(isInDocumentOrder(text, summary)).toBe(true);
  });
});

describe('summarize on very long text', () => {
  it('still returns whole sentences of the text when it has thousands of sentences', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Sentence number ${i} talks about topic ${i % 7} at length.`).join(' ');
    const summary = summarize(text, { lang: 'en' });
    expect(summary).toHaveLength(3);
    expect(isInDocumentOrder(text, summary)).toBe(true);
  });
});
