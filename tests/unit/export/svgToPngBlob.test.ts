// The conversion's plumbing, with the browser's parts stood in for (Node has no <img> or <canvas>).
// That the browser really draws the SVG under the page's CSP is for a browser test.
import { describe, expect, it, vi } from "vitest";
import { svgToPngBlob, type RasterDeps } from "../../../src/export/svgToPngBlob";

function fakeBrowser(outcome: "load" | "error") {
  const made: { blobs: Blob[]; revoked: string[]; canvas?: { width: number; height: number }; drawn?: unknown[] } = { blobs: [], revoked: [] };
  const deps: RasterDeps = {
    createObjectURL: (blob) => {
      made.blobs.push(blob);
      return `blob:fake/${made.blobs.length}`;
    },
    revokeObjectURL: (url) => void made.revoked.push(url),
    createImage: () => {
      const image = { onload: null as null | (() => void), onerror: null as null | (() => void), decoding: "" };
      Object.defineProperty(image, "src", { set: () => queueMicrotask(() => (outcome === "load" ? image.onload?.() : image.onerror?.())) });
      return image as unknown as HTMLImageElement;
    },
    createCanvas: (width, height) => {
      made.canvas = { width, height };
      const drawImage = vi.fn((...args: unknown[]) => (made.drawn = args));
      return {
        width,
        height,
        getContext: () => ({ drawImage }),
        toBlob: (done: (blob: Blob | null) => void, type: string) => done(new Blob(["png"], { type })),
      } as unknown as HTMLCanvasElement;
    },
  };
  return { deps, made };
}

describe("svgToPngBlob", () => {
  it("draws the SVG from a blob: URL onto a canvas at twice its size, gives a PNG and frees the URL", async () => {
    const { deps, made } = fakeBrowser("load");
    const png = await svgToPngBlob("<svg/>", 800, 612.5, 2, deps);
    expect(png.type).toBe("image/png");
    expect(made.blobs[0]!.type).toBe("image/svg+xml;charset=utf-8");
    expect(await made.blobs[0]!.text()).toBe("<svg/>");
    expect(made.canvas).toEqual({ width: 1600, height: 1225 });
    expect(made.drawn?.slice(1)).toEqual([0, 0, 1600, 1225]);
    expect(made.revoked).toEqual(["blob:fake/1"]);
  });

  it("rejects, saying so, when the browser cannot draw the SVG, and still frees the URL", async () => {
    const { deps, made } = fakeBrowser("error");
    await expect(svgToPngBlob("<svg/>", 10, 10, 2, deps)).rejects.toThrow(/could not draw the SVG/);
    expect(made.revoked).toEqual(["blob:fake/1"]);
  });
});
