// The summarizer as one lazily imported chunk for extension pages: the ranking code, the
// built-in Arabic and English lists and the loader of the other lists.
export { resolveLanguage, summarize } from './index';
export { loadStopWords } from './load-stop-words';
