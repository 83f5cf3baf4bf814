/**
 * Writes the toolbar icons (public/icon/{16,32,48,128}.png) without any image library:
 * a teal rounded square with white "text lines" aligned to the right, a nod to
 * right-to-left reading. Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { resolve } from 'node:path';

const SIZES = [16, 32, 48, 128];
const TEAL = [11, 107, 92];
const WHITE = [255, 255, 255];

function pixel(x: number, y: number, n: number): [number, number, number, number] {
  // Work in a 0..1 square; rounded corners with radius 0.2.
  const u = (x + 0.5) / n;
  const v = (y + 0.5) / n;
  const r = 0.2;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return [0, 0, 0, 0];
  // Four lines, right-aligned, of decreasing length.
  const lines = [
    { y: 0.24, len: 0.64 },
    { y: 0.41, len: 0.64 },
    { y: 0.58, len: 0.64 },
    { y: 0.75, len: 0.38 },
  ];
  const half = n <= 16 ? 0.07 : 0.055;
  for (const l of lines) {
    if (Math.abs(v - l.y) <= half && u <= 0.82 && u >= 0.82 - l.len) return [...WHITE, 255] as never;
  }
  return [...TEAL, 255] as never;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(n: number): Buffer {
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) {
    raw[y * (n * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < n; x++) {
      const p = pixel(x, y, n);
      raw.set(p, y * (n * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = resolve(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(dir, { recursive: true });
for (const n of SIZES) writeFileSync(resolve(dir, `${n}.png`), png(n));
console.log(`wrote ${SIZES.length} icons to ${dir}`);
