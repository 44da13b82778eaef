// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { paletteCss } from "../../../src/build/writePaletteCss";
import { PALETTE, cssName, type ColourName } from "../../../src/map/palette";
import { contrast, themeProperties } from "../cssColours";

const light = themeProperties("light");
const dark = themeProperties("dark");

const TEXTS = ["--text", "--muted", "--warning-text", "--link"];
const SURFACES = ["--page-bg", "--panel-bg", "--card-bg", "--control-bg", "--notice-bg", "--pressed-bg", "--hover-bg"];
const CATEGORIES = ["--signatory", "--joined", "--subject", "--other"];

/** The smallest lightness contrast between any two map categories, or a category and the sea. */
const weakestPair = (theme: Record<string, string>) => {
  const colours = [...CATEGORIES, "--sea"].map((name) => theme[name]!);
  let weakest = Infinity;
  for (let i = 0; i < colours.length; i++) for (let j = i + 1; j < colours.length; j++) weakest = Math.min(weakest, contrast(colours[i]!, colours[j]!));
  return weakest;
};

describe("the dark theme's colours", () => {
  it.each(TEXTS)("keep %s at 4.5:1 or more on every surface", (text) => {
    for (const surface of SURFACES) expect(contrast(dark[text]!, dark[surface]!), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
  });

  it("keep marked text readable", () => {
    expect(contrast(dark["--mark-text"]!, dark["--mark"]!)).toBeGreaterThanOrEqual(4.5);
  });

  it("keep the map's categories and the sea at least as far apart in lightness as the light theme does", () => {
    expect(weakestPair(dark)).toBeGreaterThanOrEqual(weakestPair(light));
  });
});

/** The custom properties of a parsed style rule. */
const propertiesOf = (rule: CSSStyleRule) =>
  Object.fromEntries(
    [...Array.from({ length: rule.style.length }, (_, i) => rule.style.item(i))]
      .filter((name) => name.startsWith("--"))
      .map((name) => [name, rule.style.getPropertyValue(name).trim()]),
  );

describe("the palette's CSS, as the data step writes it", () => {
  // Parsed by jsdom's CSS parser, as a browser would read the stylesheet.
  const style = document.createElement("style");
  style.textContent = paletteCss();
  document.head.append(style);
  const rules = [...style.sheet!.cssRules];
  const topRoot = rules.find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === ":root");
  const darkBlocks = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule);
  const darkRule = (media: string, selector: string) => {
    const block = darkBlocks.find((rule) => rule.media.mediaText.replace(/\s+/g, "") === media.replace(/\s+/g, ""));
    const inner = block && [...block.cssRules].find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === selector);
    if (!inner) throw new Error(`no ${selector} rule under @media ${media}`);
    return inner;
  };
  const forced = darkRule("screen", ':root[data-theme="dark"]');
  const system = darkRule("screen and (prefers-color-scheme: dark)", ':root:not([data-theme="light"])');

  it("sets every light colour on :root, outside any media query, so print is light", () => {
    expect(propertiesOf(topRoot!)).toEqual(light);
  });

  it("is one dark set, whether forced by theme=dark or chosen by the system, on screen only", () => {
    expect(darkBlocks).toHaveLength(2);
    expect(propertiesOf(system)).toEqual(propertiesOf(forced));
    expect(forced.style.getPropertyValue("color-scheme")).toBe("dark");
  });

  it("gives every colour its dark value, in the dark blocks or, where both themes agree, from :root", () => {
    const inDark = propertiesOf(forced);
    for (const name of Object.keys(PALETTE) as ColourName[]) {
      expect(inDark[cssName(name)] ?? light[cssName(name)], name).toBe(PALETTE[name].dark);
    }
  });
});

describe("styles.css", () => {
  const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../src/styles.css"), "utf8");

  it("imports the generated palette and declares no colour custom property of its own", () => {
    expect(css).toMatch(/^(?:\/\*[\s\S]*?\*\/\s*)*@import "\.\/generated\/palette\.css";/);
    expect(css.match(/--[\w-]+\s*:/g) ?? []).toEqual([]);
  });

  it("uses only custom properties the palette defines", () => {
    const used = new Set([...css.matchAll(/var\((--[\w-]+)\)/g)].map((match) => match[1]!));
    expect([...used].filter((name) => !(name in light))).toEqual([]);
  });
});
