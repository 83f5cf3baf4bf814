import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { dropReadabilityDebugPlugin } from './scripts/lib/drop-readability-debug';

/**
 * Extension pages render sanitized third-party HTML, so their CSP is the backstop: only our
 * own scripts, no plugins, no <base>, no form posts, no frames, no fetches. Images may come
 * from the article's site (http/https) — that is the only network use a reader page makes.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "img-src 'self' data: https: http:",
  "media-src 'none'",
  "font-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
].join('; ');

const AUTO_MODE_ORIGINS = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact(), dropReadabilityDebugPlugin] }),
  manifest: ({ command, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Asked for only when the user turns auto reader mode on (one site, or all sites).
    // MV2 (Firefox) has no optional_host_permissions: there origins are optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: AUTO_MODE_ORIGINS }
      : { optional_permissions: AUTO_MODE_ORIGINS }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
      },
    },
    // The dev server needs its own script origin and websocket; WXT adds them in `serve`.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    browser_specific_settings: {
      gecko: {
        id: 'safi-reader@safi.invalid',
        // AMO asks every new listing to declare what it collects: nothing leaves the device.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  zip: {
    // The Firefox sources zip is what AMO reviewers rebuild from: code and build config only,
    // no test pages, screenshots or scratch output.
    excludeSources: [
      'tests/**',
      'e2e/**',
      'vitest.config.ts',
      'vitest.e2e.config.ts',
      'test-results/**',
      'docs/**',
      '.dev/**',
      'web-ext-artifacts/**',
    ],
  },
});
