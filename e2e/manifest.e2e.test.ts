import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_EXTENSION } from './support/extension';

describe('the shipped manifest (.output/chrome-mv3)', () => {
  it('asks for the minimal permissions and no host access until auto mode is turned on', async () => {
    const manifest = JSON.parse(await readFile(join(BUILT_EXTENSION, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // No content script on every page: the overlay is registered at run time, per site.
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+R');
  });

  it('locks extension pages down with an explicit CSP', async () => {
    const manifest = JSON.parse(await readFile(join(BUILT_EXTENSION, 'manifest.json'), 'utf8'));
    const csp: string = manifest.content_security_policy.extension_pages;
    for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-(inline|eval)|wasm-unsafe-eval/);
  });
});
