import { useId, useRef, useState, type ComponentType } from "react";
import { viewUrl, type PageLink } from "../embed/embedCode";
import type { Messages } from "../i18n/messages";
import { copyText } from "./copyText";

import type { EmbedChooserProps } from "./EmbedChooser";

/** The dialog's body is a chunk of its own (EmbedChooser.tsx), asked for when the Embed button is reached. */
const loadEmbedChooser = () => import("./EmbedChooser").then((module) => module.EmbedChooser);

export interface ShareControlsProps {
  link: PageLink;
  /** The statement's title, for the embedded frame's title. */
  title: string;
  /** The map's description (the view's mapSummary), the picture code's alt text; null where the page shows no picture's worth (two statements compared). */
  pictureAlt: string | null;
  messages: Messages;
}

/**
 * "Embed" and "Copy link" for the full page. The link and the codes are made when asked for, from
 * the page's address then (never while rendering: the prerendered page has no address), so they
 * carry the statement, country and language shown at that moment. The Embed dialog lets the editor
 * choose the panel (closed sections, all open, none) and the theme (light, dark, the reader's), and
 * previews the embed at a chosen width with the height it reports, which goes into the codes.
 */
export function ShareControls({ link, title, pictureAlt, messages }: ShareControlsProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  // The dialog's body once its chunk is here; "failed" when it could not be loaded (the next opening tries again).
  const [chooser, setChooser] = useState<ComponentType<EmbedChooserProps> | "failed" | null>(null);
  const [copiedLink, setCopiedLink] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const copyLink = async () => {
    const href = viewUrl(window.location.href, link);
    setStatus("");
    if (await copyText(href)) {
      setCopiedLink(null);
      setStatus(messages.copied);
    } else {
      // Fallback: show the link selected, for the reader to copy by hand.
      setCopiedLink(href);
      setStatus(messages.copyFallback);
      requestAnimationFrame(() => linkRef.current?.select());
    }
  };

  const openEmbed = () => {
    setOpen(true);
    if (typeof chooser !== "function")
      loadEmbedChooser().then(
        (loaded) => setChooser(() => loaded),
        () => setChooser("failed"),
      );
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  };

  // The loaded body, as a component of its own (its hooks are its own).
  const Chooser = typeof chooser === "function" ? chooser : null;
  return (
    <div className="share" role="group" aria-label={messages.shareLabel}>
      <div className="share-buttons">
        <button type="button" aria-haspopup="dialog" onClick={openEmbed} onPointerEnter={prefetch} onFocus={prefetch}>
          {messages.embedButton}
        </button>
        <button type="button" onClick={copyLink}>
          {messages.copyLink}
        </button>
        <p className="share-status" role="status">
          {status}
        </p>
      </div>
      {copiedLink !== null && (
        <label className="share-link">
          <span>{messages.linkLabel}</span>
          <input ref={linkRef} type="text" readOnly value={copiedLink} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
        <h2 id={`${id}-title`}>{messages.embedTitle}</h2>
        {open && Chooser && <Chooser link={link} title={messages.frameTitle(title)} pictureAlt={pictureAlt} messages={messages} />}
        {open && chooser === "failed" && <p role="alert">{messages.embedLoadFailed}</p>}
        <form method="dialog">
          <button type="submit">{messages.close}</button>
        </form>
      </dialog>
    </div>
  );
}

/** A head start on the dialog's chunk; a failure here is retried when the dialog opens. */
const prefetch = () => void loadEmbedChooser().catch(() => {});
