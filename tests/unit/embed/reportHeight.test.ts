import { describe, expect, it } from "vitest";
import { contentHeight, startHeightReporting } from "../../../src/embed/reportHeight";

/** A window with just what startHeightReporting uses; frames run when the test says so. */
function fakeWindow(height: { scroll: number; client: number; box: number }) {
  const listeners = new Map<string, Set<(event: unknown) => void>>();
  const frames = new Map<number, () => void>();
  let nextFrame = 1;
  const observers: { callback: () => void; disconnected: boolean }[] = [];
  const root = {
    get scrollHeight() {
      return height.scroll;
    },
    get clientHeight() {
      return height.client;
    },
    getBoundingClientRect: () => ({ height: height.box }),
  };
  const win = {
    document: { documentElement: root, body: {} },
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener: (type: string, listener: (event: unknown) => void) => listeners.get(type)?.delete(listener),
    requestAnimationFrame: (callback: () => void) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
    ResizeObserver: class {
      entry: { callback: () => void; disconnected: boolean };
      constructor(callback: () => void) {
        this.entry = { callback, disconnected: false };
        observers.push(this.entry);
      }
      observe() {}
      disconnect() {
        this.entry.disconnected = true;
      }
    },
  };
  return {
    win: win as unknown as Window & typeof globalThis,
    dispatch: (type: string, event: unknown) => listeners.get(type)?.forEach((listener) => listener(event)),
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    runFrames: () => {
      const pending = [...frames.values()];
      frames.clear();
      pending.forEach((callback) => callback());
    },
    resize: () => observers.forEach((o) => !o.disconnected && o.callback()),
  };
}

function fakeParent() {
  const posted: unknown[] = [];
  return { parent: { postMessage: (message: unknown) => posted.push(message) } as unknown as Window, posted };
}

describe("contentHeight", () => {
  it("is the root's scrollHeight when the content overflows the frame", () => {
    expect(contentHeight(fakeWindow({ scroll: 1200, client: 150, box: 1200 }).win.document)).toBe(1200);
  });

  it("rounds a fractional content height up whether or not it overflows the frame, so the first report is the settled one", () => {
    expect(contentHeight(fakeWindow({ scroll: 685, client: 150, box: 685.4 }).win.document)).toBe(686);
    expect(contentHeight(fakeWindow({ scroll: 686, client: 686, box: 685.4 }).win.document)).toBe(686);
  });

  it("is the root's own height when the content is shorter than the frame, so a frame can shrink", () => {
    expect(contentHeight(fakeWindow({ scroll: 1200, client: 1200, box: 880.4 }).win.document)).toBe(881);
  });
});

describe("startHeightReporting", () => {
  it("posts the pym.js and AMP messages at once when the URL has a childId", () => {
    const { win } = fakeWindow({ scroll: 900, client: 150, box: 900 });
    const { parent, posted } = fakeParent();
    startHeightReporting({ parent, childId: "map", win });
    expect(posted).toEqual(["pymxPYMxmapxPYMxheightxPYMx900", { sentinel: "amp", type: "embed-size", height: 900 }]);
  });

  it("posts only the AMP message without a childId", () => {
    const { win } = fakeWindow({ scroll: 900, client: 150, box: 900 });
    const { parent, posted } = fakeParent();
    startHeightReporting({ parent, childId: null, win });
    expect(posted).toEqual([{ sentinel: "amp", type: "embed-size", height: 900 }]);
  });

  it("posts WordPress's height message beside the others when WordPress's secret is given, and again on its ready message", () => {
    const height = { scroll: 900, client: 150, box: 900 };
    const fake = fakeWindow(height);
    const { parent, posted } = fakeParent();
    startHeightReporting({ parent, childId: null, wordPressSecret: "abc123XYZ0", win: fake.win });
    expect(posted).toEqual([
      { sentinel: "amp", type: "embed-size", height: 900 },
      { message: "height", value: 900, secret: "abc123XYZ0" },
    ]);
    posted.length = 0;
    height.scroll = height.box = 1100;
    fake.resize();
    fake.runFrames();
    expect(posted).toEqual([
      { sentinel: "amp", type: "embed-size", height: 1100 },
      { message: "height", value: 1100, secret: "abc123XYZ0" },
    ]);
    posted.length = 0;
    fake.dispatch("message", { source: parent, data: { message: "ready", secret: "other" } });
    fake.dispatch("message", { source: {}, data: { message: "ready", secret: "abc123XYZ0" } });
    fake.runFrames();
    expect(posted).toEqual([]);
    fake.dispatch("message", { source: parent, data: { message: "ready", secret: "abc123XYZ0" } });
    fake.runFrames();
    expect(posted).toEqual([
      { sentinel: "amp", type: "embed-size", height: 1100 },
      { message: "height", value: 1100, secret: "abc123XYZ0" },
    ]);
  });

  it("posts again when the content's size changes, once a frame, and not when the height stays", () => {
    const height = { scroll: 900, client: 150, box: 900 };
    const fake = fakeWindow(height);
    const { parent, posted } = fakeParent();
    startHeightReporting({ parent, childId: null, win: fake.win });
    posted.length = 0;
    height.scroll = height.box = 1100;
    fake.resize();
    fake.resize();
    fake.resize();
    expect(posted).toEqual([]);
    fake.runFrames();
    expect(posted).toEqual([{ sentinel: "amp", type: "embed-size", height: 1100 }]);
    fake.resize();
    fake.runFrames();
    expect(posted).toHaveLength(1);
  });

  it("answers pym's width message from its parent with the height, even when unchanged", () => {
    const fake = fakeWindow({ scroll: 900, client: 900, box: 900 });
    const { parent, posted } = fakeParent();
    startHeightReporting({ parent, childId: "map", win: fake.win });
    posted.length = 0;
    fake.dispatch("message", { source: parent, data: "pymxPYMxmapxPYMxwidthxPYMx640" });
    fake.runFrames();
    expect(posted).toEqual(["pymxPYMxmapxPYMxheightxPYMx900", { sentinel: "amp", type: "embed-size", height: 900 }]);
  });

  it("acts on no message from another window, for another child, or of another kind, and never throws on junk", () => {
    const fake = fakeWindow({ scroll: 900, client: 900, box: 900 });
    const { parent, posted } = fakeParent();
    startHeightReporting({ parent, childId: "map", win: fake.win });
    posted.length = 0;
    const other = {};
    const junk = [null, undefined, 42, {}, [], "x".repeat(1_000_000), { sentinel: "amp", type: "embed-size", height: 1 }, "pymxPYMxmapxPYMxheightxPYMx5"];
    for (const data of junk) expect(() => fake.dispatch("message", { source: parent, data })).not.toThrow();
    fake.dispatch("message", { source: other, data: "pymxPYMxmapxPYMxwidthxPYMx640" });
    fake.dispatch("message", { source: null, data: "pymxPYMxmapxPYMxwidthxPYMx640" });
    fake.dispatch("message", { source: parent, data: "pymxPYMxotherxPYMxwidthxPYMx640" });
    fake.runFrames();
    expect(posted).toEqual([]);
  });

  it("returns a teardown that removes its listeners and stops observing", () => {
    const height = { scroll: 900, client: 150, box: 900 };
    const fake = fakeWindow(height);
    const { parent, posted } = fakeParent();
    const stop = startHeightReporting({ parent, childId: "map", win: fake.win });
    expect(fake.listenerCount()).toBeGreaterThan(0);
    stop();
    expect(fake.listenerCount()).toBe(0);
    posted.length = 0;
    height.scroll = height.box = 1500;
    fake.resize();
    fake.runFrames();
    expect(posted).toEqual([]);
  });
});
