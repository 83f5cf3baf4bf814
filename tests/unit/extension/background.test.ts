import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMenuClicked, createMenus } from '@/entrypoints/background/context-menu';
import { syncAutoMode, turnOffAuto } from '@/entrypoints/background/auto-mode';
import { OVERLAY_SCRIPT_ID } from '@/lib/auto-registration';
import { getSettings, updateSettings } from '@/lib/storage';
import { stubI18n } from './i18n-stub';

// fake-browser has no contextMenus, scripting or action: give it small stand-ins.
function stubBrowser() {
  const registered: Array<{ id: string; matches: string[] }> = [];
  const apis = {
    contextMenus: { create: vi.fn(), onClicked: { addListener: vi.fn() } },
    action: { openPopup: vi.fn(async () => {}) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => registered.map((s) => ({ ...s }))),
      registerContentScripts: vi.fn(async (list: Array<{ id: string; matches: string[] }>) => {
        registered.push(...list);
      }),
      updateContentScripts: vi.fn(async (list: Array<{ id: string; matches: string[] }>) => {
        Object.assign(registered[0]!, list[0]);
      }),
      unregisterContentScripts: vi.fn(async () => {
        registered.length = 0;
      }),
    },
  };
  Object.assign(fakeBrowser, apis);
  Object.assign(fakeBrowser.permissions, { remove: vi.fn(async () => true) });
  return { ...apis, registered };
}

beforeEach(() => stubI18n());

describe('context menu', () => {
  it('adds "Open in Safi Reader" to the page menu', () => {
    const { contextMenus } = stubBrowser();
    createMenus();
    expect(contextMenus.create).toHaveBeenCalledWith({
      id: 'safi-open-reader',
      title: 'menu.openInReader',
      contexts: ['page'],
    });
  });

  it('opens the popup when the browser can', async () => {
    const { action } = stubBrowser();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClicked({ menuItemId: 'safi-open-reader' } as never, { id: 7, index: 0 } as never);
    expect(action.openPopup).toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the reader page for that tab when the popup cannot open', async () => {
    const { action } = stubBrowser();
    action.openPopup.mockRejectedValue(new Error('not supported'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClicked({ menuItemId: 'safi-open-reader' } as never, { id: 7, index: 2 } as never);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/\/popup\.html\?tabId=7$/), index: 3, openerTabId: 7 }),
    );
  });

  it('ignores other menu items', async () => {
    const { action } = stubBrowser();
    await onMenuClicked({ menuItemId: 'something-else' } as never, { id: 7, index: 0 } as never);
    expect(action.openPopup).not.toHaveBeenCalled();
  });
});

describe('auto mode in the background', () => {
  it('registers the overlay for the stored sites, and removes it when none is left', async () => {
    const { registered } = stubBrowser();
    await updateSettings((s) => ({ ...s, autoSites: ['example.com'] }));
    await syncAutoMode();
    expect(registered).toMatchObject([
      { id: OVERLAY_SCRIPT_ID, matches: ['http://*.example.com/*', 'https://*.example.com/*'] },
    ]);
    await updateSettings((s) => ({ ...s, autoSites: [] }));
    await syncAutoMode();
    expect(registered).toEqual([]);
  });

  it('turns a site off from the overlay: rule, registration and permission', async () => {
    const { registered } = stubBrowser();
    await updateSettings((s) => ({ ...s, autoSites: ['example.com'] }));
    await syncAutoMode();
    await turnOffAuto('example.com');
    expect((await getSettings()).autoSites).toEqual([]);
    expect(registered).toEqual([]);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://*.example.com/*', 'http://*.example.com/*'],
    });
  });
});
