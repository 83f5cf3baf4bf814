import { render } from 'preact';
import { browser } from '#imports';
import { i18n } from '#i18n';
import { tabIdFromSearch, uiDirFor } from '@/lib/popup-params';
import { App } from './App';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@/components/reader.css';
import './style.css';

const uiLang = browser.i18n.getUILanguage();
const uiDir = uiDirFor(browser.i18n.getMessage('@@bidi_dir'), uiLang);
// The popup's own chrome follows the browser's language; the article sets its own dir/lang.
document.documentElement.lang = uiLang;
document.documentElement.dir = uiDir;
document.title = i18n.t('popup.title');

render(
  <App tabIdParam={tabIdFromSearch(location.search)} uiLang={uiLang} uiDir={uiDir} />,
  document.getElementById('app')!,
);
