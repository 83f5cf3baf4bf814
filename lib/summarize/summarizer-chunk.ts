// The summarizer as one lazily imported chunk for extension pages: the ranking code, the
// built-in Arabic and English lists and the loader of every other list.
export { resolveLanguage, summarize } from './index';
export { stopWordsReady } from './stop-words';
export { loadStopWords } from './load-stop-words';
