// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { OEMBED_CACHE_AGE_S, OEMBED_HEIGHT, OEMBED_WIDTH, oembedOf } from "../../../src/build/oembed";
import { seed } from "../export/pictures";

const SITE = "https://maps.example.org/news/";
const loader = { file: "assets/embed-abc.js", integrity: "sha384-xyz" };

describe("oembedOf", () => {
  const response = oembedOf(seed, SITE, loader);

  it("is a rich oEmbed 1.0 response with its size, title, provider, thumbnail (the card) and cache age, all URLs absolute", () => {
    expect(response).toEqual({
      version: "1.0",
      type: "rich",
      html: expect.any(String),
      width: OEMBED_WIDTH,
      height: OEMBED_HEIGHT,
      title: seed.title,
      provider_name: "Signatory Map",
      provider_url: SITE,
      thumbnail_url: `${SITE}s/${seed.id}/card.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
      cache_age: OEMBED_CACHE_AGE_S,
    });
  });

  it("gives as html an iframe of the statement's page in embed mode, which works alone (WordPress keeps only the iframe), and the loader", () => {
    const doc = new DOMParser().parseFromString(`<body>${response.html}</body>`, "text/html");
    const frames = doc.querySelectorAll("iframe");
    expect(frames).toHaveLength(1);
    const src = new URL(frames[0]!.getAttribute("src")!);
    expect(src.origin + src.pathname).toBe(`https://maps.example.org/news/s/${seed.id}/`);
    expect(src.searchParams.get("embed")).toBe("1");
    expect(src.searchParams.get("lang")).toBe("en");
    expect(frames[0]!.getAttribute("height")).toBe(String(OEMBED_HEIGHT));
    expect(frames[0]!.getAttribute("title")).toBe(`Map: ${seed.title}`);
    expect(doc.querySelector("script")?.getAttribute("src")).toBe(`${SITE}assets/embed-abc.js`);
    expect(doc.querySelector("script")?.getAttribute("integrity")).toBe("sha384-xyz");
  });

  it("serialises to JSON a consumer reads back unchanged", () => {
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
  });
});
