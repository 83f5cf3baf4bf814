import { browser } from '#imports';
import { BUNDLED_FONT_FILES, bundledFontPath, bytesToBase64, type BundledWeight } from '@/lib/bundled-font';

/**
 * The bytes (base64) of the bundled Arabic font file of `weight`, for the overlay, which
 * cannot read extension files that are not web-accessible (lib/bundled-font.ts). Only the
 * bundled font files can be asked for; null for anything else or a failed read.
 */
export async function readBundledFont(data: { weight: string }): Promise<string | null> {
  if (!Object.hasOwn(BUNDLED_FONT_FILES, data.weight)) return null;
  const path = bundledFontPath(data.weight as BundledWeight);
  const response = await fetch(browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]));
  return response.ok ? bytesToBase64(new Uint8Array(await response.arrayBuffer())) : null;
}
