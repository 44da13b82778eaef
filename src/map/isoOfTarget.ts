/** The country (data-iso) of the map element an event reached, or null (the sea, the frame). */
export const isoOfTarget = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest("[data-iso]")?.getAttribute("data-iso") ?? null) : null;
