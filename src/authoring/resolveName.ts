import { nameLanguagesFor, type NameLanguage } from "../countries/nameLanguages";
import { resolveCountry } from "../countries/resolveCountry";
import type { Resolution } from "../countries/types";

/** Entries kept before the cache starts over: enough for any article, bounded for a long-lived page. */
const CACHE_LIMIT = 5000;

const cache = new Map<string, Resolution>();

/**
 * resolveCountry in `lang` (a statement's BCP 47 tag) and English, remembered: the extractor asks about the same candidate names many times,
 * and an unknown name costs a search for suggestions.
 * @example resolveName("the Republic of Moldova").ok // true
 */
export function resolveName(written: string, lang: NameLanguage | string = "en"): Resolution {
  const languages = nameLanguagesFor(lang);
  const cacheKey = `${languages.join(" ")} ${written}`;
  const known = cache.get(cacheKey);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const resolution = resolveCountry(written, languages);
  cache.set(cacheKey, resolution);
  return resolution;
}
