import { describe, expect, it } from 'vitest';
import { chooseVoice, speechLanguage, type VoiceLike } from '@/lib/speech/choose-voice';

function voice(name: string, lang: string, over: Partial<VoiceLike> = {}): VoiceLike {
  return { name, lang, localService: true, default: false, voiceURI: name, ...over };
}

const SYSTEM = [
  voice('English US', 'en-US', { default: true }),
  voice('English GB', 'en_GB'),
  voice('Arabic Saudi', 'ar-SA'),
  voice('Arabic Egypt', 'ar-EG'),
  voice('Arabic cloud', 'ar-AE', { localService: false }),
  voice('Hebrew', 'iw-IL'),
  voice('Persian', 'fa-IR'),
];

describe('chooseVoice', () => {
  it.each([
    ['an Arabic article gets an Arabic device voice', 'ar', {}, 'Arabic Saudi'],
    ['the article’s exact region wins', 'ar-EG', {}, 'Arabic Egypt'],
    ['the browser’s region breaks a tie between voices of the language', 'ar', { regionHint: 'ar-EG' }, 'Arabic Egypt'],
    ['a region hint in another language is ignored', 'ar', { regionHint: 'en-EG' }, 'Arabic Saudi'],
    ['the system default voice wins among equals', 'en', {}, 'English US'],
    ['underscored tags (Android) match', 'en-GB', {}, 'English GB'],
    ['legacy codes match their modern language', 'he', {}, 'Hebrew'],
    ['the UI language stands in when the article has none', null, { fallbackLang: 'fa' }, 'Persian'],
    ['case does not matter', 'AR-eg', {}, 'Arabic Egypt'],
  ] as const)('%s', (_name, lang, opts, expected) => {
    expect(chooseVoice(SYSTEM, lang, opts)?.name).toBe(expected);
  });

  it('never picks a network voice, even when it is the only one for the language', () => {
    expect(chooseVoice([voice('Cloud Arabic', 'ar-SA', { localService: false }), voice('English', 'en-US')], 'ar')).toBeNull();
  });

  it.each([
    ['Urdu, which has no voice', 'ur'],
    ['no language and no fallback', null],
    ['a prefix that is not the language (kar is not ar)', 'kar'],
  ])('returns null rather than another language’s voice for %s', (_name, lang) => {
    expect(chooseVoice(SYSTEM, lang)).toBeNull();
  });

  it('returns null when the system lists no voices', () => {
    expect(chooseVoice([], 'en')).toBeNull();
  });
});

describe('speechLanguage', () => {
  it.each([
    ['ar-EG', 'ar'],
    ['iw', 'he'],
    ['en_GB', 'en'],
    ['', ''],
    [null, ''],
  ])('reads %s as %s', (tag, expected) => {
    expect(speechLanguage(tag)).toBe(expected);
  });
});
