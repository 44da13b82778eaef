import { normaliseName } from "./normaliseName";

/** "X (Y)" with nothing after the closing parenthesis. */
const TRAILING_PARENTHETICAL = /^(.+?)\s*\(([^()]+)\)\s*$/;

/** "X, Y" with exactly one comma. */
const ONE_COMMA = /^([^,]+),\s*([^,]+)$/;

/**
 * True for the part of a UN or ISO name that is a title written after the name:
 * "Plurinational State of", "Democratic Republic of the", "Republic of".
 */
function isTitleOf(fragment: string): boolean {
  return /(^|\s)of(\s+the)?$/i.test(fragment.trim());
}

/** True for a one-word qualifier: "Virgin Islands, British", "Korea, South". */
function isOneWord(fragment: string): boolean {
  return !/\s/.test(fragment.trim());
}

/**
 * Every normalised key a written name stands for, the plain reading first.
 * @example nameVariants("Bolivia (Plurinational State of)") // ["bolivia plurinational state of", "plurinational state of bolivia", "bolivia"]
 *
 * UN and ISO lists write a title after the name: "Iran (Islamic Republic of)",
 * "Korea, Republic of". Such a name is also read in the usual order ("Islamic Republic of Iran").
 * A one-word qualifier after a comma is read first too ("Virgin Islands, British").
 *
 * The bare name before a parenthetical ("Holy See" of "Holy See (Vatican City State)") is a
 * variant only when `keepBareName` is "always" (the build, over reviewed source data, where
 * collisions are caught) or the parenthetical is a title. For any other parenthetical the bare
 * name would be a guess: "Congo (Kinshasa)" is not the Congo.
 */
export function nameVariants(name: string, keepBareName: "always" | "after-title" = "after-title"): string[] {
  const variants = [normaliseName(name)];
  const parenthetical = TRAILING_PARENTHETICAL.exec(name);
  if (parenthetical) {
    const [, base = "", qualifier = ""] = parenthetical;
    if (isTitleOf(qualifier)) variants.push(normaliseName(`${qualifier} ${base}`));
    if (keepBareName === "always" || isTitleOf(qualifier)) variants.push(normaliseName(base));
  }
  const comma = ONE_COMMA.exec(name);
  if (comma) {
    const [, base = "", qualifier = ""] = comma;
    if (isTitleOf(qualifier) || isOneWord(qualifier)) variants.push(normaliseName(`${qualifier} ${base}`));
  }
  return [...new Set(variants)].filter((variant) => variant !== "");
}
