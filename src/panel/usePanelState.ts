import { useCallback, useState } from "react";
import { SECTIONS, type SectionId } from "./PanelSection";

/** Every section open: the full page's default, and the authoring preview's. */
export const ALL_SECTIONS: ReadonlySet<SectionId> = new Set(SECTIONS);
/** No section open: an embed's default unless `panel=open`. */
export const NO_SECTIONS: ReadonlySet<SectionId> = new Set();

export interface PanelState {
  openSections: ReadonlySet<SectionId>;
  toggleSection: (id: SectionId, open: boolean) => void;
  /** The claim whose quote is marked in the text, and a key that changes each time one is chosen. */
  claim: { index: number | null; key: number };
  chooseClaim: (index: number) => void;
}

/**
 * What the reader has done in the panel: the sections opened or closed, the claim chosen. Until the
 * reader opens or closes one, the open sections are `defaults`, so they follow it when it changes.
 */
export function usePanelState(defaults: ReadonlySet<SectionId>): PanelState {
  const [chosenSections, setChosenSections] = useState<ReadonlySet<SectionId> | null>(null);
  const [claim, setClaim] = useState<{ index: number | null; key: number }>({ index: null, key: 0 });
  const toggleSection = useCallback(
    (id: SectionId, open: boolean) =>
      setChosenSections((previous) => {
        const current = previous ?? defaults;
        if (current.has(id) === open) return previous;
        const next = new Set(current);
        if (open) next.add(id);
        else next.delete(id);
        return next;
      }),
    [defaults],
  );
  // Choosing a claim opens the text, marks its quote and brings it into view.
  const chooseClaim = useCallback(
    (index: number) => {
      toggleSection("text", true);
      setClaim((previous) => ({ index, key: previous.key + 1 }));
    },
    [toggleSection],
  );
  return { openSections: chosenSections ?? defaults, toggleSection, claim, chooseClaim };
}
