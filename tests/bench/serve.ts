// A static file server for the benchmark: what a CDN does for the first view, on loopback only.
// Text types are gzip-encoded (level 9, as CDNs that precompress static assets do), every response
// says `no-store` so each load is cold, and the site's Content-Security-Policy is sent as in production.
import { readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};
/** Types a CDN compresses; fonts (woff2 is already compressed) and images go as they are. */
const COMPRESSED_TYPES = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt"]);

export interface ServedResponse {
  path: string;
  status: number;
  contentType: string;
  /** Body bytes as sent: gzipped for text types. */
  bodyBytes: number;
  rawBytes: number;
}

export interface StaticServer {
  url: string;
  /** Every response so far, in order; `clearLog()` starts a new list. */
  log: ServedResponse[];
  clearLog: () => void;
  close: () => Promise<void>;
}

/**
 * Serves `root` at http://127.0.0.1:<ephemeral port>/ with gzip and no caching.
 * @example const server = await serveStatic("dist", { "Content-Security-Policy": "default-src 'self'" });
 */
export async function serveStatic(
  root: string,
  extraHeaders: Record<string, string> = {},
  /** Milliseconds to hold back each response, by URL path (an experiment's slow script, say); none by default. */
  delayOf: (path: string) => number = () => 0,
): Promise<StaticServer> {
  const base = resolve(root);
  // Compressed once per file, like a CDN's edge cache; the browser still downloads it every load.
  const gzipped = new Map<string, Buffer>();
  const log: ServedResponse[] = [];

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(base, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath));
    const common = { "Cache-Control": "no-store", ...extraHeaders };
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403, common).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
    } catch {
      response.writeHead(404, { ...common, "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      log.push({ path: urlPath, status: 404, contentType: "text/plain", bodyBytes: 9, rawBytes: 9 });
      return;
    }
    const extension = extname(file).toLowerCase();
    const contentType = CONTENT_TYPES[extension] ?? "application/octet-stream";
    const raw = readFileSync(file);
    const acceptsGzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    let body: Buffer = raw;
    const headers: Record<string, string> = { ...common, "Content-Type": contentType };
    if (acceptsGzip && COMPRESSED_TYPES.has(extension)) {
      let packed = gzipped.get(file);
      if (!packed) {
        packed = gzipSync(raw, { level: 9 });
        gzipped.set(file, packed);
      }
      body = packed;
      headers["Content-Encoding"] = "gzip";
      headers["Vary"] = "Accept-Encoding";
    }
    headers["Content-Length"] = String(body.byteLength);
    const send = () => {
      response.writeHead(200, headers);
      response.end(request.method === "HEAD" ? undefined : body);
    };
    const delay = delayOf(urlPath);
    if (delay > 0) setTimeout(send, delay);
    else send();
    log.push({ path: urlPath, status: 200, contentType, bodyBytes: body.byteLength, rawBytes: raw.byteLength });
  };

  const server = createServer(handle);
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    clearLog: () => void log.splice(0),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
