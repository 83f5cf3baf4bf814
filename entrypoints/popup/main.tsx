import { render } from 'preact';
import { tabIdFromSearch } from '@/lib/popup-params';
import { applyUiLocaleToPage } from '@/lib/ui-locale';
import { App } from './App';
import '@/components/fonts.css';
import '@/components/reader.css';
import '@/components/settings-panel.css';
import './style.css';

const { uiLang, uiDir } = applyUiLocaleToPage();

render(
  <App tabIdParam={tabIdFromSearch(location.search)} uiLang={uiLang} uiDir={uiDir} />,
  document.getElementById('app')!,
);
