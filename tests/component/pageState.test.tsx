import { afterEach, describe, expect, it } from "vitest";
import { createPageState } from "../../src/page/pageState";
import { parseParams } from "../../src/page/parseParams";

/** A store on jsdom's window, at the given URL. */
function storeAt(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  return createPageState(window, parseParams(window.location.search).params);
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
  delete document.documentElement.dataset.theme;
});

describe("the page's URL state", () => {
  it("writes a selection to the URL as a new history entry on the full page", () => {
    const store = storeAt("?lang=en");
    const before = window.history.length;
    store.select("FR");
    expect(window.location.search).toBe("?lang=en&country=FR");
    expect(window.history.length).toBe(before + 1);
    store.select(null);
    expect(window.location.search).toBe("?lang=en");
  });

  it("only replaces the URL inside an embed, so the host page's history stays its own", () => {
    const store = storeAt("?embed=1");
    const before = window.history.length;
    store.select("DE");
    store.select("FR");
    expect(window.location.search).toBe("?embed=1&country=FR");
    expect(window.history.length).toBe(before);
  });

  it("still changes the view where the browser refuses a URL change (as a browser may in a sandboxed frame, as WordPress makes)", () => {
    const store = storeAt("?embed=1");
    const refuse = () => {
      throw new DOMException("A history state object cannot be created in a document with origin 'null'", "SecurityError");
    };
    const history = { replaceState: refuse, pushState: refuse, state: null } as unknown as History;
    const sandboxed = new Proxy(window, { get: (target, key) => (key === "history" ? history : Reflect.get(target, key, target)) });
    const frameStore = createPageState(sandboxed, parseParams("?embed=1").params);
    expect(() => frameStore.select("FR")).not.toThrow();
    expect(frameStore.get().country).toBe("FR");
    expect(() => frameStore.setTheme("dark")).not.toThrow();
    expect(frameStore.get().theme).toBe("dark");
    expect(store.get().country).toBeNull();
  });

  it("follows the URL again on Back and tells its subscribers", () => {
    const store = storeAt("");
    let calls = 0;
    store.subscribe(() => calls++);
    store.select("FR");
    window.history.replaceState(null, "", "/?country=DE&theme=dark");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(store.get()).toMatchObject({ country: "DE", theme: "dark", live: true });
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(calls).toBe(2);
  });

  it("keeps a forced theme on <html> and in the URL, and drops both to follow the system", () => {
    const store = storeAt("");
    store.setTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(window.location.search).toBe("?theme=dark");
    store.setTheme(null);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(store.get().theme).toBeNull();
  });

  it("offers the prerendered snapshot for hydration, apart from the live one", () => {
    const store = storeAt("?country=FR&theme=dark&embed=1");
    expect(store.getPrerendered()).toMatchObject({ country: null, theme: null, embed: false, live: false });
    expect(store.get()).toMatchObject({ country: "FR", theme: "dark", embed: true, live: true });
  });
});
