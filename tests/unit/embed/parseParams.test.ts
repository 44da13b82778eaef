import { describe, expect, it } from "vitest";
import { parseParams, PRERENDERED_PARAMS } from "../../../src/embed/parseParams";

describe("parseParams: theme", () => {
  it("reads theme=light and theme=dark, in any case", () => {
    expect(parseParams("?theme=dark").params.theme).toBe("dark");
    expect(parseParams("?theme=Light").params.theme).toBe("light");
  });

  it("follows the system setting (null) with no theme or an empty one", () => {
    expect(parseParams("").params.theme).toBeNull();
    expect(parseParams("?theme=").params.theme).toBeNull();
    expect(PRERENDERED_PARAMS.theme).toBeNull();
  });

  it("reports a bad theme and falls back to the system setting", () => {
    const { params, problems } = parseParams("?theme=purple&country=de");
    expect(params.theme).toBeNull();
    expect(params.country).toBe("DE");
    expect(problems).toEqual([{ param: "theme", value: "purple", reason: "bad-theme" }]);
  });

  it("reads the rest of a deep link beside it", () => {
    const { params, problems } = parseParams("?statement=other-one&country=fr&lang=de&theme=dark&embed=1&childId=map");
    expect(problems).toEqual([]);
    expect(params).toEqual({ statement: "other-one", embed: true, country: "FR", lang: "de", childId: "map", theme: "dark" });
  });
});
