/**
 * The extension UI's language and direction as the running surface sees them: the messages
 * in use (`locale.lang`, `locale.dir`) with the browser's as the fallback (see
 * `uiLocaleFrom`). The article always sets its own `dir` and `lang`.
 */
import { browser } from '#imports';
import { i18n } from '#i18n';
import { uiLocaleFrom } from './popup-params';

export function currentUiLocale(): { uiLang: string; uiDir: 'rtl' | 'ltr' } {
  return uiLocaleFrom(
    i18n.t('locale.lang'),
    i18n.t('locale.dir'),
    browser.i18n.getUILanguage(),
    browser.i18n.getMessage('@@bidi_dir'),
  );
}

/** For an extension page (popup, reader tab): its chrome and title follow the UI language. */
export function applyUiLocaleToPage(): { uiLang: string; uiDir: 'rtl' | 'ltr' } {
  const locale = currentUiLocale();
  document.documentElement.lang = locale.uiLang;
  document.documentElement.dir = locale.uiDir;
  document.title = i18n.t('popup.title');
  return locale;
}
