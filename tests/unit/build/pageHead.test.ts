import { describe, expect, it } from "vitest";
import { fillTemplate, headTags, relocate, siteUrlFrom, type PageMeta } from "../../../src/build/pageHead";

const meta: PageMeta = {
  title: 'A "quoted" & <odd> title – Signatory Map',
  headline: 'A "quoted" & <odd> title',
  description: "2 countries signed on 1 May 2025. Source: Test Wire.",
  siteName: "Signatory Map",
  path: "s/x/",
  card: "s/x/card.png",
  cardAlt: "World map of who signed: 2 countries signed on 1 May 2025",
  oembed: "s/x/oembed.json",
};

/** The oEmbed discovery link's href and title, unescaped for the quotes only, or null. */
const oembedLink = (head: string) => {
  const match = /<link rel="alternate" type="application\/json\+oembed" href="([^"]*)" title="([^"]*)" \/>/.exec(head);
  return match ? { href: match[1], title: match[2]!.replace(/&quot;/g, '"') } : null;
};

/** The tags as [attribute value, content] pairs, unescaped. */
const tagsOf = (head: string) =>
  new Map(
    [...head.matchAll(/<(?:meta (?:name|property)|link rel)="([^"]+)" (?:content|href)="([^"]*)"/g)].map(([, key, value]) => [
      key!,
      value!
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&"),
    ]),
  );

describe("siteUrlFrom", () => {
  it("reads SITE_URL as the site's root, ending in a slash", () => {
    expect(siteUrlFrom("https://maps.example.org/signatories")).toBe("https://maps.example.org/signatories/");
    expect(siteUrlFrom(" https://maps.example.org ")).toBe("https://maps.example.org/");
  });

  it("is null when SITE_URL is not set or empty", () => {
    expect(siteUrlFrom(undefined)).toBeNull();
    expect(siteUrlFrom("")).toBeNull();
  });

  it("refuses what is not an http(s) root address, naming the variable and the value", () => {
    expect(() => siteUrlFrom("maps.example.org")).toThrow(/SITE_URL=maps\.example\.org: not an absolute address/);
    expect(() => siteUrlFrom("ftp://maps.example.org/")).toThrow(/http or https/);
    expect(() => siteUrlFrom("https://maps.example.org/?x=1")).toThrow(/no query or fragment/);
  });
});

describe("headTags", () => {
  it("with the site's address: absolute canonical, og:url and card URLs, the card's size, a large Twitter card", () => {
    const tags = tagsOf(headTags(meta, "https://maps.example.org/news/", "../../"));
    expect(tags.get("canonical")).toBe("https://maps.example.org/news/s/x/");
    expect(tags.get("og:url")).toBe("https://maps.example.org/news/s/x/");
    expect(tags.get("og:image")).toBe("https://maps.example.org/news/s/x/card.png");
    expect(tags.get("twitter:image")).toBe("https://maps.example.org/news/s/x/card.png");
    expect([tags.get("og:image:width"), tags.get("og:image:height")]).toEqual(["1200", "630"]);
    expect(tags.get("twitter:card")).toBe("summary_large_image");
    expect(tags.get("og:title")).toBe(meta.headline);
    expect(tags.get("description")).toBe(meta.description);
    expect(tags.get("og:image:alt")).toBe(meta.cardAlt);
  });

  it("with the site's address: links the page's oEmbed response for discovery, absolute, titled with the headline", () => {
    const link = oembedLink(headTags(meta, "https://maps.example.org/news/", "../../"));
    expect(link?.href).toBe("https://maps.example.org/news/s/x/oembed.json");
    expect(link?.title).toBe('A "quoted" &amp; &lt;odd&gt; title');
  });

  it("without it: no oEmbed link, since a response with relative URLs would not work in another site's page", () => {
    expect(headTags(meta, null, "../../")).not.toContain("oembed");
  });

  it("without it: no canonical or og:url, and the card relative to the page", () => {
    const head = headTags(meta, null, "../../");
    const tags = tagsOf(head);
    expect(tags.has("canonical")).toBe(false);
    expect(tags.has("og:url")).toBe(false);
    expect(tags.get("og:image")).toBe("../../s/x/card.png");
    expect(new URL(tags.get("og:image")!, "https://any.host/path/s/x/").href).toBe("https://any.host/path/s/x/card.png");
  });

  it("escapes every value for HTML", () => {
    const head = headTags(meta, null, "./");
    expect(head).toContain("<title>A &quot;quoted&quot; &amp; &lt;odd&gt; title – Signatory Map</title>");
    expect(head).not.toMatch(/<odd>/);
  });
});

describe("relocate and fillTemplate", () => {
  const template = [
    "<html><head>",
    '<meta name="description" content="generic" />',
    "<title>Signatory Map</title>",
    '<script type="module" crossorigin src="./assets/index-x.js"></script>',
    '<link rel="stylesheet" href="./assets/index-y.css"><link rel="icon" href="data:," />',
    '<script src="./assets/boot-z.js"></script>',
    '</head><body><div id="root"></div></body></html>',
  ].join("\n");

  it("moves the template's own ./ addresses to the page's place, and nothing else", () => {
    const moved = relocate(template, "../../");
    expect(moved).toContain('src="../../assets/index-x.js"');
    expect(moved).toContain('href="../../assets/index-y.css"');
    expect(moved).toContain('src="../../assets/boot-z.js"');
    expect(moved).toContain('href="data:,"');
    expect(relocate(template, "./")).toBe(template);
  });

  it("puts the head, the markup and the blocks in place, taking $ in text literally", () => {
    const page = fillTemplate(template, "<title>$& costs $1</title>", "<main>$' and $$</main>", '<script type="application/json" id="b">{}</script>');
    expect(page).toContain("<title>$& costs $1</title>");
    expect(page).not.toContain("generic");
    expect(page).toContain('<div id="root"><main>$\' and $$</main></div>\n    <script type="application/json" id="b">{}</script>');
  });

  it("refuses a template already prerendered", () => {
    const page = fillTemplate(template, "<title>t</title>", "<main></main>", "");
    expect(() => fillTemplate(page, "<title>t</title>", "<main></main>", "")).toThrow(/already prerendered/);
  });
});
