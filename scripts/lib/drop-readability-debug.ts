/**
 * A build plugin for @mozilla/readability: its debug output (`this.log(…)`, a no-op unless
 * the `debug` option is on, and the reason strings `_cleanConditionally` collects only to
 * log them) is ~1.5 kB of the injected script. The log calls are marked pure, so the
 * minifier drops them, and each reason string becomes `0` — the list is only ever
 * counted and logged, so what Readability decides does not change.
 */
const READABILITY = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

export function dropReadabilityDebug(code: string): string {
  return code
    .replaceAll('this.log(', '/* @__PURE__ */ this.log(')
    .replace(/errs\.push\(\s*`[^`]*`\s*\)/g, 'errs.push(0)');
}

export const dropReadabilityDebugPlugin = {
  name: 'safi:drop-readability-debug',
  transform(code: string, id: string) {
    return READABILITY.test(id.split('?')[0]!) ? { code: dropReadabilityDebug(code), map: null } : null;
  },
};
