// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATEGORY_LOOKS, cssName, type CategoryLook, type CategoryName } from "../../../src/map/palette";
import { contrast, themeProperties } from "../cssColours";

const themes = { light: themeProperties("light"), dark: themeProperties("dark") };

describe.each(Object.entries(themes))("the map palette, %s theme", (_, theme) => {
  const c = (a: string, b: string) => contrast(theme[a]!, theme[b]!);

  it.each(["--signatory", "--joined", "--subject"])("keeps %s at 3:1 or more against the sea", (category) => {
    expect(c(category, "--sea")).toBeGreaterThanOrEqual(3);
  });

  it.each(["--signatory", "--joined", "--subject"])("keeps %s at 3:1 or more against countries that did not sign", (category) => {
    expect(c(category, "--other")).toBeGreaterThanOrEqual(3);
  });

  it("keeps the first and the later signatories 3:1 apart, since both are blue", () => {
    expect(c("--signatory", "--joined")).toBeGreaterThanOrEqual(3);
  });

  it("outlines land that did not sign at 3:1 or more against the sea", () => {
    expect(c("--other-outline", "--sea")).toBeGreaterThanOrEqual(3);
  });

  it("hatches subjects with lines that show on their fill", () => {
    expect(c("--subject-hatch", "--subject")).toBeGreaterThanOrEqual(3);
  });

  // Issue #17: black dashes hardly showed on dark-blue signatories.
  it("draws a group outline as dashes on a casing far apart in lightness", () => {
    expect(c("--outline", "--group-halo")).toBeGreaterThanOrEqual(7);
  });

  it.each(["--signatory", "--joined", "--subject", "--subject-hatch", "--other", "--sea"])(
    "shows a group outline on %s: its dash or its casing at 3:1 or more",
    (fill) => {
      expect(Math.max(c("--outline", fill), c("--group-halo", fill))).toBeGreaterThanOrEqual(3);
    },
  );
});

// Issue #27: the dark set's near-white later signatories outshone its mid-blue first signatories.
// Emphasis is the story's order in both themes: who signed first stands out most, who joined later
// next, who did not sign least, measured as WCAG contrast against the land that did not sign and
// against the sea, the two grounds every fill is seen on.
describe.each(["light", "dark"] as const)("the map's emphasis in the %s theme", (themeName) => {
  const theme = themeProperties(themeName);
  const fill = (category: CategoryName) => theme[cssName(CATEGORY_LOOKS[category].fill)]!;

  it.each(["--other", "--sea"])("is signatory > joined > other against %s", (ground) => {
    const [signatory, joined, other] = (["signatory", "joined", "other"] as const).map((category) => contrast(fill(category), theme[ground]!));
    expect(signatory).toBeGreaterThan(joined!);
    expect(joined).toBeGreaterThan(other!);
  });

  it.each(["--other", "--sea"])("is both > first against %s when two statements are compared", (ground) => {
    expect(contrast(fill("both"), theme[ground]!)).toBeGreaterThan(contrast(fill("first"), theme[ground]!));
  });
});

describe("the map's categories as styles.css draws them", () => {
  // A real CSS parser (jsdom's, in this file's environment), not a regular expression over the text.
  const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../src/styles.css"), "utf8");
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  const rules = [...style.sheet!.cssRules].filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
  const declared = (selector: string, property: string) =>
    rules
      .filter((rule) => rule.selectorText === selector)
      .map((rule) => rule.style.getPropertyValue(property))
      .filter(Boolean)
      .at(-1);
  const looks = Object.entries(CATEGORY_LOOKS) as [string, CategoryLook][];

  it.each(looks)("fills %s as CATEGORY_LOOKS says", (category, look) => {
    const fill = declared(`[data-category="${category}"]`, "fill");
    if (look.hatch) {
      expect(fill?.replace(/"/g, "")).toBe(`url(#${category}-hatch)`);
      expect(declared(".hatch-ground", "fill")).toBe(`var(${cssName(look.fill)})`);
      expect(declared(".hatch-line", "stroke")).toBe(`var(${cssName(look.hatch)})`);
    } else {
      expect(fill).toBe(`var(${cssName(look.fill)})`);
    }
  });

  it.each(looks)("outlines %s and rings its marker as CATEGORY_LOOKS says", (category, look) => {
    expect(declared(`.country[data-category="${category}"]`, "stroke") ?? declared(".country", "stroke")).toBe(`var(${cssName(look.stroke ?? "border")})`);
    expect(declared(`.marker[data-category="${category}"] .marker-dot`, "stroke") ?? declared(".marker-dot", "stroke")).toBe(
      `var(${cssName(look.markerStroke ?? "markerRing")})`,
    );
  });
});
