/**
 * Settings shapes, defaults and migrations: pure data, no storage access.
 * `lib/storage.ts` turns these into the one WXT storage item.
 */

/** Version 1 (0.0.x builds): a named summary length and a list of auto-mode hosts. */
export interface SettingsV1 {
  summaryLength: 'short' | 'medium' | 'long';
  autoHosts: string[];
}

/** Version 2 (current). */
export interface Settings {
  /** Sentences in the summary, 1–5. */
  summarySentences: number;
  /** Hosts (each covering its subdomains) where the reader opens by itself. */
  autoSites: string[];
  /** Auto reader mode on every site. */
  autoAllSites: boolean;
}

export const SETTINGS_VERSION = 2;
export const MIN_SUMMARY_SENTENCES = 1;
export const MAX_SUMMARY_SENTENCES = 5;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  summarySentences: 3,
  autoSites: [],
  autoAllSites: false,
});

const LENGTH_TO_SENTENCES: Record<SettingsV1['summaryLength'], number> = {
  short: 2,
  medium: 3,
  long: 5,
};

/** v1 → v2: the named length becomes a sentence count; host list renamed; all-sites off. */
export function migrateV1ToV2(old: unknown): Settings {
  const v1 = (isRecord(old) ? old : {}) as Partial<SettingsV1>;
  const sentences =
    typeof v1.summaryLength === 'string' ? LENGTH_TO_SENTENCES[v1.summaryLength] : undefined;
  return normalizeSettings({
    summarySentences: sentences,
    autoSites: v1.autoHosts,
    autoAllSites: false,
  });
}

/**
 * Reads whatever is stored, field by field: a missing or corrupt field falls back to its
 * default without touching the others, so one bad value never resets the user's choices.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  return {
    summarySentences: normalizeSentences(r.summarySentences),
    autoSites: normalizeSites(r.autoSites),
    autoAllSites:
      typeof r.autoAllSites === 'boolean' ? r.autoAllSites : DEFAULT_SETTINGS.autoAllSites,
  };
}

function normalizeSentences(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return DEFAULT_SETTINGS.summarySentences;
  }
  return Math.min(MAX_SUMMARY_SENTENCES, Math.max(MIN_SUMMARY_SENTENCES, value));
}

function normalizeSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.autoSites];
  const hosts = value
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => /^[a-z0-9.-]+$/.test(v) && !v.startsWith('.') && !v.endsWith('.'));
  return [...new Set(hosts)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
