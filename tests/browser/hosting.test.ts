// docs/nginx.conf, tested: nginx serves the built site with it, sends the headers of
// docs/hosting.md (hostingHeaders.ts, which the other browser tests' server sends too), and the
// page works under them in Chromium, on its own and framed as WordPress frames it (an opaque
// origin, so every file it loads is a CORS request). The nginx tests are skipped, in one line,
// where nginx is not installed; the WordPress frame is tested under the preview server's headers too.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { en } from "../../src/i18n/messages";
import { baseUrl, launch, openContext } from "./browser";
import { fixture, startParentServer, type ParentServer } from "./fixtures/parentServer";
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
      "/s/dprk-russia-missiles-2024/map.png": "image/png",
      "/s/dprk-russia-missiles-2024/oembed.json": "application/json",
    };
  };

  it("sends the headers of docs/hosting.md with every kind of file", async () => {
    for (const [path, type] of Object.entries(samplePaths())) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toContain(type);
      for (const [name, value] of Object.entries(headersFor(path))) expect(response.headers.get(name), `${name} of ${path}`).toBe(value);
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

  it("serves an embed that works framed as WordPress frames it", async () => {
    await expectWorksFramedAsWordPress(browser, `${origin}/`);
  });
});

let parents: ParentServer;
beforeAll(async () => {
  parents = await startParentServer();
});
afterAll(async () => {
  await parents?.close();
});

/** WordPress's secret in the fixture: ten letters and digits, as WordPress makes them. */
const SECRET = "abc123XYZ0";

/**
 * A page on another origin frames a statement's embed as WordPress does (fixtures/wordpress-parent.html:
 * sandbox="allow-scripts", `#?secret=`): the embed runs in an opaque origin, so its scripts,
 * stylesheet, statement and zoom chunk arrive only under the host's CORS header. It must size the
 * frame with WordPress's message, and work inside: a tooltip on hover, a section that opens, a
 * selection, a zoom with its finer tiles, the full map's link (which WordPress opens), with a clean console.
 */
async function expectWorksFramedAsWordPress(browser: Browser, siteRoot: string) {
  const src = new URL("s/dprk-russia-missiles-2024/?embed=1", siteRoot).href;
  const url = parents.page(`/wordpress-${encodeURIComponent(siteRoot)}.html`, fixture("wordpress-parent.html", { SRC: src, SECRET }));
  const { context, errors } = await openContext(browser, { viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const app = (await (await page.locator("iframe").elementHandle())!.contentFrame())!;
  await app.locator("svg [data-iso]").first().waitFor();
  expect(await app.evaluate(() => self.origin), "an opaque origin, as in WordPress's sandbox").toBe("null");

  // WordPress's message, with its secret, and the frame sized by it (WordPress clamps to 200–1000 px).
  const heightMessages = () =>
    page.evaluate(() =>
      (window as unknown as { received: { message?: string; value?: number; secret?: string }[] }).received.filter((data) => data?.message === "height"),
    );
  await expect.poll(async () => (await heightMessages()).length).toBeGreaterThan(0);
  const last = (await heightMessages()).at(-1)!;
  expect(last.secret).toBe(SECRET);
  expect(last.value).toBe(await app.evaluate(() => document.documentElement.scrollHeight));
  await expect.poll(() => page.locator("iframe").getAttribute("height")).toBe(String(Math.min(1000, Math.max(200, last.value!))));

  // Hover: the tooltip names the country.
  const australia = (await app.locator('svg path[data-iso="AU"]').boundingBox())!;
  await page.mouse.move(australia.x + australia.width * 0.45, australia.y + australia.height * 0.4);
  await expect.poll(() => app.evaluate(() => document.querySelector('[role="tooltip"]:not([hidden])')?.textContent ?? "")).toContain("Australia");
  // A selection (the page cannot write it to its URL in a sandbox, and need not).
  await page.mouse.click(australia.x + australia.width * 0.45, australia.y + australia.height * 0.4);
  await expect.poll(() => app.locator(".selection-note").textContent()).toContain("Australia signed");
  // A section opens, and the frame is told the new height.
  const before = (await heightMessages()).length;
  await app.locator("details[data-section=signatories] summary").click();
  await expect.poll(() => app.locator("details[data-section=signatories]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  await expect.poll(async () => (await heightMessages()).length).toBeGreaterThan(before);
  // The zoom code is a lazy chunk: another CORS request.
  await app.getByRole("button", { name: en.zoomIn }).click();
  await expect.poll(() => app.locator("svg.map-svg g[transform]").first().getAttribute("transform")).toContain("scale(1.8)");
  // From 4x the countries in view are drawn from finer tiles (JSON): those arrived too. (As
  // mapView.ts's zoomIntoEurope, on the frame: Europe, then one step in once the view rests.)
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await app.locator("svg.map-svg g[transform]").first().getAttribute("transform")) ?? "")?.[1] ?? 1);
  const EUROPE = ["DE", "PL", "FR", "CZ", "AT", "IT"];
  const paths = () =>
    app.evaluate((isos) => isos.map((iso) => document.querySelector(`path.country[data-iso="${iso}"]`)?.getAttribute("d")?.length ?? 0), EUROPE);
  const worldView = await paths();
  await app.getByRole("button", { name: en.zoomToRegion("Europe") }).click();
  await expect.poll(scale).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(500);
  await app.getByRole("button", { name: en.zoomIn }).click();
  await expect.poll(scale).toBeGreaterThanOrEqual(4);
  await expect.poll(async () => (await paths()).some((length, i) => length > 2 * worldView[i]!), { timeout: 5000 }).toBe(true);
  // No link opens by itself in the sandbox: WordPress opens the full map for the embed, in the article's window.
  await app.getByRole("link", { name: en.openFullMap }).click();
  await expect.poll(() => page.url().split("?")[0]).toBe(new URL("s/dprk-russia-missiles-2024/", siteRoot).href);
  expect(new URL(page.url()).searchParams.get("embed")).toBeNull();
  expect(new URL(page.url()).searchParams.get("country")).toBe("AU");
  expect(errors).toEqual([]);
}

describe("an embed framed as WordPress frames it, under the headers of docs/hosting.md", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reports its height in WordPress's message and works in the sandbox: tooltip, selection, sections, zoom and its finer tiles", async () => {
    await expectWorksFramedAsWordPress(browser, baseUrl());
  });
});
