// The data the build prepared (src/build/prepareData.ts), typed once where it enters the app.
import { readCountryLabels, type CountryLabelTable } from "./countries/countryLabels";
import type { CountryLabel } from "./countries/types";
import type { World } from "./geo/types";
import type { PreparedStatement } from "./view/preparedStatement";
import countryLabelsJson from "./generated/countryLabels.json";
import defaultStatementJson from "./generated/defaultStatement.json";

/** Every country's English name and region: all the page needs of the country table (the resolver, for statements loaded at run time, brings the rest). */
export const countries: CountryLabel[] = readCountryLabels(countryLabelsJson as CountryLabelTable);
/** The default statement, validated and resolved at build time, so readers' browsers never run the resolver for it. */
export const defaultStatement = defaultStatementJson as unknown as PreparedStatement;

/**
 * The projected world. Built pages carry it in their prerendered map and never call this; the
 * development server (and a page whose markup is missing) loads it as a separate chunk.
 */
export async function importWorld(): Promise<World> {
  const module = await import("./generated/world.json");
  return module.default as unknown as World;
}
