// The downloaded PNG, made in the reader's browser from the same SVG: SVG → blob: URL → <img> →
// <canvas> → PNG. All of it within the page's strict CSP (img-src 'self' data: blob:): no inline
// style, no data: script, nothing fetched. The SVG carries no web font and no foreignObject, so the
// canvas is not tainted and can be read back.

/** The hooks the conversion needs from the browser; tests can pass their own. */
export interface RasterDeps {
  createImage: () => HTMLImageElement;
  createCanvas: (width: number, height: number) => HTMLCanvasElement;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
}

const browserDeps = (): RasterDeps => ({
  createImage: () => new Image(),
  createCanvas: (width, height) => Object.assign(document.createElement("canvas"), { width, height }),
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
});

/**
 * A PNG of an SVG document drawn at `scale` times its CSS size (2: crisp on high-density screens
 * and in print, as docs/interface.md's "PNG at twice the CSS size" asks).
 * @example await svgToPngBlob(renderMapSvg(picture, { kind: "social" }), 1200, 630, 1) // a 1200x630 image/png Blob
 */
export async function svgToPngBlob(svg: string, width: number, height: number, scale = 2, deps: RasterDeps = browserDeps()): Promise<Blob> {
  const url = deps.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = deps.createImage();
    image.decoding = "async";
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("svgToPngBlob: the browser could not draw the SVG"));
    });
    image.src = url;
    await loaded;
    const canvas = deps.createCanvas(Math.round(width * scale), Math.round(height * scale));
    const context = canvas.getContext("2d");
    if (!context) throw new Error("svgToPngBlob: no 2D canvas in this browser");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("svgToPngBlob: the canvas gave no PNG"))), "image/png"),
    );
  } finally {
    deps.revokeObjectURL(url);
  }
}
