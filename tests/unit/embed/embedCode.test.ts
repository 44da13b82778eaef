import { describe, expect, it } from "vitest";
import { embedCodes, escapeAttribute, FIXED_HEIGHT_PX, viewSearch, viewUrl, type View } from "../../../src/embed/embedCode";
import { parseParams } from "../../../src/embed/parseParams";

const view: View = { statement: "dprk-russia-missiles-2024", country: "DE", lang: "de", theme: null };
const page = "https://maps.example.org/signatories/?country=FR&lang=en#top";

describe("viewSearch and viewUrl", () => {
  it("write the statement, the country and the language, and a forced theme", () => {
    expect(viewSearch(view)).toBe("?statement=dprk-russia-missiles-2024&country=DE&lang=de");
    expect(viewSearch({ ...view, country: null, theme: "dark" }, true)).toBe("?embed=1&statement=dprk-russia-missiles-2024&lang=de&theme=dark");
  });

  it("replace the page's own query and fragment, keeping its path", () => {
    expect(viewUrl(page, view)).toBe("https://maps.example.org/signatories/?statement=dprk-russia-missiles-2024&country=DE&lang=de");
  });

  it("give a link that parseParams reads back as the same view", () => {
    const { params, problems } = parseParams(new URL(viewUrl(page, { ...view, theme: "dark" }, true)).search);
    expect(problems).toEqual([]);
    expect(params).toMatchObject({ ...view, theme: "dark", embed: true });
  });
});

describe("embedCodes", () => {
  const codes = embedCodes(page, view, 'The "48" & others <b>');

  it("the responsive code is the marked iframe and the loader beside the page", () => {
    expect(codes.responsive).toContain('src="https://maps.example.org/signatories/?embed=1&amp;statement=dprk-russia-missiles-2024&amp;country=DE&amp;lang=de"');
    expect(codes.responsive).toContain(" data-signatory-map ");
    expect(codes.responsive).toMatch(/<script src="https:\/\/maps\.example\.org\/signatories\/embed\.js" async><\/script>$/);
  });

  it("the fixed code is the iframe alone, at a fixed height, with no script", () => {
    expect(codes.fixed).not.toContain("<script");
    expect(codes.fixed).not.toContain("data-signatory-map");
    expect(codes.fixed).toContain(`height="${FIXED_HEIGHT_PX}"`);
    expect(codes.fixed).toContain("country=DE&amp;lang=de");
  });

  it("escape the title for an attribute", () => {
    expect(codes.fixed).toContain('title="The &quot;48&quot; &amp; others &lt;b&gt;"');
    expect(escapeAttribute(`a"b&c<d>`)).toBe("a&quot;b&amp;c&lt;d&gt;");
  });
});
