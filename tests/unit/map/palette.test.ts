import { describe, expect, it } from "vitest";
import { contrast, customProperties } from "../cssColours";

const themes = {
  light: customProperties(":root"),
  dark: customProperties(':root[data-theme="dark"]'),
};

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
});
