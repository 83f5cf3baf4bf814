import { describe, expect, it } from 'vitest';
import {
  OVERLAY_SCRIPT_FILE,
  OVERLAY_SCRIPT_ID,
  createSerialQueue,
  syncOverlayRegistration,
  type RegisteredScript,
  type ScriptingLike,
} from '@/lib/auto-registration';

/** An in-memory `scripting` that rejects duplicate ids the way Chrome does. */
function fakeScripting() {
  const scripts = new Map<string, RegisteredScript>();
  const api: ScriptingLike = {
    async getRegisteredContentScripts(filter) {
      return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async registerContentScripts(list) {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    async updateContentScripts(list) {
      for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...s });
    },
    async unregisterContentScripts(filter) {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
  return { api, scripts };
}

describe('syncOverlayRegistration', () => {
  it('registers the overlay script, top frame only, for the wanted patterns', async () => {
    const { api, scripts } = fakeScripting();
    expect(await syncOverlayRegistration(api, ['https://*.a.com/*', 'http://*.a.com/*'])).toBe('registered');
    expect(scripts.get(OVERLAY_SCRIPT_ID)).toMatchObject({
      js: [OVERLAY_SCRIPT_FILE],
      matches: ['http://*.a.com/*', 'https://*.a.com/*'],
      allFrames: false,
    });
  });

  it('updates the patterns when the site list changes', async () => {
    const { api, scripts } = fakeScripting();
    await syncOverlayRegistration(api, ['https://*.a.com/*']);
    expect(await syncOverlayRegistration(api, ['https://*.a.com/*', 'https://*.b.com/*'])).toBe('updated');
    expect(scripts.get(OVERLAY_SCRIPT_ID)?.matches).toEqual(['https://*.a.com/*', 'https://*.b.com/*']);
  });

  it('changes nothing when the patterns are the same in another order', async () => {
    const { api } = fakeScripting();
    await syncOverlayRegistration(api, ['x://1/*', 'x://2/*']);
    expect(await syncOverlayRegistration(api, ['x://2/*', 'x://1/*'])).toBe('unchanged');
  });

  it('removes the registration when no site is left', async () => {
    const { api, scripts } = fakeScripting();
    await syncOverlayRegistration(api, ['https://*.a.com/*']);
    expect(await syncOverlayRegistration(api, [])).toBe('unregistered');
    expect(scripts.size).toBe(0);
    expect(await syncOverlayRegistration(api, [])).toBe('unchanged');
  });

  it('never registers twice when syncs overlap, once they go through the serial queue', async () => {
    const { api, scripts } = fakeScripting();
    const serial = createSerialQueue();
    await Promise.all([1, 2, 3].map(() => serial(() => syncOverlayRegistration(api, ['https://*.a.com/*']))));
    expect(scripts.size).toBe(1);
  });
});

describe('createSerialQueue', () => {
  it('keeps going after a task fails', async () => {
    const serial = createSerialQueue();
    await expect(serial(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(serial(async () => 7)).resolves.toBe(7);
  });
});
