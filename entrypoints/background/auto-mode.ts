import { browser } from '#imports';
import { setAutoMode } from '@/lib/auto-mode-toggle';
import { createSerialQueue, syncOverlayRegistration, type ScriptingLike } from '@/lib/auto-registration';
import { logger } from '@/lib/logger';
import { autoModeMatchPatterns } from '@/lib/site-rules';
import { getSettings, updateSettings } from '@/lib/storage';

const serial = createSerialQueue();

/** Registers the overlay script for exactly the sites the settings name. */
export function syncAutoMode(): Promise<void> {
  return serial(async () => {
    const settings = await getSettings();
    await syncOverlayRegistration(
      browser.scripting as unknown as ScriptingLike,
      autoModeMatchPatterns(settings),
    );
  }).catch((err) => logger.errorOnce('auto-mode registration failed', err));
}

/** From the overlay: turn auto mode off for `rule` (null: for all sites). */
export async function turnOffAuto(rule: string | null): Promise<void> {
  await setAutoMode(
    {
      // Never asked for here: switching off needs no permission.
      requestPermission: async () => false,
      removePermission: (origins) => browser.permissions.remove({ origins }),
      updateSettings,
      syncAutoMode,
    },
    rule === null ? { kind: 'all' } : { kind: 'site', rule },
    false,
  );
}
