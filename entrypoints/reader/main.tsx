import { render } from 'preact';
import { browser } from '#imports';
import { i18n } from '#i18n';
import { tabIdFromSearch, uiLocaleFrom } from '@/lib/popup-params';
import { saveRequestFromSearch } from '@/lib/text/export-file';
import { ReaderTab } from './ReaderTab';
import '@/components/fonts.css';
import '@/components/reader.css';
import '@/components/settings-panel.css';
import './style.css';

const { uiLang, uiDir } = uiLocaleFrom(
  i18n.t('locale.lang'),
  i18n.t('locale.dir'),
  browser.i18n.getUILanguage(),
  browser.i18n.getMessage('@@bidi_dir'),
);
// The page chrome follows the UI language; the article sets its own dir and lang.
document.documentElement.lang = uiLang;
document.documentElement.dir = uiDir;
document.title = i18n.t('popup.title');

render(
  <ReaderTab
    tabIdParam={tabIdFromSearch(location.search)}
    saveParam={saveRequestFromSearch(location.search)}
    uiLang={uiLang}
    uiDir={uiDir}
  />,
  document.getElementById('app')!,
);
