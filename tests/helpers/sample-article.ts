import type { Article, SafeHtml } from '@/lib/extract/types';

/** A short Arabic article, as the pipeline would return it, for tests of what uses one. */
export const ARABIC_ARTICLE: Article = {
  url: 'https://news.example.com/story',
  title: 'عنوان الخبر',
  byline: null,
  siteName: null,
  publishedTime: null,
  excerpt: null,
  lang: 'ar',
  dir: 'rtl',
  html: '<p>الفقرة الأولى.</p>' as SafeHtml,
  text: 'الفقرة الأولى.',
  wordCount: 2,
  readingMinutes: 1,
};
