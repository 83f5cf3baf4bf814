/**
 * The extension's storage items: the only module that touches extension storage.
 * Settings live in `storage.sync` so they follow the user between browsers.
 */
import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateV1ToV2,
  migrateV2ToV3,
  normalizeSettings,
  type Settings,
} from './settings/schema';

/** The versioned settings item (metadata `{v}` at `settings$`). */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1ToV2, 3: migrateV2ToV3 },
});

/** Current settings, with any corrupt field replaced by its default. */
export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Applies `change` to the current settings and stores the normalized result. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with normalized settings whenever they change; returns the unwatch function. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
