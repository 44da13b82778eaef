import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { entryScriptOf, isNewerDeployment, watchForNewerDeployment } from "../../../src/page/newerDeployment";

const PAGE = "https://maps.example/s/seed/?country=FR";
const built = (entry: string) =>
  `<!doctype html><html><head><script src="../../assets/boot-a1.js"></script><script type="module" crossorigin src="${entry}"></script></head><body></body></html>`;
const answering = (html: string, status = 200): typeof fetch => vi.fn(async () => new Response(html, { status, headers: { "content-type": "text/html" } }));

describe("entryScriptOf", () => {
  it("finds the module script, not the classic boot script, and resolves it against the page", () => {
    expect(entryScriptOf(built("../../assets/index-abc.js"), PAGE)).toBe("https://maps.example/assets/index-abc.js");
  });

  it("reads attributes in any order and quoting", () => {
    expect(entryScriptOf("<script src='/a.js' type='module'>", PAGE)).toBe("https://maps.example/a.js");
    expect(entryScriptOf("<SCRIPT crossorigin SRC=/b.js TYPE=module>", PAGE)).toBe("https://maps.example/b.js");
  });

  it("is null for a page without one", () => {
    expect(entryScriptOf("<p>Service unavailable</p>", PAGE)).toBeNull();
    expect(entryScriptOf('<script type="module">inline()</script>', PAGE)).toBeNull();
  });

  it("never throws, whatever the HTML", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, src) => {
        const result = entryScriptOf(`${before}<script type="module" src="${src}">`, PAGE);
        expect(result === null || typeof result === "string").toBe(true);
      }),
    );
  });
});

describe("isNewerDeployment", () => {
  it("is true when the page now has another entry script", async () => {
    expect(await isNewerDeployment(PAGE, "https://maps.example/assets/index-old.js", answering(built("../../assets/index-new.js")))).toBe(true);
  });

  it("is false when the entry script is the running one", async () => {
    expect(await isNewerDeployment(PAGE, "https://maps.example/assets/index-abc.js", answering(built("../../assets/index-abc.js")))).toBe(false);
  });

  it("is false when it cannot tell: offline, an error page, no entry script", async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await isNewerDeployment(PAGE, "https://maps.example/assets/index-abc.js", offline)).toBe(false);
    expect(await isNewerDeployment(PAGE, "https://maps.example/assets/index-abc.js", answering(built("x.js"), 503))).toBe(false);
    expect(await isNewerDeployment(PAGE, "https://maps.example/assets/index-abc.js", answering("<p>maintenance</p>"))).toBe(false);
  });

  it("asks the server past any cache", async () => {
    const fetchImpl = answering(built("../../assets/index-abc.js"));
    await isNewerDeployment(PAGE, "https://maps.example/assets/index-abc.js", fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith(PAGE, expect.objectContaining({ cache: "no-store" }));
  });
});

describe("watchForNewerDeployment", () => {
  /** Just enough of a window: events, and its address. */
  const fakeWindow = () => {
    const target = new EventTarget();
    return Object.assign(target, { location: { href: PAGE, reload: vi.fn() } }) as unknown as Window;
  };

  it("asks after a chunk fails, and tells its listeners once a newer deployment is live", async () => {
    const win = fakeWindow();
    const fetchImpl = answering(built("../../assets/index-new.js"));
    const notice = watchForNewerDeployment(win, "https://maps.example/assets/index-old.js", fetchImpl);
    const listener = vi.fn();
    notice.subscribe(listener);
    expect(notice.get()).toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
    win.dispatchEvent(new Event("vite:preloadError"));
    await vi.waitFor(() => expect(notice.get()).toBe(true));
    expect(listener).toHaveBeenCalledTimes(1);
    // Once known, no more questions.
    win.dispatchEvent(new Event("vite:preloadError"));
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it("stays quiet when the failure was not a deployment (the same build is live)", async () => {
    const win = fakeWindow();
    const fetchImpl = answering(built("../../assets/index-abc.js"));
    const notice = watchForNewerDeployment(win, "https://maps.example/assets/index-abc.js", fetchImpl);
    win.dispatchEvent(new Event("vite:preloadError"));
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notice.get()).toBe(false);
  });
});
