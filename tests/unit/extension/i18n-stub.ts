import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * fake-browser has no i18n: messages come back as their key (dots, as in the code) with
 * substitutions in brackets, so tests assert which message is shown, not its wording.
 */
export function stubI18n(overrides: Record<string, string> = {}): void {
  const i18n = {
    getMessage: (name: string, subs?: string | string[]) => {
      const key = name.replaceAll('_', '.');
      if (key in overrides) return overrides[key];
      if (name === '@@bidi_dir') return 'ltr';
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return list.length ? `${key}[${list.join('|')}]` : key;
    },
    getUILanguage: () => 'en-US',
  };
  Object.assign(fakeBrowser, { i18n });
}
