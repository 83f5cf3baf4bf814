/**
 * Turning auto reader mode on or off for one site or for all sites. Turning on asks for the
 * host permission first, and only a granted request changes the settings; turning off
 * changes the settings first, then gives the permission back.
 */
import { ALL_SITES_PATTERNS, matchPatternsForRule } from './site-rules';
import type { Settings } from './settings/schema';

/** Browser and storage operations, passed in (popup and background give real ones). */
export interface AutoToggleDeps {
  requestPermission(origins: string[]): Promise<boolean>;
  removePermission(origins: string[]): Promise<unknown>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  /** Brings the registered overlay script in line with the new settings. */
  syncAutoMode(): Promise<void>;
}

export type AutoTarget = { kind: 'site'; rule: string } | { kind: 'all' };
export type ToggleOutcome = 'on' | 'off' | 'declined';

/** The host permissions a target needs. */
export function originsFor(target: AutoTarget): string[] {
  return target.kind === 'all' ? [...ALL_SITES_PATTERNS] : matchPatternsForRule(target.rule);
}

/** Whether `target` is on in `settings`. */
export function isTargetOn(settings: Settings, target: AutoTarget): boolean {
  return target.kind === 'all' ? settings.autoAllSites : settings.autoSites.includes(target.rule);
}

/**
 * Switches `target` on or off. Must be called straight from the click handler: the
 * permission request is the first thing it does, while the user gesture is still valid.
 */
export async function setAutoMode(
  deps: AutoToggleDeps,
  target: AutoTarget,
  on: boolean,
): Promise<ToggleOutcome> {
  const origins = originsFor(target);
  if (on) {
    const granted = await deps.requestPermission(origins);
    if (!granted) return 'declined';
    await deps.updateSettings((s) => withTarget(s, target, true));
    await deps.syncAutoMode();
    return 'on';
  }
  await deps.updateSettings((s) => withTarget(s, target, false));
  await deps.syncAutoMode();
  // A permission the user already removed in the browser's own settings is not an error.
  await deps.removePermission(origins).catch(() => false);
  return 'off';
}

/** Settings with `target` switched on or off (pure). */
export function withTarget(settings: Settings, target: AutoTarget, on: boolean): Settings {
  if (target.kind === 'all') return { ...settings, autoAllSites: on };
  const others = settings.autoSites.filter((r) => r !== target.rule);
  return { ...settings, autoSites: on ? [...others, target.rule] : others };
}
