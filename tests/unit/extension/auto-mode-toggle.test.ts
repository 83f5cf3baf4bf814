import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTargetOn, originsFor, setAutoMode, withTarget, type AutoToggleDeps } from '@/lib/auto-mode-toggle';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { getSettings, updateSettings } from '@/lib/storage';

function deps(granted: boolean, calls: string[] = []): AutoToggleDeps {
  return {
    requestPermission: vi.fn(async (origins: string[]) => {
      calls.push(`request ${origins.join(' ')}`);
      return granted;
    }),
    removePermission: vi.fn(async (origins: string[]) => {
      calls.push(`remove ${origins.join(' ')}`);
      return true;
    }),
    updateSettings: async (change) => {
      calls.push('update');
      return updateSettings(change);
    },
    syncAutoMode: vi.fn(async () => {
      calls.push('sync');
    }),
  };
}

describe('setAutoMode', () => {
  it('asks for the site permission first, then stores the rule and registers the script', async () => {
    const calls: string[] = [];
    expect(await setAutoMode(deps(true, calls), { kind: 'site', rule: 'example.com' }, true)).toBe('on');
    expect(calls).toEqual(['request https://*.example.com/* http://*.example.com/*', 'update', 'sync']);
    expect((await getSettings()).autoSites).toEqual(['example.com']);
  });

  it('leaves everything off when the user declines the permission', async () => {
    const calls: string[] = [];
    expect(await setAutoMode(deps(false, calls), { kind: 'all' }, true)).toBe('declined');
    expect(calls).toEqual(['request https://*/* http://*/*']);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('turns off by updating the settings, re-syncing, then giving the permission back', async () => {
    await updateSettings((s) => ({ ...s, autoSites: ['example.com', 'other.org'] }));
    const calls: string[] = [];
    expect(await setAutoMode(deps(true, calls), { kind: 'site', rule: 'example.com' }, false)).toBe('off');
    expect(calls).toEqual(['update', 'sync', 'remove https://*.example.com/* http://*.example.com/*']);
    expect((await getSettings()).autoSites).toEqual(['other.org']);
  });

  it('still turns off when the permission was already removed in the browser', async () => {
    const d = deps(true);
    d.removePermission = async () => Promise.reject(new Error('not granted'));
    await expect(setAutoMode(d, { kind: 'all' }, false)).resolves.toBe('off');
  });

  it('asks for the permission before any await, so the user gesture still counts', async () => {
    const d = deps(true);
    void setAutoMode(d, { kind: 'site', rule: 'a.com' }, true);
    // Synchronously after the call, the request has been made.
    expect(d.requestPermission).toHaveBeenCalledTimes(1);
  });

  it('works with the browser permissions API (fake browser)', async () => {
    const request = vi.fn(async () => true);
    Object.assign(fakeBrowser.permissions, { request });
    const d = deps(true);
    d.requestPermission = (origins) => fakeBrowser.permissions.request({ origins });
    expect(await setAutoMode(d, { kind: 'all' }, true)).toBe('on');
    expect(request).toHaveBeenCalledWith({ origins: ['https://*/*', 'http://*/*'] });
    expect((await getSettings()).autoAllSites).toBe(true);
  });
});

describe('withTarget', () => {
  const s: Settings = { ...DEFAULT_SETTINGS, autoSites: ['a.com'] };

  it('adds a site once', () => {
    expect(withTarget(withTarget(s, { kind: 'site', rule: 'b.com' }, true), { kind: 'site', rule: 'b.com' }, true).autoSites).toEqual([
      'a.com',
      'b.com',
    ]);
  });

  it('reports what is on', () => {
    expect(isTargetOn(s, { kind: 'site', rule: 'a.com' })).toBe(true);
    expect(isTargetOn(s, { kind: 'all' })).toBe(false);
  });

  it('asks for exactly the origins of the target', () => {
    expect(originsFor({ kind: 'site', rule: 'a.com' })).toEqual(['https://*.a.com/*', 'http://*.a.com/*']);
  });
});
