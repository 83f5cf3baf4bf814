/** The parts of a `SpeechSynthesisVoice` the choice reads. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

// Old or alternative codes some engines still report for a language.
const ALIASES: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', no: 'nb', tl: 'fil', mo: 'ro' };

function normalizeTag(tag: string): string[] {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  if (parts[0]) parts[0] = ALIASES[parts[0]] ?? parts[0];
  return parts;
}

/** The primary language subtag, with legacy codes mapped ("iw" → "he"), or '' for none. */
export function speechLanguage(tag: string | null | undefined): string {
  return tag ? (normalizeTag(tag)[0] ?? '') : '';
}

/**
 * The voice to read an article in `lang` with, or null when the system has none.
 *
 * - Only voices that run on the device (`localService`): the text never leaves it.
 * - Only voices of the article's language: an English voice reading Arabic is noise, so
 *   "no voice" is the honest answer (the UI says so).
 * - Among those: the exact tag first (ar-EG for ar-EG), then the region of `regionHint`
 *   (usually the browser's language, so an Egyptian user gets an Egyptian voice for "ar"),
 *   then the system default voice, then the first listed.
 * - When the article's language is unknown, `fallbackLang` (the UI language) stands in.
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string | null | undefined,
  opts: { fallbackLang?: string; regionHint?: string } = {},
): V | null {
  const wanted = normalizeTag(lang || opts.fallbackLang || '');
  const primary = wanted[0];
  if (!primary) return null;
  const hint = normalizeTag(opts.regionHint ?? '');
  const region = wanted.slice(1).join('-');
  const hintRegion = hint[0] === primary ? hint.slice(1).join('-') : '';

  let best: V | null = null;
  let bestScore = -1;
  for (const voice of voices) {
    if (!voice.localService) continue;
    const tag = normalizeTag(voice.lang);
    if (tag[0] !== primary) continue;
    const rest = tag.slice(1).join('-');
    const score = (region && rest === region ? 4 : 0) + (hintRegion && rest === hintRegion ? 2 : 0) + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
