import { createRequire } from 'node:module';
import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { BUNDLED_FONT_FILES } from '../lib/bundled-font';

/**
 * The bundled Arabic face (Noto Naskh Arabic, Arabic subset, from @fontsource), copied from
 * the npm package into the build at a fixed path, `fonts/<file>`: the extension pages load it
 * from there (components/fonts.css), and the background reads it from there for the overlay
 * (lib/bundled-font.ts), which needs an address it can know in advance; a hashed Vite asset
 * has none, and the background and content scripts are built in library mode, which would
 * inline an imported file as base64. Nothing is made web-accessible.
 */
export default defineWxtModule({
  name: 'bundled-fonts',
  setup(wxt) {
    const require = createRequire(path.join(wxt.config.root, 'package.json'));
    // fonts.css names the copies by their address in the build; they are not Vite's to
    // resolve, which it would otherwise warn about on every build.
    wxt.hook('vite:build:extendConfig', (_entrypoints, config) => {
      const options = ((config.build ??= {}).rolldownOptions ??= {});
      const previous = options.external;
      const listed = (id: string) =>
        [previous ?? []].flat().some((p) => (typeof p === 'string' ? p === id : p instanceof RegExp ? p.test(id) : false));
      options.external = (id, ...rest) =>
        id.startsWith('/fonts/') || (typeof previous === 'function' ? Boolean(previous(id, ...rest)) : listed(id));
    });
    wxt.hook('build:publicAssets', (_wxt, files) => {
      for (const file of Object.values(BUNDLED_FONT_FILES)) {
        files.push({ absoluteSrc: require.resolve(`@fontsource/noto-naskh-arabic/files/${file}`), relativeDest: `fonts/${file}` });
      }
    });
  },
});
