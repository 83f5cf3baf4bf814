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

describe('the shipped code', () => {
  it('holds no remote address it could call: only XML namespaces, match patterns and links in framework error messages', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(BUILT_EXTENSION, { recursive: true })).filter((f) => f.endsWith('.js'));
    const urls = new Set<string>();
    for (const f of files) {
      const code = await readFile(join(BUILT_EXTENSION, f), 'utf8');
      for (const m of code.matchAll(/\b(?:https?|wss?):\/\/[^\s'"`)]+/g)) urls.add(m[0]);
    }
    const allowed = [
      /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML)$/,
      // Appear only inside error and warning texts of WXT and the DOM helpers.
      /^https:\/\/(wxt\.dev|github\.com\/wxt-dev|developer\.mozilla\.org)\//,
      // Host-permission match patterns built from the user's site rules (never fetched).
      /^https?:\/\/(\*|\$\{\w+\})\/\*$/,
    ];
    expect([...urls].filter((u) => !allowed.some((re) => re.test(u)))).toEqual([]);
  });
});
