import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One page the hostile server can answer with. */
export interface HostilePage {
  body: string | Buffer;
  /** Defaults to `text/html; charset=utf-8`. */
  contentType?: string;
  /** Sends the first `holdAfter` bytes, then keeps the response open until the server closes. */
  holdAfter?: number;
  /** Extra response headers (e.g. a CSP that keeps the page's own scripts from running). */
  headers?: Record<string, string>;
}

export interface HostileServer {
  origin: string;
  /** Pages by path; add or replace entries at any time. */
  pages: Map<string, HostilePage>;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A fixture server for generated pages kept in memory: hostile article pages, pages in other
 * encodings or MIME types, and pages that never finish loading. Any other path gets a pixel
 * when it names an image and a 404 otherwise.
 */
export async function startHostileServer(): Promise<HostileServer> {
  const pages = new Map<string, HostilePage>();
  const requests: string[] = [];
  const held = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const page = pages.get(path);
    if (!page) {
      // Any image request gets a pixel, whatever its name: a broken image is the page's problem
      // and would only add a console error to the reader.
      const image = /\.(png|jpe?g|gif|webp|svg|avif)$/i.test(path) || req.headers['sec-fetch-dest'] === 'image';
      res.writeHead(image ? 200 : 404, { 'content-type': image ? 'image/png' : 'text/plain' });
      res.end(image ? PIXEL : 'not found');
      return;
    }
    res.writeHead(200, {
      'content-type': page.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    if (page.holdAfter === undefined) {
      res.end(page.body);
      return;
    }
    res.write(Buffer.from(page.body).subarray(0, page.holdAfter));
    held.add(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    requests,
    close: () =>
      new Promise((ok) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
