import { browser, defineBackground } from '#imports';
import { onMessage } from '@/lib/messages';
import { watchSettings } from '@/lib/storage';
import { onMenuClicked, createMenus } from './context-menu';
import { syncAutoMode, turnOffAuto } from './auto-mode';
import { extractForOverlay } from './extract-for-overlay';
import { summarizeText } from './summarize-text';

/** Glue only: browser events → auto-mode and menu handlers. */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    void syncAutoMode();
  });
  browser.runtime.onStartup.addListener(() => void syncAutoMode());
  browser.contextMenus.onClicked.addListener(onMenuClicked);
  onMessage('syncAutoMode', () => syncAutoMode());
  onMessage('turnOffAutoForSite', ({ data }) => turnOffAuto(data.rule));
  onMessage('extractForOverlay', ({ sender }) => extractForOverlay(sender));
  onMessage('summarize', ({ data }) => summarizeText(data));
  // Settings also change from other devices (storage.sync) and from tests.
  watchSettings(() => void syncAutoMode());
});
