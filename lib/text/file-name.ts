// Characters Windows, macOS or Linux refuse in file names, control and bidi-control
// characters (which can disguise an extension: "txt.exe" shown as "exe.txt"), and dots.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069.]+/g;
const MAX_CHARS = 80;

/**
 * A download file name from an article title: the title's own letters (Arabic stays Arabic),
 * words joined by hyphens, at most 80 characters, then `.ext`. Falls back to `fallback` when
 * the title has no usable characters.
 */
export function fileNameFor(title: string, ext: string, fallback = 'article'): string {
  const words = title.normalize('NFC').replace(UNSAFE, ' ').trim().split(/\s+/).filter(Boolean);
  let name = '';
  for (const word of words) {
    const next = name ? `${name}-${word}` : word;
    if ([...next].length > MAX_CHARS) break;
    name = next;
  }
  if (!name && words[0]) name = [...words[0]].slice(0, MAX_CHARS).join('');
  return `${name.replace(/^-+|-+$/g, '') || fallback}.${ext}`;
}
