// BUILD TIME: the names of the world regions the signatory list is grouped by, in every language
// of the page. Node's Intl.DisplayNames knows the UN M49 regions ("150" is Europa, Europe,
// Європа, 유럽), but the ICU that ships with Chromium is trimmed and answers with the code, so the
// names are taken here, once, and shipped as a small table (src/generated/regionNames.json).

/**
 * The UN M49 code of each region the country table uses (world-countries' regions). Antarctica
 * has no M49 region; its ISO code names it. A region missing here fails the build.
 */
const M49_OF_REGION: Readonly<Record<string, string>> = {
  Africa: "002",
  Americas: "019",
  Antarctic: "AQ",
  Asia: "142",
  Europe: "150",
  Oceania: "009",
};

/** Region names by language, then by region, left out where a name equals the region's own (English) key. */
export type RegionNameTable = Record<string, Record<string, string>>;

/**
 * Every region's name in every language, from the platform's full ICU. Throws when a region has
 * no M49 code here or the platform has no name for it, rather than ship a code as a name.
 * @example regionNameTable(["Europe"], ["en", "de"]) // { en: {}, de: { Europe: "Europa" } }
 */
export function regionNameTable(regions: readonly string[], languages: readonly string[]): RegionNameTable {
  const table: RegionNameTable = {};
  for (const lang of languages) {
    const names = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    const byRegion: Record<string, string> = {};
    for (const region of [...new Set(regions)].sort()) {
      const code = Object.hasOwn(M49_OF_REGION, region) ? M49_OF_REGION[region] : undefined;
      if (code === undefined) throw new Error(`regionNames.ts: region "${region}" has no UN M49 code; add it to M49_OF_REGION`);
      const name = names.of(code);
      if (name === undefined || name === code)
        throw new Error(`regionNames.ts: this platform has no ${lang} name for region ${code} (${region}); run the build on Node with full ICU`);
      if (name !== region) byRegion[region] = name;
    }
    table[lang] = byRegion;
  }
  return table;
}
