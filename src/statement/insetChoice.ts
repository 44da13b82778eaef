/**
 * The regions a map can draw again, magnified, as an inset (issue #22; members and names are the
 * build's, src/countries/insetRegions.ts). A statement file's optional `inset` is one of these, or
 * "none"; without it the map chooses from the statement's data.
 */
export const INSET_REGION_IDS = ["europe", "caribbean", "west-asia", "west-africa", "southeast-asia"] as const;
export type InsetRegionId = (typeof INSET_REGION_IDS)[number];
export type InsetChoice = InsetRegionId | "none";

/** Whether a value is a valid `inset`: isInsetChoice("europe") → true; isInsetChoice("Europe") → false. */
export const isInsetChoice = (value: unknown): value is InsetChoice => value === "none" || (INSET_REGION_IDS as readonly unknown[]).includes(value);
