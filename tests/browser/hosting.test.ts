// docs/nginx.conf, tested: nginx serves the built site with it, sends the headers of
// docs/hosting.md (hostingHeaders.ts, which the other browser tests' server sends too), and the
// page works under them in Chromium. Skipped, in one line, where nginx is not installed.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { en } from "../../src/i18n/messages";
import { launch, openContext } from "./browser";
import { headersFor } from "./hostingHeaders";

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"].find((path) => existsSync(path));
const MIME_TYPES = "/etc/nginx/mime.types";
if (!NGINX) console.log("nginx tests skipped: no nginx found (Debian/Ubuntu: apt-get install nginx; .ci/run installs it).");

/** A free loopback port, for nginx to listen on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * docs/nginx.conf as the file tells a reader to use it: inside `http { }`, with mime.types, its
 * `listen` and `root` changed to this machine's; everything else as written.
 */
function nginxConfig(prefix: string, port: number, root: string): string {
  const site = readFileSync(new URL("../../docs/nginx.conf", import.meta.url), "utf8")
    .replace(/^(\s*)listen\s+80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+\/var\/www\/signatory-map;/m, `$1root ${root};`);
  if (!site.includes(`listen 127.0.0.1:${port};`) || !site.includes(`root ${root};`))
    throw new Error("docs/nginx.conf: no `listen 80;` or `root /var/www/signatory-map;` line to adapt");
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  // Run as root (CI containers), nginx's workers would be "nobody", who cannot read the test's private build folder.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}pid ${join(prefix, "nginx.pid")};
error_log ${join(prefix, "error.log")};
events {}
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
${site}
}
`;
}

describe.skipIf(!NGINX)("the example nginx configuration (docs/nginx.conf)", () => {
  let nginx: ChildProcess | undefined;
  let prefix: string;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    prefix = mkdtempSync(join(tmpdir(), "signatory-map-nginx-"));
    const port = await freePort();
    const config = join(prefix, "nginx.conf");
    writeFileSync(config, nginxConfig(prefix, port, inject("distDir")));
    nginx = spawn(NGINX!, ["-p", prefix, "-c", config, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    nginx.stderr?.on("data", (chunk) => (stderr += chunk));
    origin = `http://127.0.0.1:${port}`;
    // Up when it answers; a config error ends the process, with nginx's words.
    for (let attempt = 0; ; attempt++) {
      if (nginx.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
      try {
        await fetch(origin);
        break;
      } catch (error) {
        if (attempt > 200) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await exited;
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  /** One file of each kind the site has, by its path under the root. */
  const samplePaths = () => {
    const assets = readdirSync(join(inject("distDir"), "assets"));
    const asset = (pattern: RegExp) => {
      const name = assets.find((file) => pattern.test(file));
      if (!name) throw new Error(`no file in dist/assets matches ${pattern}`);
      return `/assets/${name}`;
    };
    return {
      "/": "text/html",
      "/index.html": "text/html",
      [asset(/^index-.*\.js$/)]: "application/javascript",
      // The page's stylesheet: it goes with the first view's chunk (vite.config.ts, firstViewChunk), so named after it.
      [asset(/^app-.*\.css$/)]: "text/css",
      [asset(/^zoomBehaviour-.*\.js$/)]: "application/javascript",
      [asset(/^embed-.*\.js$/)]: "application/javascript",
      "/embed.js": "application/javascript",
      "/statements/dprk-russia-missiles-2024.json": "application/json",
      "/s/dprk-russia-missiles-2024/card.png": "image/png",
    };
  };

  it("sends the headers of docs/hosting.md with every kind of file", async () => {
    for (const [path, type] of Object.entries(samplePaths())) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toContain(type);
      for (const [name, value] of Object.entries(headersFor(path))) expect(response.headers.get(name), `${name} of ${path}`).toBe(value);
      if (!headersFor(path)["Access-Control-Allow-Origin"]) expect(response.headers.get("access-control-allow-origin"), path).toBeNull();
      // Revalidation needs a validator.
      expect(response.headers.get("etag"), path).toBeTruthy();
      await response.arrayBuffer();
    }
  });

  it("answers a missing statement with a 404 that carries the same policy", async () => {
    const response = await fetch(`${origin}/statements/no-such-statement.json`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-security-policy")).toBe(headersFor("/")["Content-Security-Policy"]);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("compresses the page and its script for browsers that ask", async () => {
    const response = await fetch(`${origin}/`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
  });

  it("serves a page that works under those headers: it hydrates, zooms and loads a statement, with a clean console", async () => {
    const { context } = await openContext(
      browser,
      { viewport: { width: 1280, height: 800 } },
      { allow: [/^Failed to load resource: .*\[[^\]]*\/statements\/no-such-statement\.json\]$/] },
    );
    const page = await context.newPage();
    await page.goto(`${origin}/?country=LI`);
    await expect.poll(() => page.getByRole("tooltip").textContent()).toContain("Liechtenstein");
    await page.getByRole("button", { name: en.zoomIn }).click();
    await expect.poll(() => page.locator("svg.map-svg g[transform]").first().getAttribute("transform")).toContain("scale(1.8)");
    await page.goto(`${origin}/?statement=no-such-statement`);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(en.statementNotFound("no-such-statement"));
  });
});
