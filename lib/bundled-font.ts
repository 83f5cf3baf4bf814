/**
 * The bundled Noto Naskh Arabic for the in-page overlay. Extension pages load it with
 * @font-face (components/fonts.css), but a shadow root ignores @font-face rules, and a rule in
 * the page's own document would have the page fetch the files: they would have to be
 * web-accessible (which lets any site detect the extension), and the page's CSP could still
 * refuse them. A content script cannot fetch them either unless they are web-accessible. So
 * the background reads the files and hands their bytes to the overlay by message, and the
 * overlay adds them to the page's font set as FontFace objects made from those bytes: same
 * family name, weights and Arabic unicode-range as fonts.css, so the reading settings' font
 * stacks resolve exactly as on the other surfaces. The faces are there only while the
 * overlay is open. The manifest stays as it was: no web-accessible resources.
 */
import type { ArabicFont } from './settings/reading';

/** The font files by weight, copied to `fonts/` in the build by modules/bundled-fonts.ts. */
export const BUNDLED_FONT_FILES = {
  '400': 'noto-naskh-arabic-arabic-400-normal.woff2',
  '700': 'noto-naskh-arabic-arabic-700-normal.woff2',
} as const;
export type BundledWeight = keyof typeof BUNDLED_FONT_FILES;

/** The extension path of the file of `weight`. */
export function bundledFontPath(weight: BundledWeight): `/fonts/${string}` {
  return `/fonts/${BUNDLED_FONT_FILES[weight]}`;
}

/** The family the reading settings' "naskh" stack starts with (lib/theme.ts). */
export const NASKH_FAMILY = 'Noto Naskh Arabic';

/** The unicode-range of the Arabic subset, as @fontsource declares it (components/fonts.css). */
export const ARABIC_UNICODE_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1';

// Letters of the Arabic script blocks (Arabic, Supplement, Extended-A/B, presentation forms).
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/;

/**
 * Whether the overlay needs the bundled face: the user's Arabic font is "naskh" and the
 * article has Arabic-script text (an English article never fetches the files, as with
 * unicode-range on the extension pages).
 */
export function wantsBundledNaskh(arabicFont: ArabicFont, article: { title: string; text: string }): boolean {
  return arabicFont === 'naskh' && (ARABIC_LETTER.test(article.title) || ARABIC_LETTER.test(article.text));
}

/** Bytes as base64, the form they cross the extension's JSON messaging in. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The parts of a document's FontFaceSet and of the FontFace constructor used here. */
export interface FontSetLike {
  add(face: FontFace): unknown;
  delete(face: FontFace): unknown;
}
export type FontFaceMaker = (family: string, data: ArrayBuffer, descriptors: FontFaceDescriptors) => FontFace;

/**
 * Adds the bundled faces (`files`: the bytes of each weight) to `fonts` and returns what
 * takes them out again. Each face is decoded before it is added, so text never flashes
 * through a face that then fails.
 */
export async function addBundledFaces(
  fonts: FontSetLike,
  make: FontFaceMaker,
  files: ReadonlyArray<{ weight: string; data: ArrayBuffer }>,
): Promise<() => void> {
  const faces = await Promise.all(
    files.map(({ weight, data }) =>
      make(NASKH_FAMILY, data, { weight, style: 'normal', display: 'swap', unicodeRange: ARABIC_UNICODE_RANGE }).load(),
    ),
  );
  for (const face of faces) fonts.add(face);
  return () => {
    for (const face of faces) fonts.delete(face);
  };
}
