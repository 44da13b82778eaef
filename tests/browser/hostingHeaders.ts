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

/**
 * What every response carries. CORS for every file: a newsroom's page loads the embed loader with
 * crossorigin="anonymous" (for its integrity check); WordPress frames an embed with
 * sandbox="allow-scripts", an opaque origin, for which every module script, stylesheet, JSON file
 * and tile the page loads is a cross-origin request; and an oEmbed consumer may read oembed.json
 * from its own page. The site is public and sets no cookies, so the header exposes nothing.
 */
export const COMMON_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Access-Control-Allow-Origin": "*",
} as const;

/**
 * The headers for a path of the site (relative to where it is served), besides Content-Type:
 * headersFor("/assets/index-abc.js")["Cache-Control"] → "public, max-age=31536000, immutable".
 */
export function headersFor(path: string): Record<string, string> {
  return {
    ...COMMON_HEADERS,
    "Cache-Control": path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE,
  };
}
