// The Embed dialog's body, a chunk of its own (ShareControls loads it when the dialog first opens,
// or when the pointer or focus reaches the Embed button): most readers never open it, and the first
// view need not carry it (issue #23, first-view bytes).
import { useEffect, useId, useRef, useState } from "react";
import { embedCodes, pictureCode, viewUrl, type EmbedOptions, type PageLink } from "../embed/embedCode";
import { builtLoader } from "../embed/builtLoader";
import { parseHeightMessage } from "../embed/heightMessages";
import type { PanelMode, Theme } from "../embed/pageAddress";
import type { Messages } from "../i18n/messages";
import { copyText } from "./copyText";

/** Widths the dialog previews the embed at: a small phone, a common phone, an article column, a wide page. */
export const PREVIEW_WIDTHS = [320, 375, 700, 1200] as const;
/** The width previewed first: most readers of an article read it on a phone. */
const DEFAULT_PREVIEW_WIDTH = 375;

/** The theme the editor sees now: the one forced, else the system's. An embed follows that unless the editor chooses. */
function themeShown(forced: Theme | null): Theme {
  if (forced) return forced;
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** The dialog's body: the choices, the preview with its height, and the codes: two frames and, for a statement with its own page, the picture. */
export interface EmbedChooserProps {
  link: PageLink;
  title: string;
  pictureAlt: string | null;
  messages: Messages;
}

export function EmbedChooser({ link, title, pictureAlt, messages }: EmbedChooserProps) {
  const id = useId();
  const [options, setOptions] = useState<EmbedOptions>(() => ({ panel: "closed", theme: themeShown(link.theme), background: null }));
  const [width, setWidth] = useState<number>(DEFAULT_PREVIEW_WIDTH);
  const [height, setHeight] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const previewRef = useRef<HTMLIFrameElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const src = viewUrl(window.location.href, link, options);

  // The preview is our own page in a frame: it reports its height as any embed does.
  useEffect(() => {
    setHeight(null);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== previewRef.current?.contentWindow) return;
      const reported = parseHeightMessage(event.data);
      if (reported !== null) setHeight(reported);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [src, width]);

  // Wider previews are drawn scaled down to the dialog (CSSOM, not a style attribute: CSP).
  useEffect(() => {
    const frame = previewRef.current;
    const area = areaRef.current;
    if (!frame || !area) return;
    const scale = Math.min(1, area.clientWidth / width);
    frame.style.setProperty("width", `${width}px`);
    frame.style.setProperty("height", `${height ?? 400}px`);
    frame.style.setProperty("transform", `scale(${scale})`);
    area.style.setProperty("height", `${Math.ceil((height ?? 400) * scale)}px`);
  }, [width, height]);

  // The loader with its integrity hash and crossorigin (#15): see embedCodes.
  const codes = embedCodes(window.location.href, link, title, options, height ?? undefined, builtLoader());
  // The picture is the statement's map as the build drew it: the options above do not change it.
  const picture = pictureAlt === null ? null : pictureCode(window.location.href, link, pictureAlt);
  const copy = async (text: string, field: HTMLTextAreaElement | null) => {
    setStatus("");
    if (await copyText(text)) setStatus(messages.copied);
    else {
      field?.focus();
      field?.select();
      setStatus(messages.copyFallback);
    }
  };
  const choice = <T extends string | number>(name: string, legend: string, value: T, choices: { value: T; label: string }[], onChange: (value: T) => void) => (
    <fieldset className="embed-choice">
      <legend>{legend}</legend>
      {choices.map((item) => (
        <label key={String(item.value)}>
          <input type="radio" name={`${id}-${name}`} checked={item.value === value} onChange={() => onChange(item.value)} /> {item.label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <>
      <div className="embed-choices">
        {choice<PanelMode>(
          "panel",
          messages.embedPanelLabel,
          options.panel,
          [
            { value: "closed", label: messages.embedPanelClosed },
            { value: "open", label: messages.embedPanelOpen },
            { value: "none", label: messages.embedPanelNone },
          ],
          (panel) => setOptions((previous) => ({ ...previous, panel })),
        )}
        {choice<"light" | "dark" | "reader">(
          "theme",
          messages.embedThemeLabel,
          options.theme ?? "reader",
          [
            { value: "light", label: messages.themeLight },
            { value: "dark", label: messages.themeDark },
            { value: "reader", label: messages.embedThemeReader },
          ],
          (theme) => setOptions((previous) => ({ ...previous, theme: theme === "reader" ? null : theme })),
        )}
        {choice<"own" | "transparent">(
          "background",
          messages.embedBackgroundLabel,
          options.background ?? "own",
          [
            { value: "own", label: messages.embedBackgroundOwn },
            { value: "transparent", label: messages.embedBackgroundTransparent },
          ],
          (background) => setOptions((previous) => ({ ...previous, background: background === "own" ? null : background })),
        )}
        {choice<number>(
          "width",
          messages.embedWidthLabel,
          width,
          PREVIEW_WIDTHS.map((value) => ({ value, label: `${value} px` })),
          setWidth,
        )}
      </div>
      <p className="embed-height" role="status">
        {height === null ? messages.embedMeasuring : messages.embedPreviewHeight(width, height)}
      </p>
      <div className="embed-preview" ref={areaRef}>
        <iframe key={`${src}|${width}`} ref={previewRef} src={src} title={messages.embedPreviewTitle} />
      </div>
      <CodeField label={messages.embedResponsive} copyLabel={messages.copyResponsive} code={codes.responsive} onCopy={copy} />
      <CodeField label={messages.embedFixed} copyLabel={messages.copyFixed} code={codes.fixed} onCopy={copy} />
      {picture !== null && <CodeField label={messages.embedPicture} copyLabel={messages.copyPicture} code={picture} onCopy={copy} />}
      <p className="share-status" role="status">
        {status}
      </p>
    </>
  );
}

interface CodeFieldProps {
  label: string;
  copyLabel: string;
  code: string;
  onCopy: (code: string, field: HTMLTextAreaElement | null) => void;
}

function CodeField({ label, copyLabel, code, onCopy }: CodeFieldProps) {
  const id = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="embed-code">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={fieldRef}
        id={id}
        readOnly
        rows={code.includes("<script") ? 5 : 3}
        value={code}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" onClick={() => onCopy(code, fieldRef.current)}>
        {copyLabel}
      </button>
    </div>
  );
}
