// Pure: the resolver's wording, for its CLI, the statement parser and the draft report alike.
import type { Country, OrgLabel, Resolution } from "./types";

/** "North Korea (KP)". */
function labelOf(country: Country): string {
  return `${country.name} (${country.iso2})`;
}

/** "Council of Europe (COE)". */
function orgLabelOf(org: OrgLabel): string {
  return `${org.name} (${org.org})`;
}

/** "A", "A or B", "A, B or C". */
function listWithOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * One line saying what a resolution found, for error messages and the CLI: the one wording of
 * resolution problems everywhere.
 * @example describeResolution(resolveCountry("Korea")) // 'ambiguous: North Korea (KP) or South Korea (KR)'
 * @example describeResolution(resolveCountry("Germny")) // 'unknown: no country or organisation is called "Germny"; closest: Germany (DE)'
 * @example describeResolution(resolveCountry("Counsel of Europe")) // '...; closest: Council of Europe (COE)'
 */
export function describeResolution(resolution: Resolution): string {
  if (resolution.ok) return resolution.kind === "country" ? labelOf(resolution.country) : orgLabelOf(resolution);
  if (resolution.reason === "ambiguous") return `ambiguous: ${listWithOr(resolution.candidates.map(labelOf))}`;
  const unknown = `unknown: no country or organisation is called ${JSON.stringify(resolution.input.trim())}`;
  const closest = [...resolution.suggestions.map(labelOf), ...(resolution.orgSuggestions ?? []).map(orgLabelOf)];
  return closest.length === 0 ? unknown : `${unknown}; closest: ${listWithOr(closest)}`;
}
