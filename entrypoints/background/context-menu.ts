import { browser, type Browser } from '#imports';
import { i18n } from '#i18n';
import { logger } from '@/lib/logger';

const MENU_ID = 'safi-open-reader';

/** The page context-menu item "Open in Safi Reader". */
export function createMenus(): void {
  browser.contextMenus.create({
    id: MENU_ID,
    title: i18n.t('menu.openInReader'),
    contexts: ['page'],
  });
}

/** Opens the reader popup; where the browser cannot, the same page in a tab, on that tab. */
export async function onMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  try {
    await browser.action.openPopup();
  } catch {
    // No openPopup (older browsers, Firefox without a user action): a reader tab instead.
    try {
      await browser.tabs.create({
        url: browser.runtime.getURL(`/popup.html?tabId=${tab.id}`),
        index: tab.index + 1,
        openerTabId: tab.id,
      });
    } catch (err) {
      logger.error('could not open the reader', err);
    }
  }
}
