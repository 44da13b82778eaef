import { useId, useRef, useState } from "react";
import type { Messages } from "../i18n/messages";
import { copyText } from "./copyText";
import { embedCodes, viewUrl, type View } from "./embedCode";

export interface ShareControlsProps {
  view: View;
  /** The frame's title in the embed codes: the statement's title. */
  title: string;
  messages: Messages;
}

type Codes = { responsive: string; fixed: string };

/**
 * "Embed" and "Copy link" for the full page. The codes and the link are made when asked for, from
 * the page's address then (never while rendering: the prerendered page has no address), so they
 * carry the statement, country and language shown at that moment.
 */
export function ShareControls({ view, title, messages }: ShareControlsProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const [codes, setCodes] = useState<Codes | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [dialogStatus, setDialogStatus] = useState("");

  const copyLink = async () => {
    const href = viewUrl(window.location.href, view);
    setStatus("");
    if (await copyText(href)) {
      setLink(null);
      setStatus(messages.copied);
    } else {
      // Fallback: show the link selected, for the reader to copy by hand.
      setLink(href);
      setStatus(messages.copyFallback);
      requestAnimationFrame(() => linkRef.current?.select());
    }
  };

  const openEmbed = () => {
    setCodes(embedCodes(window.location.href, view, title));
    setDialogStatus("");
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  };

  const copyCode = async (text: string, field: HTMLTextAreaElement | null) => {
    setDialogStatus("");
    if (await copyText(text)) setDialogStatus(messages.copied);
    else {
      field?.focus();
      field?.select();
      setDialogStatus(messages.copyFallback);
    }
  };

  return (
    <div className="share" role="group" aria-label={messages.shareLabel}>
      <div className="share-buttons">
        <button type="button" aria-haspopup="dialog" onClick={openEmbed}>
          {messages.embedButton}
        </button>
        <button type="button" onClick={copyLink}>
          {messages.copyLink}
        </button>
        <p className="share-status" role="status">
          {status}
        </p>
      </div>
      {link !== null && (
        <label className="share-link">
          <span>{messages.linkLabel}</span>
          <input ref={linkRef} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={() => setDialogStatus("")}>
        <h2 id={`${id}-title`}>{messages.embedTitle}</h2>
        {codes && (
          <>
            <CodeField id={`${id}-responsive`} label={messages.embedResponsive} copyLabel={messages.copyResponsive} code={codes.responsive} onCopy={copyCode} />
            <CodeField id={`${id}-fixed`} label={messages.embedFixed} copyLabel={messages.copyFixed} code={codes.fixed} onCopy={copyCode} />
          </>
        )}
        <p className="share-status" role="status">
          {dialogStatus}
        </p>
        <form method="dialog">
          <button type="submit">{messages.close}</button>
        </form>
      </dialog>
    </div>
  );
}

interface CodeFieldProps {
  id: string;
  label: string;
  copyLabel: string;
  code: string;
  onCopy: (code: string, field: HTMLTextAreaElement | null) => void;
}

function CodeField({ id, label, copyLabel, code, onCopy }: CodeFieldProps) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="embed-code">
      <label htmlFor={id}>{label}</label>
      <textarea ref={fieldRef} id={id} readOnly rows={code.includes("<script") ? 6 : 4} value={code} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" onClick={() => onCopy(code, fieldRef.current)}>
        {copyLabel}
      </button>
    </div>
  );
}
