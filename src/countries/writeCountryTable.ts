// Build step: writes the generated country data the runtime resolver imports, and the compact
// names-and-regions table the page's first view imports instead (countryLabels.ts), with the
// regions' names in every language of the page (regionNames.ts).
// Run: npx tsx src/countries/writeCountryTable.ts (the data build, src/build/prepareData.ts, does the same).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCountryTable } from "./buildCountryTable";
import { supportedLanguages } from "../i18n/languages";
import { countryLabelTable } from "./countryLabels";
import { insetRegionTable } from "./insetRegions";
import { regionNameTable } from "./regionNames";
import type { Country } from "./types";

const generatedDir = join(dirname(fileURLToPath(import.meta.url)), "..", "generated");

/**
 * Writes src/generated/countries.json, countryNames.json, countryLabels.json, regionNames.json and insetRegions.json;
 * returns their paths and the countries, so that the rest of the data build reads world-countries no more.
 * @example writeCountryTable("src/generated").paths // ["src/generated/countries.json", ...]
 */
export function writeCountryTable(outDir: string = generatedDir): { paths: string[]; countries: Country[] } {
  const table = buildCountryTable();
  mkdirSync(outDir, { recursive: true });
  const countriesPath = join(outDir, "countries.json");
  const namesPath = join(outDir, "countryNames.json");
  const labelsPath = join(outDir, "countryLabels.json");
  const regionsPath = join(outDir, "regionNames.json");
  const insetRegionsPath = join(outDir, "insetRegions.json");
  writeFileSync(countriesPath, JSON.stringify(table.countries));
  writeFileSync(namesPath, JSON.stringify(table.names));
  writeFileSync(labelsPath, JSON.stringify(countryLabelTable(table.countries)));
  writeFileSync(
    regionsPath,
    JSON.stringify(
      regionNameTable(
        table.countries.map((country) => country.region),
        supportedLanguages,
      ),
    ),
  );
  writeFileSync(insetRegionsPath, JSON.stringify(insetRegionTable(table.countries, supportedLanguages)));
  return { paths: [countriesPath, namesPath, labelsPath, regionsPath, insetRegionsPath], countries: table.countries };
}

// Run directly (not when imported by the data build).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const path of writeCountryTable().paths) console.log(`wrote ${path}`);
}
