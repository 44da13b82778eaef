import { resolveCountry } from "../countries/resolveCountry";
import type { Resolution } from "../countries/types";

/** Entries kept before the cache starts over: enough for any article, bounded for a long-lived page. */
const CACHE_LIMIT = 5000;

const cache = new Map<string, Resolution>();

/**
 * resolveCountry, remembered: the extractor asks about the same candidate names many times,
 * and an unknown name costs a search for suggestions.
 * @example resolveName("the Republic of Moldova").ok // true
 */
export function resolveName(written: string): Resolution {
  const known = cache.get(written);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const resolution = resolveCountry(written);
  cache.set(written, resolution);
  return resolution;
}
