import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DownloadChoice, ViewToDownload } from "../../src/export";
import { drawnMapWidth } from "../../src/export/downloadView";
import { en } from "../../src/i18n/messages";
import { DownloadControls, type DownloadControlsProps, type ExportCode } from "../../src/page/DownloadControls";
import { deriveStatementView } from "../../src/view/statementView";
import { englishLocale } from "../fixtures/locale";
import { shortStatement } from "../fixtures/statement";
import { tinyWorld } from "../fixtures/world";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A stand-in for the export chunk: records what it is asked for, or fails as told. */
function fakeExport(fail: "make" | null = null) {
  const asked: { choice: DownloadChoice; input: ViewToDownload }[] = [];
  const saved: string[] = [];
  const code = {
    downloadView: async (choice: DownloadChoice, input: ViewToDownload) => {
      asked.push({ choice, input });
      if (fail === "make") throw new Error("the canvas gave no PNG");
      return { filename: `short-statement.${choice}`, blob: new Blob(["x"]) };
    },
    drawnMapWidth,
    saveFile: (file: { filename: string }) => void saved.push(file.filename),
  } as unknown as ExportCode;
  return { code, asked, saved };
}

function renderControls(props: Partial<DownloadControlsProps> = {}) {
  const user = userEvent.setup();
  const utils = render(
    <main>
      <svg className="map-svg" />
      <DownloadControls
        world={tinyWorld}
        view={deriveStatementView(shortStatement, [], englishLocale)}
        locale={englishLocale}
        theme={null}
        selected={null}
        outlined={null}
        {...props}
      />
      <p>Elsewhere on the page</p>
    </main>,
  );
  return { ...utils, user, button: screen.getByRole("button", { name: en.downloadButton }) };
}

describe("DownloadControls", () => {
  it("opens five choices from one button, each named with its format", async () => {
    const { user, button } = renderControls({ loadExport: async () => fakeExport().code });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("list", { name: en.downloadChoicesLabel })).toBeNull();
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const names = within(screen.getByRole("list", { name: en.downloadChoicesLabel }))
      .getAllByRole("button")
      .map((choice) => choice.textContent);
    expect(names).toEqual([en.downloadSvg, en.downloadPng, en.downloadSocial, en.downloadCsv, en.downloadJson]);
    for (const [name, format] of names.map((name, i) => [name, ["SVG", "PNG", "PNG", "CSV", "JSON"][i]!])) expect(name).toContain(format);
    expect(en.downloadSocial).toContain("1200 × 630");
  });

  it("loads the export code when asked and makes the file of the view the reader sees: theme, selection, outlined group, map width", async () => {
    const fake = fakeExport();
    const loadExport = vi.fn(async () => fake.code);
    const { user, button, container } = renderControls({ loadExport, theme: "dark", selected: "DE", outlined: ["DE", "FR"] });
    vi.spyOn(container.querySelector("svg.map-svg")!, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 900, 300));
    await user.click(button);
    await user.click(screen.getByRole("button", { name: en.downloadPng }));
    expect(loadExport).toHaveBeenCalled();
    expect(fake.asked).toHaveLength(1);
    const { choice, input } = fake.asked[0]!;
    expect(choice).toBe("png");
    // tinyWorld is 100x50: a 900x300 box draws the map 600 px wide.
    expect(input).toMatchObject({ theme: "dark", selected: "DE", outlined: ["DE", "FR"], mapWidthPx: 600, world: tinyWorld, locale: englishLocale });
    expect(input.view.statement).toBe(shortStatement);
    expect(fake.saved).toEqual(["short-statement.png"]);
    expect(screen.getByRole("status").textContent).toBe(en.downloadStarted("short-statement.png"));
    // The choices close once one is taken.
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("follows the system's theme when the page forces none, and leaves the width to the export code before the map is measured", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: query === "(prefers-color-scheme: dark)" }));
    const fake = fakeExport();
    const { user, button } = renderControls({ loadExport: async () => fake.code });
    await user.click(button);
    await user.click(screen.getByRole("button", { name: en.downloadCsv }));
    expect(fake.asked[0]!.input).toMatchObject({ theme: "dark", mapWidthPx: undefined });
  });

  it("says in the page when the export code cannot be loaded, and tries again on request", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const fake = fakeExport();
    let online = false;
    const loadExport = vi.fn(async () => {
      if (!online) throw new TypeError("Failed to fetch dynamically imported module");
      return fake.code;
    });
    const { user, button } = renderControls({ loadExport });
    await user.click(button);
    await user.click(screen.getByRole("button", { name: en.downloadSvg }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(en.downloadLoadFailed("SVG"));
    expect(fake.saved).toEqual([]);
    expect(errors).toHaveBeenCalled();
    online = true;
    await user.click(within(alert).getByRole("button", { name: en.downloadRetry }));
    expect(fake.saved).toEqual(["short-statement.svg"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says in the page when the file cannot be made, naming its format", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fake = fakeExport("make");
    const { user, button } = renderControls({ loadExport: async () => fake.code });
    await user.click(button);
    await user.click(screen.getByRole("button", { name: en.downloadSocial }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(en.downloadFailed("PNG (1200 × 630)"));
    await user.click(within(alert).getByRole("button", { name: en.downloadRetry }));
    expect(fake.asked.map((asked) => asked.choice)).toEqual(["social", "social"]);
  });

  it("closes the choices on Escape (focus back on the button), on a click elsewhere, and when focus leaves them", async () => {
    const { user, button } = renderControls({ loadExport: async () => fakeExport().code });
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

  it("starts loading the export code as the pointer or focus reaches the button, before any click", async () => {
    const loadExport = vi.fn(async () => fakeExport().code);
    const { user, button } = renderControls({ loadExport });
    await user.hover(button);
    expect(loadExport).toHaveBeenCalled();
  });
});
