import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
// Types only: the export code itself is a chunk of its own, loaded when a reader asks (loadExportCode).
import type { DownloadChoice, PageView } from "../export";
import type { Messages } from "../i18n/messages";

export type ExportCode = typeof import("../export");

/** The export chunk, fetched on first use (the browser keeps it after that): never part of the first view. */
export const loadExportCode = (): Promise<ExportCode> => import("../export");

export interface DownloadControlsProps {
  /** What the files show: the statement's view in the page's language, the theme forced (or null), the selection and outlined group. */
  page: PageView;
  /** How the export code is loaded; tests pass their own to make it fail. */
  loadExport?: () => Promise<ExportCode>;
}

/** The choices, in the menu's order; each one's words name its format. */
const CHOICES: readonly [DownloadChoice, (messages: Messages) => string][] = [
  ["svg", (messages) => messages.downloadSvg],
  ["png", (messages) => messages.downloadPng],
  ["social", (messages) => messages.downloadSocial],
  ["csv", (messages) => messages.downloadCsv],
  ["json", (messages) => messages.downloadJson],
];

type Status =
  | { kind: "idle" | "working" }
  | { kind: "started"; filename: string }
  /** `stage`: the code could not be fetched (offline, a new deploy), or the file could not be made. */
  | { kind: "failed"; choice: DownloadChoice; stage: "load" | "make" };

/**
 * The full page's Download button and its choices: the map as shown (SVG, PNG at twice its CSS
 * size), a 1200x630 card for social media, the parties as CSV, the statement as JSON; two clicks
 * from the page to a file. The file is made from the view at the moment of the click, the map's
 * width measured then (see saveView) rather than passed up from the map on every resize. The
 * export code loads on the first click, or as the pointer or focus reaches the button; a failure
 * says so in the page, with a button to try again.
 */
export function DownloadControls({ page, loadExport = loadExportCode }: DownloadControlsProps) {
  const id = useId();
  const { messages } = page.locale;
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

  // Warms the browser's cache; a failure here is reported when the reader actually asks.
  const preload = () => void loadExport().catch(() => {});

  const download = async (choice: DownloadChoice) => {
    // The choice (or Try again) is about to go: keyboard focus stays on the control.
    buttonRef.current?.focus();
    setOpen(false);
    setStatus({ kind: "working" });
    let stage: "load" | "make" = "load";
    try {
      const code = await loadExport();
      stage = "make";
      // This page's map, as large as it is drawn now.
      setStatus({ kind: "started", filename: await code.saveView(choice, page, rootRef.current?.closest("main")?.querySelector("svg.map-svg")) });
    } catch (error) {
      console.error(error);
      setStatus({ kind: "failed", choice, stage });
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
        onClick={() => setOpen(!open)}
        onPointerEnter={preload}
        onFocus={preload}
      >
        {messages.downloadButton}
      </button>
      {/* Made when opened: the prerendered page carries only the button (the first view's bytes). */}
      {open && (
        <ul id={`${id}-choices`} className="download-choices" aria-label={messages.downloadButton}>
          {CHOICES.map(([choice, label]) => (
            <li key={choice}>
              <button type="button" onClick={() => download(choice)}>
                {label(messages)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="download-status" role="status">
        {status.kind === "working" ? messages.downloadWorking : status.kind === "started" ? messages.downloadStarted(status.filename) : ""}
      </p>
      {status.kind === "failed" && (
        <div className="download-problem" role="alert">
          <p>{status.stage === "load" ? messages.downloadLoadFailed : messages.downloadFailed}</p>
          <button type="button" onClick={() => download(status.choice)}>
            {messages.downloadRetry}
          </button>
        </div>
      )}
    </div>
  );
}
