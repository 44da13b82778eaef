import { describe, expect, it } from "vitest";
import { categorise, categoryOf, statusOf } from "../../../src/view/categorise";
import { shortStatement } from "../../fixtures/statement";

describe("categorise", () => {
  const categorised = categorise(shortStatement);

  it("sorts a statement's parties into signatories, later signatories and subjects", () => {
    expect(categoryOf(categorised, "DE")).toBe("signatory");
    expect(categoryOf(categorised, "FR")).toBe("joined");
    expect(categoryOf(categorised, "RU")).toBe("subject");
    expect(categoryOf(categorised, "CN")).toBe("other");
  });

  it("counts countries apart from organisations, and groups additions by date", () => {
    expect(categorised.signatoryCountries).toBe(3);
    expect(categorised.organisations).toEqual(["EU"]);
    expect(categorised.additions).toEqual([{ date: "2024-01-12", count: 1 }]);
    expect(categorised.joinedOn.get("FR")).toBe("2024-01-12");
  });

  it("reports a later signatory as a signatory in the public data-status hook", () => {
    expect(statusOf("joined")).toBe("signatory");
    expect(statusOf("subject")).toBe("subject");
  });
});
