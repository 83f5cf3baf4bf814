import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/lib/extract/extract-article';
import { logger } from '@/lib/logger';
import type { ExtractResult } from '@/lib/extract/types';

/** Set by the popup (same isolated world) right before injecting this file. */
declare global {
  var __safiForce: boolean | undefined;
}

/**
 * Injected on demand by the popup with `scripting.executeScript({files})`: reads the live
 * page and returns the ExtractResult as the script's value (WXT returns main()'s result).
 */
export default defineUnlistedScript((): ExtractResult | { ok: false; reason: 'error' } => {
  try {
    return extractArticle(document, { url: location.href, force: globalThis.__safiForce === true });
  } catch (err) {
    logger.error('extraction failed', err);
    return { ok: false, reason: 'error' };
  }
});
