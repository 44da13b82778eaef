// The data the build prepared (src/build/prepareData.ts), typed once where it enters the app.
import { readCountryLabels, type CountryLabelTable } from "./countries/countryLabels";
import type { CountryLabel } from "./countries/types";
import type { World } from "./geo/types";
import countryLabelsJson from "./generated/countryLabels.json";

/** Every country's English name and region: all the page needs of the country table (the resolver, for statements loaded at run time, brings the rest). */
export const countries: CountryLabel[] = readCountryLabels(countryLabelsJson as CountryLabelTable);
// No statement here: each prerendered page carries its own, prepared at build time, once (page/pageData.ts).

/**
 * The projected world. Built pages carry it in their prerendered map and never call this; the
 * development server (and a page whose markup is missing) loads it as a separate chunk.
 */
export async function importWorld(): Promise<World> {
  const module = await import("./generated/world.json");
  return module.default as unknown as World;
}
