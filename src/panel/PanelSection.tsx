import type { ReactNode } from "react";

/** The panel's parts, in the order they show. */
export const SECTIONS = ["compare", "claims", "signatories", "text", "not-signed"] as const;
export type SectionId = (typeof SECTIONS)[number];

interface PanelSectionProps {
  id: SectionId;
  title: string;
  /** A count shown beside the title ("Who signed 50"), if any. */
  count?: number;
  open: boolean;
  onToggle: (id: SectionId, open: boolean) => void;
  children: ReactNode;
}

/**
 * One part of the panel as a disclosure (<details>): a reader opens and closes it by its heading,
 * with the keyboard as with a pointer, and nothing inside a closed part can take focus. It opens
 * without scripts too, so a prerendered page that never hydrates still shows everything.
 */
export function PanelSection({ id, title, count, open, onToggle, children }: PanelSectionProps) {
  return (
    <details className="panel-section" data-section={id} open={open} onToggle={(event) => onToggle(id, event.currentTarget.open)}>
      <summary>
        <h2 id={`${id}-heading`}>
          {title}
          {count !== undefined && <span className="count"> {count}</span>}
        </h2>
      </summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
