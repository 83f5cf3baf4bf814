import { describe, expect, it } from 'vitest';
import { cleanByline, cleanSiteName } from '@/lib/extract/byline';

describe('cleanByline', () => {
  it.each([
    ['a reporter', 'Lena Hart', 'Tram line opens | City Post'],
    ['an Arabic byline with a dateline', 'حسام أبو العلا - القاهرة', 'طهران تدفن زادة - اليوم'],
    ['a name that is the whole page title (no site part to compare)', 'Lena Hart', 'Lena Hart'],
  ])('keeps %s', (_name, byline, title) => {
    expect(cleanByline(byline, 'City Post', title)).toBe(byline);
  });

  it.each([
    ['a web developer\'s credit', 'Developed By Heba Musa'],
    ['a designer\'s credit', 'designed by Studio Nine'],
    ['an Arabic design credit', 'تصميم وتطوير شركة النور'],
    ['a URL', 'https://news.example.com/'],
    ['a bare host', 'www.example.com'],
  ])('drops %s', (_name, byline) => {
    expect(cleanByline(byline, 'City Post', 'Tram line opens | City Post')).toBeNull();
  });

  it('drops the site\'s own name, whatever its case and punctuation', () => {
    expect(cleanByline('city post.', 'City Post', 'Tram line opens')).toBeNull();
  });

  it.each([
    ['after the story title', 'أميركا: 50 ألفا حصيلة الوفيات - المدينة نيوز'],
    ['before it', 'المدينة نيوز | أميركا: 50 ألفا حصيلة الوفيات'],
  ])('drops a byline that is the site name beside the story in the page title (%s)', (_name, title) => {
    expect(cleanByline('المدينة نيوز', null, title)).toBeNull();
  });

  it('gives null for no byline', () => {
    expect(cleanByline(null, 'City Post', 'x')).toBeNull();
  });
});

describe('cleanSiteName', () => {
  it.each([
    ['https://akhbarelyom.com/', 'akhbarelyom.com'],
    ['http://www.example.org/news?x=1', 'example.org'],
    ['City Post', 'City Post'],
    ['اليوم السابع', 'اليوم السابع'],
  ])('%s -> %s', (name, expected) => {
    expect(cleanSiteName(name)).toBe(expected);
  });

  it('keeps null', () => {
    expect(cleanSiteName(null)).toBeNull();
  });
});
