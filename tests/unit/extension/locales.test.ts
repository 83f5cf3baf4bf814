import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Flattens the simple nested YAML of locales/*.yml into dotted keys → values. */
function flatten(file: string): Map<string, string> {
  const out = new Map<string, string>();
  const path: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^( *)([A-Za-z0-9_]+):\s*(.*)$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    const depth = m[1]!.length / 2;
    path.length = depth;
    path.push(m[2]!);
    if (m[3]) out.set(path.join('.'), m[3]);
  }
  return out;
}

const en = flatten('locales/en.yml');
const ar = flatten('locales/ar.yml');

describe('locales', () => {
  it('has every English message in Arabic too, and nothing else', () => {
    expect([...ar.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('keeps the same substitutions in both languages (Arabic may drop the number where the word says it)', () => {
    for (const [key, value] of en) {
      const enSubs = value.match(/\$\d/g) ?? [];
      const arSubs = ar.get(key)!.match(/\$\d/g) ?? [];
      for (const s of arSubs) expect(enSubs, key).toContain(s);
    }
  });

  it('declares each language direction for the popup', () => {
    expect(en.get('locale.dir')).toBe('ltr');
    expect(ar.get('locale.dir')).toBe('rtl');
  });

  it('keeps the manifest name and description', () => {
    expect(en.get('extName')).toBe('Safi Reader');
    expect(ar.get('extName')).toBeTruthy();
    expect(ar.get('extDescription')).toBeTruthy();
  });
});
