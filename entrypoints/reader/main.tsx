import { render } from 'preact';
import { tabIdFromSearch } from '@/lib/popup-params';
import { applyUiLocaleToPage } from '@/lib/ui-locale';
import { saveRequestFromSearch } from '@/lib/text/export-file';
import { ReaderTab } from './ReaderTab';
import '@/components/fonts.css';
import '@/components/reader.css';
import '@/components/settings-panel.css';
import './style.css';

const { uiLang, uiDir } = applyUiLocaleToPage();

render(
  <ReaderTab
    tabIdParam={tabIdFromSearch(location.search)}
    saveParam={saveRequestFromSearch(location.search)}
    uiLang={uiLang}
    uiDir={uiDir}
  />,
  document.getElementById('app')!,
);
