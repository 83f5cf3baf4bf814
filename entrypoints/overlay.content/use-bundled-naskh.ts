import { useEffect } from 'preact/hooks';
import { addBundledFaces, base64ToBytes, wantsBundledNaskh, type BundledWeight } from '@/lib/bundled-font';
import { logger } from '@/lib/logger';
import { sendMessage } from '@/lib/messages';
import type { ArabicFont } from '@/lib/settings/reading';

type FontFile = { weight: string; data: ArrayBuffer };

const WEIGHTS: BundledWeight[] = ['400', '700'];
let files: Promise<FontFile[]> | undefined;

/** The font files' bytes, asked of the background once (lib/bundled-font.ts says why). */
function readFiles(): Promise<FontFile[]> {
  files ??= Promise.all(
    WEIGHTS.map(async (weight) => {
      const base64 = await sendMessage('readBundledFont', { weight });
      if (!base64) throw new Error(`no bundled font of weight ${weight}`);
      return { weight, data: base64ToBytes(base64).buffer };
    }),
  );
  files.catch(() => (files = undefined)); // a later overlay may try again
  return files;
}

/**
 * Keeps the bundled Noto Naskh Arabic in the page's font set while the overlay shows an
 * Arabic-script article with the "naskh" setting; takes it out when the setting changes or
 * the overlay closes. Should the files not come, the font stack falls through to the
 * system's faces, as on any surface.
 */
export function useBundledNaskh(arabicFont: ArabicFont, article: { title: string; text: string }): void {
  const wanted = wantsBundledNaskh(arabicFont, article);
  useEffect(() => {
    if (!wanted) return;
    let remove: (() => void) | undefined;
    let current = true;
    readFiles()
      .then((list) => addBundledFaces(document.fonts, (family, data, d) => new FontFace(family, data, d), list))
      .then((undo) => {
        if (current) remove = undo;
        else undo();
      })
      .catch((err: unknown) => logger.errorOnce('loading the bundled Arabic font failed', err));
    return () => {
      current = false;
      remove?.();
    };
  }, [wanted]);
}
