import { browser, defineBackground } from '#imports';
import { onMessage } from '@/lib/messages';
import { watchSettings } from '@/lib/storage';
import { onMenuClicked, createMenus } from './context-menu';
import { syncAutoMode, turnOffAuto } from './auto-mode';
import { extractForOverlay } from './extract-for-overlay';
import { loadExportTools } from './load-export-tools';
import { openReaderTab } from './open-reader-tab';
import { readBundledFont } from './read-bundled-font';
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
  onMessage('loadExportTools', ({ sender }) => loadExportTools(sender));
  onMessage('summarize', ({ data }) => summarizeText(data));
  onMessage('openReaderTab', ({ data, sender }) => openReaderTab(data, sender));
  onMessage('readBundledFont', ({ data }) => readBundledFont(data));
  // Settings also change from other devices (storage.sync) and from tests.
  watchSettings(() => void syncAutoMode());
});
