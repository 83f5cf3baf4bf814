import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { HarnessFailure } from './page-result';

/** Pages above this size (after gunzip) are refused: no real article page comes near it. */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;

export type PageFile = { ok: true; bytes: Buffer } | { ok: false; reason: HarnessFailure; detail: string };

const isGzip = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * Reads a saved page as raw bytes (`.html`, or `.html.gz` gunzipped), without decoding: the
 * browser decides the encoding from the bytes and the meta charset, as it would online.
 */
export async function readPageFile(file: string, maxBytes = MAX_PAGE_BYTES): Promise<PageFile> {
  let raw: Buffer;
  try {
    // Refuse by size before reading: gzip of HTML is never larger than the HTML.
    const { size } = await stat(file);
    if (size > maxBytes) return { ok: false, reason: 'too-large', detail: `${size} bytes on disk` };
    raw = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'file-not-found' : 'file-unreadable', detail: String(error) };
  }
  let bytes = raw;
  if (/\.gz$/i.test(file) || isGzip(raw)) {
    if (!isGzip(raw)) return { ok: false, reason: 'bad-gzip', detail: 'no gzip header' };
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes + 1 });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      return { ok: false, reason: tooBig ? 'too-large' : 'bad-gzip', detail: String(error) };
    }
  }
  if (bytes.length > maxBytes) return { ok: false, reason: 'too-large', detail: `${bytes.length} bytes` };
  return { ok: true, bytes };
}
