import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve, extname } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A 1×1 transparent PNG: every image request gets it, so pages never log 404s for images. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const IMAGE_EXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg']);

export interface FixtureServer {
  origin: string;
  /** Every path requested, in order (to assert what the extension fetched). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `routes` (URL path → file) on 127.0.0.1 at a random port. Images of any path
 * get a pixel; anything else unknown is a 404.
 */
export async function startFixtureServer(routes: Record<string, string>): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const file = routes[path];
    if (file) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(await readFile(resolve(file)));
    } else if (IMAGE_EXT.has(extname(path).toLowerCase())) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(PIXEL);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
