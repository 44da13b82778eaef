import { describe, expect, it } from "vitest";
import { builtLoader } from "../../../src/embed/builtLoader";
import {
  embedCodes,
  escapeAttribute,
  FIXED_HEIGHT_PX,
  MAP_PICTURE,
  pictureCode,
  UNHASHED_LOADER,
  viewHref,
  viewSearch,
  viewUrl,
  type PageLink,
} from "../../../src/embed/embedCode";
import { parseParams } from "../../../src/page/parseParams";

const link: PageLink = { statement: "dprk-russia-missiles-2024", country: "DE", lang: "de", theme: null };
const page = "https://maps.example.org/signatories/?country=FR&lang=en#top";

describe("viewSearch and viewUrl", () => {
  it("write the statement, the country and the language, and a forced theme", () => {
    expect(viewSearch(link)).toBe("?statement=dprk-russia-missiles-2024&country=DE&lang=de");
    expect(viewSearch({ ...link, theme: "dark" })).toBe("?statement=dprk-russia-missiles-2024&country=DE&lang=de&theme=dark");
  });

  it("write an embed's own theme and panel, leaving out the defaults", () => {
    expect(viewSearch({ ...link, country: null, theme: "dark" }, { panel: "closed", theme: null })).toBe(
      "?embed=1&statement=dprk-russia-missiles-2024&lang=de",
    );
    expect(viewSearch(link, { panel: "none", theme: "light" })).toBe("?embed=1&statement=dprk-russia-missiles-2024&country=DE&lang=de&theme=light&panel=none");
  });

  it("write an embed's transparent background, and parseParams reads it back", () => {
    const search = viewSearch(link, { panel: "closed", theme: "light", background: "transparent" });
    expect(search).toBe("?embed=1&statement=dprk-russia-missiles-2024&country=DE&lang=de&theme=light&bg=transparent");
    expect(parseParams(search).params.background).toBe("transparent");
    expect(viewSearch(link, { panel: "closed", theme: null, background: null })).not.toContain("bg=");
  });

  it("replace the page's own query and fragment, keeping its path", () => {
    expect(viewUrl(page, link)).toBe("https://maps.example.org/signatories/?statement=dprk-russia-missiles-2024&country=DE&lang=de");
  });

  it("give a link that parseParams reads back as the same view", () => {
    const { params, problems } = parseParams(new URL(viewUrl(page, link, { panel: "open", theme: "dark" })).search);
    expect(problems).toEqual([]);
    expect(params).toMatchObject({ ...link, theme: "dark", embed: true, panel: "open" });
  });
});

describe("links to a statement's own page (s/ID/)", () => {
  const own: PageLink = { ...link, ownPage: true, root: "../../" };
  const onItsPage = "https://maps.example.org/signatories/s/dprk-russia-missiles-2024/?country=FR#top";

  it("point at s/ID/ from the site's root, without statement=", () => {
    expect(viewSearch(own)).toBe("?country=DE&lang=de");
    expect(viewHref(own)).toBe("../../s/dprk-russia-missiles-2024/?country=DE&lang=de");
    expect(viewUrl(onItsPage, own)).toBe("https://maps.example.org/signatories/s/dprk-russia-missiles-2024/?country=DE&lang=de");
    expect(viewUrl(page, { ...own, root: "./" }, { panel: "closed", theme: null })).toBe(
      "https://maps.example.org/signatories/s/dprk-russia-missiles-2024/?embed=1&country=DE&lang=de",
    );
  });

  it("point at the root with statement= for a statement without a page, from wherever they are made", () => {
    expect(viewUrl(onItsPage, { ...link, statement: "dropped", root: "../../" })).toBe(
      "https://maps.example.org/signatories/?statement=dropped&country=DE&lang=de",
    );
  });

  it("give an embed code framing the page, with the loader from the site's root", () => {
    const codes = embedCodes(onItsPage, own, "t", { panel: "none", theme: null });
    expect(codes.fixed).toContain('src="https://maps.example.org/signatories/s/dprk-russia-missiles-2024/?embed=1&amp;country=DE&amp;lang=de&amp;panel=none"');
    expect(codes.responsive).toContain('<script src="https://maps.example.org/signatories/embed.js" async></script>');
  });
});

describe("pictureCode", () => {
  const own: PageLink = { ...link, ownPage: true, root: "../../" };
  const onItsPage = "https://maps.example.org/signatories/s/dprk-russia-missiles-2024/?country=FR#top";

  it("gives the statement's map.png with its alt text, linked to the statement's page in the link's language", () => {
    expect(pictureCode(onItsPage, own, 'Signed: "48" & more <b>')).toBe(
      '<a href="https://maps.example.org/signatories/s/dprk-russia-missiles-2024/?country=DE&amp;lang=de">' +
        '<img src="https://maps.example.org/signatories/s/dprk-russia-missiles-2024/map.png" alt="Signed: &quot;48&quot; &amp; more &lt;b&gt;" ' +
        `width="${MAP_PICTURE.width}" style="display:block;max-width:100%;height:auto;border:0"></a>`,
    );
  });

  it("links the statement alone, never a comparison the picture does not show", () => {
    expect(pictureCode(onItsPage, { ...own, compare: "global-methane-pledge-2021" }, "alt")).not.toContain("compare");
  });

  it("gives none for a statement without a page of its own, which has no picture", () => {
    expect(pictureCode(page, { ...link, statement: "dropped" }, "alt")).toBeNull();
  });
});

describe("embedCodes", () => {
  const codes = embedCodes(page, link, 'The "48" & others <b>', { panel: "closed", theme: "light" }, 512.4);

  it("the responsive code is the marked iframe at its measured height and the loader beside the page", () => {
    expect(codes.responsive).toContain(
      'src="https://maps.example.org/signatories/?embed=1&amp;statement=dprk-russia-missiles-2024&amp;country=DE&amp;lang=de&amp;theme=light"',
    );
    expect(codes.responsive).toContain(" data-signatory-map ");
    expect(codes.responsive).toContain('height="512"');
    expect(codes.responsive).toMatch(/<script src="https:\/\/maps\.example\.org\/signatories\/embed\.js" async><\/script>$/);
  });

  it("the fixed code is the iframe alone, with no script, at the compact height when none was measured", () => {
    const fixed = embedCodes(page, link, "t", { panel: "closed", theme: null }).fixed;
    expect(fixed).not.toContain("<script");
    expect(fixed).not.toContain("data-signatory-map");
    expect(fixed).toContain(`height="${FIXED_HEIGHT_PX}"`);
    expect(fixed).toContain("country=DE&amp;lang=de");
  });

  it("escape the title for an attribute", () => {
    expect(codes.fixed).toContain('title="The &quot;48&quot; &amp; others &lt;b&gt;"');
    expect(escapeAttribute(`a"b&c<d>`)).toBe("a&quot;b&amp;c&lt;d&gt;");
  });

  it("the responsive code loads the build's hashed loader with its integrity, for any origin (crossorigin)", () => {
    const integrity = "sha384-rdLY/teEUWVTuLdXOYmf68Bdu02w1r/avYNmdfKQUY5hTcIQ/VT4LQSYb/q5gKcw";
    const { responsive, fixed } = embedCodes(page, link, "t", { panel: "closed", theme: null }, 500, { file: "assets/embed-tmreo24o.js", integrity });
    expect(responsive).toMatch(
      new RegExp(
        `<script src="https://maps\\.example\\.org/signatories/assets/embed-tmreo24o\\.js" integrity="${integrity.replace(/[+/]/g, "\\$&")}" crossorigin="anonymous" async></script>$`,
      ),
    );
    expect(fixed).not.toContain("integrity");
  });

  it("without a hash (the development server), the responsive code loads embed.js as before, with no integrity", () => {
    const { responsive } = embedCodes(page, link, "t", { panel: "closed", theme: null }, 500, UNHASHED_LOADER);
    expect(responsive).toMatch(/<script src="https:\/\/maps\.example\.org\/signatories\/embed\.js" async><\/script>$/);
    expect(responsive).not.toContain("crossorigin");
  });
});

describe("builtLoader", () => {
  it("is embed.js with no hash where the build has not defined one (tests, development, the prerender)", () => {
    expect(builtLoader()).toEqual(UNHASHED_LOADER);
  });
});
