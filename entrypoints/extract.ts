import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/lib/extract/extract-article';
import { logError } from '@/lib/logger';
import type { ExtractResult } from '@/lib/extract/types';

/** Set by the popup (same isolated world) right before injecting this file. */
declare global {
  var __safiForce: boolean | undefined;
  /** The last result, left for the overlay content script (same isolated world) to read. */
  var __safiResult: ExtractResult | { ok: false; reason: 'error' } | undefined;
}

/**
 * Injected on demand with `scripting.executeScript({files})`, by the popup and (for the auto
 * overlay) by the background: reads the live page and returns the ExtractResult as the
 * script's value (WXT returns main()'s result), also leaving it on `__safiResult`.
 */
export default defineUnlistedScript((): ExtractResult | { ok: false; reason: 'error' } => {
  try {
    globalThis.__safiResult = extractArticle(document, { url: location.href, force: globalThis.__safiForce === true });
  } catch (err) {
    logError('extraction failed', err);
    globalThis.__safiResult = { ok: false, reason: 'error' };
  }
  return globalThis.__safiResult;
});
