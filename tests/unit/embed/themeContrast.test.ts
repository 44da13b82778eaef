import { describe, expect, it } from "vitest";
import { contrast, customProperties } from "../cssColours";

const light = customProperties(":root");
const dark = customProperties(':root[data-theme="dark"]');
const systemDark = customProperties(':root:not([data-theme="light"])');

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

describe("the dark theme in styles.css", () => {
  it("is one set of colours, whether forced by theme=dark or chosen by the system", () => {
    expect(Object.keys(dark).length).toBeGreaterThan(15);
    expect(systemDark).toEqual(dark);
  });

  it("sets every colour the light theme sets", () => {
    const colours = Object.keys(light).filter((name) => /^#|LinkText/.test(light[name]!));
    expect(colours.filter((name) => !(name in dark))).toEqual([]);
  });

  it.each(TEXTS)("keeps %s at 4.5:1 or more on every surface", (text) => {
    for (const surface of SURFACES) expect(contrast(dark[text]!, dark[surface]!), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps marked text readable", () => {
    expect(contrast(dark["--mark-text"]!, dark["--mark"]!)).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps the map's categories and the sea at least as far apart in lightness as the light theme does", () => {
    expect(weakestPair(dark)).toBeGreaterThanOrEqual(weakestPair(light));
  });
});
