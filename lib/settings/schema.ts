/**
 * Settings shapes, defaults and migrations: pure data, no storage access.
 * `lib/storage.ts` turns these into the one WXT storage item.
 */
import { DEFAULT_READING, normalizeReading, type ReadingSettings } from './reading';

/** Version 1 (0.0.x builds): a named summary length and a list of auto-mode hosts. */
export interface SettingsV1 {
  summaryLength: 'short' | 'medium' | 'long';
  autoHosts: string[];
}

/** Version 2: summary length and auto reader mode. */
export interface SettingsV2 {
  /** Sentences in the summary, 1–5. */
  summarySentences: number;
  /** Hosts (each covering its subdomains) where the reader opens by itself. */
  autoSites: string[];
  /** Auto reader mode on every site. */
  autoAllSites: boolean;
}

/** Version 3 (current): version 2 plus the reading-comfort settings (theme, typography, images). */
export interface Settings extends SettingsV2, ReadingSettings {}

export const SETTINGS_VERSION = 3;
export const MIN_SUMMARY_SENTENCES = 1;
export const MAX_SUMMARY_SENTENCES = 5;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  summarySentences: 3,
  autoSites: [],
  autoAllSites: false,
  ...DEFAULT_READING,
});

const LENGTH_TO_SENTENCES: Record<SettingsV1['summaryLength'], number> = {
  short: 2,
  medium: 3,
  long: 5,
};

/** v1 → v2: the named length becomes a sentence count; host list renamed; all-sites off. */
export function migrateV1ToV2(old: unknown): SettingsV2 {
  const raw = isRecord(old) ? old : {};
  const v1 = raw as Partial<SettingsV1>;
  const sentences =
    typeof v1.summaryLength === 'string' ? LENGTH_TO_SENTENCES[v1.summaryLength] : undefined;
  // Storage whose version metadata was lost is treated as v1 even when the value already
  // has the current field names; those win over the v1 names, so no choice is dropped.
  return normalizeV2({
    summarySentences: 'summarySentences' in raw ? raw.summarySentences : sentences,
    autoSites: 'autoSites' in raw ? raw.autoSites : v1.autoHosts,
    autoAllSites: 'autoAllSites' in raw ? raw.autoAllSites : false,
  });
}

/**
 * v2 → v3: the user's summary and auto-mode choices are kept as they were; the reading
 * settings start at their defaults (theme follows the system, images shown). A reading field
 * already present (written by a newer build that was rolled back) is kept, not reset.
 */
export function migrateV2ToV3(old: unknown): Settings {
  return normalizeSettings(old);
}

/**
 * Reads whatever is stored, field by field: a missing or corrupt field falls back to its
 * default without touching the others, so one bad value never resets the user's choices.
 */
export function normalizeSettings(raw: unknown): Settings {
  return { ...normalizeV2(raw), ...normalizeReading(isRecord(raw) ? raw : {}) };
}

function normalizeV2(raw: unknown): SettingsV2 {
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
