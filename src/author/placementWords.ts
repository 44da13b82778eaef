import type { Placement } from "./editableStatement";

/** The placements in the editor's words. The authoring page is for editors and in English only. */
export const PLACEMENT_WORDS = {
  signatory: "Signatory",
  subject: "Subject",
  neither: "Neither",
} as const satisfies Record<Placement, string>;
