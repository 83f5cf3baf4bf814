// @vitest-environment node -- each test builds its own jsdom page (see ./html.ts)
import { describe, expect, it } from 'vitest';
import { chooseTitle } from '@/lib/extract/title';
import { page } from './html';

function titleOf(bodyHtml: string, metadataTitle: string | null, siteName: string | null = null): string {
  return chooseTitle(page(bodyHtml).doc, metadataTitle, siteName);
}

describe('chooseTitle', () => {
  it.each([
    [
      'the h1 when the metadata title is the h1 plus the site name',
      '<h1>Old city library reopens after ten years</h1>',
      'Old city library reopens after ten years | Daily Example',
      'Old city library reopens after ten years',
    ],
    [
      'the h1 when the metadata title is the h1 plus a section',
      '<h1>إعادة افتتاح مكتبة المدينة القديمة</h1>',
      'ثقافة - إعادة افتتاح مكتبة المدينة القديمة',
      'إعادة افتتاح مكتبة المدينة القديمة',
    ],
    [
      'the h1 when it equals the metadata title up to punctuation and case',
      '<h1>Old City Library Reopens!</h1>',
      'old city library reopens',
      'Old City Library Reopens!',
    ],
    ['the h1 when there is no metadata title', '<h1>Old city library reopens</h1>', null, 'Old city library reopens'],
    [
      'the h1 with its white space folded',
      '<h1>\n  Old city library\n  reopens  </h1>',
      'Old city library reopens - Daily Example',
      'Old city library reopens',
    ],
    [
      'the metadata title when the h1 is the site logo',
      '<h1>Daily Example</h1><h2>Old city library reopens</h2>',
      'Old city library reopens after ten years',
      'Old city library reopens after ten years',
    ],
    [
      'the metadata title when the h1 is a short word it happens to contain',
      '<h1>Culture</h1>',
      'Culture ministry says the old city library reopens after ten years',
      'Culture ministry says the old city library reopens after ten years',
    ],
    [
      'the second h1 when the first is the site name',
      '<h1>Daily Example</h1><article><h1>Old city library reopens</h1></article>',
      'Old city library reopens | Daily Example',
      'Old city library reopens',
    ],
  ])('is %s', (_name, body, meta, expected) => {
    expect(titleOf(body, meta)).toBe(expected);
  });

  it.each([
    ['a trailing site name after a bar', 'Old city library reopens | Daily Example', 'Daily Example', 'Old city library reopens'],
    ['a trailing site name after a dash', 'Old city library reopens - Daily Example', 'Daily Example', 'Old city library reopens'],
    ['a leading site name before a dash', 'Daily Example - Old city library reopens', 'Daily Example', 'Old city library reopens'],
    ['an Arabic site name after an en dash', 'إعادة افتتاح مكتبة المدينة القديمة – صحيفة المثال', 'صحيفة المثال', 'إعادة افتتاح مكتبة المدينة القديمة'],
    ['a site name that differs only in case and punctuation', 'Old city library reopens | DAILY-EXAMPLE', 'Daily Example', 'Old city library reopens'],
  ])('strips %s from the metadata title when no h1 matches', (_name, meta, site, expected) => {
    expect(titleOf('<p>No heading here.</p>', meta, site)).toBe(expected);
  });

  it.each([
    ['when no site name is known', 'Old city library reopens | Daily Example', null],
    ['when the part at the edge is not the site name', 'Old city library reopens | Culture', 'Daily Example'],
    ['when a hyphen sits inside a word', 'Post-war library reopens', 'war library reopens'],
  ])('keeps the metadata title whole %s', (_name, meta, site) => {
    expect(titleOf('<p>No heading here.</p>', meta, site)).toBe(meta);
  });
});
