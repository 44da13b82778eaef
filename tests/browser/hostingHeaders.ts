// The response headers docs/hosting.md asks a host to send, as data: the browser tests' server
// sends them (globalSetup.ts), and the test of the example nginx configuration (docs/nginx.conf)
// checks that nginx sends the same.

/**
 * The Content-Security-Policy of docs/interface.md's "Hosting", with Trusted Types required for every
 * script sink (innerHTML, script src, eval...): the built site assigns none (issue #15).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

/** A year: files whose names carry a hash of their content never change, so browsers may keep them. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else may change with a deployment: browsers keep it but ask (ETag) before each use. */
export const REVALIDATE = "no-cache";

/** What every response carries. */
export const COMMON_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
} as const;

/** The embed loader, under its stable name and under its hashed one (what the Embed dialog's code loads, with integrity). */
export const isEmbedLoader = (path: string) => path === "/embed.js" || /^\/assets\/embed-[\w-]+\.js$/.test(path);

/**
 * The headers for a path of the site (relative to where it is served), besides Content-Type:
 * headersFor("/assets/index-abc.js")["Cache-Control"] → "public, max-age=31536000, immutable".
 */
export function headersFor(path: string): Record<string, string> {
  const headers: Record<string, string> = {
    ...COMMON_HEADERS,
    "Cache-Control": path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE,
  };
  // A newsroom's page on another origin loads the loader with crossorigin="anonymous", for its
  // integrity check: the browser then needs CORS to read it.
  if (isEmbedLoader(path)) headers["Access-Control-Allow-Origin"] = "*";
  return headers;
}
