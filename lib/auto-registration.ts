/**
 * Keeps the runtime-registered overlay script in line with the settings: registered for
 * exactly the auto-mode match patterns, or not at all. The scripting API is passed in so
 * the logic runs against a fake in unit tests.
 */

/** The subset of `browser.scripting` this module uses. */
export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: Array<Partial<RegisteredScript> & { id: string }>): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

/** Id of the overlay registration. */
export const OVERLAY_SCRIPT_ID = 'safi-auto-reader';
/** Built path of the overlay content script (WXT: `content-scripts/<name>.js`). */
export const OVERLAY_SCRIPT_FILE = 'content-scripts/overlay.js';

export type SyncOutcome = 'registered' | 'updated' | 'unregistered' | 'unchanged';

/** Registers, updates or removes the overlay script so it matches `patterns` exactly. */
export async function syncOverlayRegistration(
  scripting: ScriptingLike,
  patterns: readonly string[],
): Promise<SyncOutcome> {
  const existing = (await scripting.getRegisteredContentScripts({ ids: [OVERLAY_SCRIPT_ID] }))[0];
  const wanted = [...new Set(patterns)].sort();
  if (wanted.length === 0) {
    if (!existing) return 'unchanged';
    await scripting.unregisterContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
    return 'unregistered';
  }
  if (!existing) {
    await scripting.registerContentScripts([
      {
        id: OVERLAY_SCRIPT_ID,
        matches: wanted,
        js: [OVERLAY_SCRIPT_FILE],
        runAt: 'document_idle',
        // The overlay never opens inside frames, so it is not even injected there.
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    return 'registered';
  }
  if (sameList([...(existing.matches ?? [])].sort(), wanted)) return 'unchanged';
  await scripting.updateContentScripts([{ id: OVERLAY_SCRIPT_ID, matches: wanted }]);
  return 'updated';
}

/** Runs async tasks one after another, so overlapping syncs never race on the same id. */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
