import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DownloadChoice, PageView } from "../../src/export";
import { en } from "../../src/i18n/messages";
import { DownloadControls, type ExportCode } from "../../src/page/DownloadControls";
import { deriveStatementView } from "../../src/view/statementView";
import { englishLocale, fixtureOrgs } from "../fixtures/locale";
import { shortStatement } from "../fixtures/statement";
import { tinyWorld } from "../fixtures/world";

afterEach(() => vi.restoreAllMocks());

/** A stand-in for the export chunk: records what it is asked for, or fails as told. */
function fakeExport(fail = false) {
  const asked: { choice: DownloadChoice; page: PageView; mapSvg: Element | null | undefined }[] = [];
  const code = {
    saveView: async (choice: DownloadChoice, page: PageView, mapSvg: Element | null | undefined) => {
      asked.push({ choice, page, mapSvg });
      if (fail) throw new Error("the canvas gave no PNG");
      return `short-statement.${choice}`;
    },
  } as unknown as ExportCode;
  return { code, asked };
}

const page: PageView = {
  world: tinyWorld,
  view: deriveStatementView({ statement: shortStatement, warnings: [], orgs: fixtureOrgs }, englishLocale),
  locale: englishLocale,
  theme: "dark",
  selected: "DE",
  outlined: ["DE", "FR"],
};

function renderControls(loadExport: () => Promise<ExportCode>) {
  const user = userEvent.setup();
  const utils = render(
    <main>
      <svg className="map-svg" />
      <DownloadControls page={page} loadExport={loadExport} />
      <p>Elsewhere on the page</p>
    </main>,
  );
  return { ...utils, user, button: screen.getByRole("button", { name: en.downloadButton }) };
}

describe("DownloadControls", () => {
  it("opens five choices from one button, each named with its format", async () => {
    const { user, button } = renderControls(async () => fakeExport().code);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("list")).toBeNull();
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const names = within(screen.getByRole("list", { name: en.downloadButton }))
      .getAllByRole("button")
      .map((choice) => choice.textContent);
    expect(names).toEqual([en.downloadSvg, en.downloadPng, en.downloadSocial, en.downloadCsv, en.downloadJson]);
    ["SVG", "PNG", "PNG", "CSV", "JSON"].forEach((format, i) => expect(names[i]).toContain(format));
    expect(en.downloadSocial).toContain("1200 × 630");
  });

  it("loads the export code when a choice is taken and hands it the page's view and this page's map", async () => {
    const fake = fakeExport();
    const loadExport = vi.fn(async () => fake.code);
    const { user, button, container } = renderControls(loadExport);
    await user.click(button);
    await user.click(screen.getByRole("button", { name: en.downloadPng }));
    expect(loadExport).toHaveBeenCalled();
    expect(fake.asked).toEqual([{ choice: "png", page, mapSvg: container.querySelector("svg.map-svg") }]);
    expect(screen.getByRole("status").textContent).toBe(en.downloadStarted("short-statement.png"));
    // The choices close once one is taken, and focus goes back to the button.
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button);
  });

  it("says in the page when the export code cannot be loaded, and tries again on request", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const fake = fakeExport();
    let online = false;
    const { user, button } = renderControls(async () => {
      if (!online) throw new TypeError("Failed to fetch dynamically imported module");
      return fake.code;
    });
    await user.click(button);
    await user.click(screen.getByRole("button", { name: en.downloadSvg }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(en.downloadLoadFailed);
    expect(fake.asked).toEqual([]);
    expect(errors).toHaveBeenCalled();
    online = true;
    await user.click(within(alert).getByRole("button", { name: en.downloadRetry }));
    expect(fake.asked.map((asked) => asked.choice)).toEqual(["svg"]);
    expect(screen.getByRole("status").textContent).toBe(en.downloadStarted("short-statement.svg"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says in the page when the file cannot be made, and tries the same choice again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fake = fakeExport(true);
    const { user, button } = renderControls(async () => fake.code);
    await user.click(button);
    await user.click(screen.getByRole("button", { name: en.downloadSocial }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(en.downloadFailed);
    await user.click(within(alert).getByRole("button", { name: en.downloadRetry }));
    expect(fake.asked.map((asked) => asked.choice)).toEqual(["social", "social"]);
  });

  it("closes the choices on Escape (focus back on the button), on a click elsewhere, and when focus leaves them", async () => {
    const { user, button } = renderControls(async () => fakeExport().code);
    await user.click(button);
    await user.keyboard("{Tab}");
    expect(document.activeElement?.textContent).toBe(en.downloadSvg);
    await user.keyboard("{Escape}");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button);
    await user.click(button);
    await user.click(screen.getByText("Elsewhere on the page"));
    expect(button.getAttribute("aria-expanded")).toBe("false");
    await user.click(button);
    for (let i = 0; i < 6; i++) await user.keyboard("{Tab}");
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("starts loading the export code as the pointer reaches the button, before any click", async () => {
    const loadExport = vi.fn(async () => fakeExport().code);
    const { user, button } = renderControls(loadExport);
    await user.hover(button);
    expect(loadExport).toHaveBeenCalled();
  });
});
