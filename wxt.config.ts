import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    browser_specific_settings: {
      gecko: { id: 'safi-reader@safi.invalid' },
    },
  },
  zip: {
    excludeSources: ['tests/**', 'e2e/**', 'vitest.config.ts', 'vitest.e2e.config.ts'],
  },
});
