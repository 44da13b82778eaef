import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
// Types only: the export code itself is a chunk of its own, loaded when a reader asks (loadExportCode).
import type { DownloadChoice } from "../export";
import type { World } from "../geo/types";
import type { Messages } from "../i18n/messages";
import type { Locale } from "../view/locale";
import type { StatementView } from "../view/statementView";
import type { Theme } from "./parseParams";

export type ExportCode = typeof import("../export");

/** The export chunk, fetched on first use (the browser keeps it after that): never part of the first view. */
export const loadExportCode = (): Promise<ExportCode> => import("../export");

export interface DownloadControlsProps {
  world: World;
  view: StatementView;
  locale: Locale;
  /** The theme the page forces, or null where it follows the reader's system. */
  theme: Theme | null;
  selected: string | null;
  /** The outlined reference group's members, or null. */
  outlined: readonly string[] | null;
  /** How the export code is loaded; tests pass their own to make it fail. */
  loadExport?: () => Promise<ExportCode>;
}

/** The choices, in the menu's order, with each one's format as messages name it (not translated). */
const CHOICES: readonly { choice: DownloadChoice; format: string; label: (messages: Messages) => string }[] = [
  { choice: "svg", format: "SVG", label: (messages) => messages.downloadSvg },
  { choice: "png", format: "PNG", label: (messages) => messages.downloadPng },
  { choice: "social", format: "PNG (1200 × 630)", label: (messages) => messages.downloadSocial },
  { choice: "csv", format: "CSV", label: (messages) => messages.downloadCsv },
  { choice: "json", format: "JSON", label: (messages) => messages.downloadJson },
];
const formatOf = (choice: DownloadChoice) => CHOICES.find((item) => item.choice === choice)!.format;

type Status =
  | { kind: "idle" }
  | { kind: "working"; choice: DownloadChoice }
  | { kind: "started"; filename: string }
  /** `stage`: the code could not be fetched (offline, a new deploy), or the file could not be made. */
  | { kind: "failed"; choice: DownloadChoice; stage: "load" | "make" };

/** The theme the reader sees now: the one forced, else the system's. */
function themeShown(forced: Theme | null): Theme {
  if (forced) return forced;
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/**
 * The full page's Download button and its choices: the map as shown (SVG, PNG at twice its CSS
 * size), a 1200x630 card for social media, the parties as CSV, the statement as JSON; two clicks
 * from the page to a file. The file is made from the view at the moment of the click: language,
 * theme, selected country, outlined group, and the map's width, measured then rather than passed
 * up from the map on every resize. The export code loads on the first click (or as the pointer or
 * focus reaches the button); a failure says so in the page, with a button to try again.
 */
export function DownloadControls({ loadExport = loadExportCode, ...props }: DownloadControlsProps) {
  const id = useId();
  const { messages } = props.locale;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  // A click or tap anywhere else closes the choices.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const preload = () => {
    // Warms the browser's cache; a failure here is reported when the reader actually asks.
    loadExport().catch(() => {});
  };

  const download = async (choice: DownloadChoice) => {
    setOpen(false);
    setStatus({ kind: "working", choice });
    let code: ExportCode;
    try {
      code = await loadExport();
    } catch (error) {
      console.error(error);
      setStatus({ kind: "failed", choice, stage: "load" });
      return;
    }
    try {
      // The map's <svg> on this page, as large as it is drawn now.
      const box = rootRef.current?.closest("main")?.querySelector("svg.map-svg")?.getBoundingClientRect();
      const file = await code.downloadView(choice, {
        world: props.world,
        view: props.view,
        locale: props.locale,
        theme: themeShown(props.theme),
        mapWidthPx: box && box.width > 0 ? code.drawnMapWidth(box, props.world) : undefined,
        selected: props.selected,
        outlined: props.outlined,
      });
      code.saveFile(file);
      setStatus({ kind: "started", filename: file.filename });
    } catch (error) {
      console.error(error);
      setStatus({ kind: "failed", choice, stage: "make" });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      ref={rootRef}
      className="download"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the choices closes them.
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="download-button"
        aria-expanded={open}
        aria-controls={open ? `${id}-choices` : undefined}
        onClick={() => setOpen((previous) => !previous)}
        onPointerEnter={preload}
        onFocus={preload}
      >
        {messages.downloadButton}
      </button>
      {/* Made when opened: the prerendered page carries only the button (the first view's bytes). */}
      {open && (
        <ul id={`${id}-choices`} className="download-choices" aria-label={messages.downloadChoicesLabel}>
          {CHOICES.map(({ choice, label }) => (
            <li key={choice}>
              <button type="button" onClick={() => download(choice)}>
                {label(messages)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="download-status" role="status">
        {status.kind === "working" ? messages.downloadWorking(formatOf(status.choice)) : status.kind === "started" ? messages.downloadStarted(status.filename) : ""}
      </p>
      {status.kind === "failed" && (
        <div className="download-problem" role="alert">
          <p>{status.stage === "load" ? messages.downloadLoadFailed(formatOf(status.choice)) : messages.downloadFailed(formatOf(status.choice))}</p>
          <button type="button" onClick={() => download(status.choice)}>
            {messages.downloadRetry}
          </button>
        </div>
      )}
    </div>
  );
}
