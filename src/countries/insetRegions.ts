// BUILD TIME: the regions a map may draw again, magnified, as an inset (issue #22), with their
// members and their names in every language of the page. Members come from world-countries'
// regions and sub-regions (UN M49), names from Node's Intl.DisplayNames (the M49 code's name), so
// neither is typed by hand; the map (src/map/inset.ts) picks among them from a statement's data.
import type { InsetRegionId } from "../statement/insetChoice";
import type { Country } from "./types";

interface InsetRegionDefinition {
  /** The UN M49 code whose name labels the inset ("150" is Europe, Europa, Європа, 유럽). */
  m49: string;
  /** world-countries regions or sub-regions whose countries belong to it. */
  from: readonly string[];
}

/** The regions where parties crowd on a world map: many states, each small at a phone's width. */
const DEFINITIONS: Readonly<Record<InsetRegionId, InsetRegionDefinition>> = {
  europe: { m49: "150", from: ["Europe"] },
  // Central America's isthmus and the Antilles are one crowded stretch on a world map.
  caribbean: { m49: "029", from: ["Caribbean", "Central America"] },
  "west-asia": { m49: "145", from: ["Western Asia"] },
  "west-africa": { m49: "011", from: ["Western Africa"] },
  "southeast-asia": { m49: "035", from: ["South-Eastern Asia"] },
};

export interface InsetRegionRecord {
  id: InsetRegionId;
  /** Members' ISO alpha-2 codes, space-separated and sorted: "AD AL AT …". */
  members: string;
  /** The region's name by language. */
  names: Record<string, string>;
}

/**
 * Every inset region with its members and names, for src/generated/insetRegions.json. Throws when
 * a region would have no member or the platform no name (a trimmed ICU), rather than ship a code.
 * @example insetRegionTable(countries, ["en", "uk"])[0] // { id: "europe", members: "AD AL …", names: { en: "Europe", uk: "Європа" } }
 */
export function insetRegionTable(countries: readonly Country[], languages: readonly string[]): InsetRegionRecord[] {
  return (Object.entries(DEFINITIONS) as [InsetRegionId, InsetRegionDefinition][]).map(([id, { m49, from }]) => {
    const members = countries
      .filter((country) => from.includes(country.region) || from.includes(country.subregion))
      .map((country) => country.iso2)
      .sort();
    if (members.length === 0) throw new Error(`insetRegions.ts: no country belongs to ${id} (${from.join(", ")})`);
    const names: Record<string, string> = {};
    for (const lang of languages) {
      const name = new Intl.DisplayNames([lang], { type: "region", fallback: "none" }).of(m49);
      if (name === undefined || name === m49)
        throw new Error(`insetRegions.ts: this platform has no ${lang} name for region ${m49}; run the build on Node with full ICU`);
      names[lang] = name;
    }
    return { id, members: members.join(" "), names };
  });
}
