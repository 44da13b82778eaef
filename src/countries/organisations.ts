// RUNTIME, resolver chunk: the reviewed table of organisations (organisations.json), checked once
// where it enters. The page's first view does not import this module: the default statement
// carries the names of its own organisations (src/build/prepareData.ts writes them).
import organisationsJson from "./organisations.json";
import { isRecord } from "../statement/isRecord";
import { isCalendarDate } from "../statement/isCalendarDate";
import { hasDataFor, membersOn, referenceGroups, type MemberGroup, type Membership, type ReferenceGroupId } from "./referenceGroups";
import { ORG_CODES, type OrgCode } from "./types";

/** An organisation as the table records it. */
export interface Organisation {
  code: OrgCode;
  /** Its name by language tag; `en` always present. */
  names: Readonly<Record<string, string>> & { readonly en: string };
  /** Names the resolver accepts in any case ("European Commission"). */
  aliases: readonly string[];
  /**
   * Names the resolver accepts in another language besides `names` there, any case, by language
   * tag ("de": ["Europäische Kommission"]; "uk": ["ООН"], whose capitals are no Latin acronym).
   */
  localAliases: Readonly<Partial<Record<string, readonly string[]>>>;
  /** Acronyms the resolver accepts only as written, in capitals ("EU", "WHO"). */
  acronyms: readonly string[];
  /** Whose members it speaks for: a reference group's id, its own dated member list, or null where unknown. */
  members: ReferenceGroupId | MemberGroup | null;
}

/** An acronym as the table may write it: a capital, then letters or digits, ending in a capital or digit ("EU", "CoE", "G7"). */
const ACRONYM = /^[A-Z][A-Za-z0-9]*[A-Z0-9]$/;

let parsed: readonly Organisation[] | undefined;

/**
 * Every organisation of the table, checked on first use.
 * @example organisations().find((org) => org.code === "COE")?.names.fr // "Conseil de l'Europe"
 */
export function organisations(): readonly Organisation[] {
  parsed ??= parseOrganisations(organisationsJson);
  return parsed;
}

/**
 * The organisation's name in the reader's language, or in English where the table has none.
 * @example orgName("COE", "de") // "Europarat"
 * @example orgName("NATO", "fr-CA") // "OTAN"
 */
export function orgName(code: OrgCode, lang: string): string {
  const { names } = organisationOf(code);
  return names[lang] ?? names[lang.split("-")[0] ?? ""] ?? names.en;
}

/**
 * The ISO alpha-2 codes of the organisation's members on `date`, sorted; null when the table
 * records no members for it (UNICEF, the OAS) or does not cover that date.
 * @example orgMembersOn("COE", "2024-01-10")?.length // 46
 * @example orgMembersOn("UNICEF", "2024-01-10") // null
 */
export function orgMembersOn(code: OrgCode, date: string): string[] | null {
  const { members } = organisationOf(code);
  if (members === null || !hasDataFor(members, date)) return null;
  return membersOn(members, date);
}

/**
 * The names of an organisation the resolver reads in one language, acronyms aside: in English its
 * name and aliases, in another its name there (when the table has one) and its local aliases.
 * @example orgNamesIn(eu, "de") // ["Europäische Union", "Europäische Kommission", ...]
 */
export function orgNamesIn(org: Organisation, lang: string): string[] {
  if (lang === "en") return [org.names.en, ...org.aliases];
  return [...(Object.hasOwn(org.names, lang) && org.names[lang] !== undefined ? [org.names[lang]] : []), ...(org.localAliases[lang] ?? [])];
}

function organisationOf(code: OrgCode): Organisation {
  const found = organisations().find((org) => org.code === code);
  // Unreachable for a well-typed code: parseOrganisations checks that the table has every OrgCode.
  if (found === undefined) throw new RangeError(`organisations.json: no organisation ${JSON.stringify(code)}`);
  return found;
}

/**
 * Checks the table and types it. Throws with a message naming the entry and the field: a bad
 * table is a bug in a reviewed file, and failing loudly beats resolving names wrongly.
 */
function parseOrganisations(json: unknown): Organisation[] {
  const entries = isRecord(json) ? json.organisations : undefined;
  if (!Array.isArray(entries)) throw new Error("organisations.json: expected { organisations: [...] }");
  const result = entries.map((entry, index) => parseOrganisation(entry, `organisations.json: organisations[${index}]`));
  const codes = result.map((org) => org.code);
  const missing = ORG_CODES.filter((code) => !codes.includes(code));
  const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
  if (missing.length > 0 || repeated.length > 0) {
    throw new Error(`organisations.json: every OrgCode once; missing ${missing.join(", ") || "none"}, repeated ${repeated.join(", ") || "none"}`);
  }
  return result;
}

function parseOrganisation(entry: unknown, where: string): Organisation {
  if (!isRecord(entry)) throw new Error(`${where}: expected an object`);
  const { code, names, aliases, acronyms, members, localAliases = {} } = entry;
  if (!ORG_CODES.includes(code as OrgCode)) throw new Error(`${where}.code: ${JSON.stringify(code)} is not one of ORG_CODES (types.ts)`);
  if (!isRecord(names) || typeof names.en !== "string" || !Object.values(names).every((name) => typeof name === "string" && name.trim() !== "")) {
    throw new Error(`${where}.names: expected { en: "...", ... } with a non-empty name per language`);
  }
  if (!isStringArray(aliases)) throw new Error(`${where}.aliases: expected an array of names`);
  if (!isRecord(localAliases) || !Object.values(localAliases).every(isStringArray)) {
    throw new Error(`${where}.localAliases: expected { "de": ["..."], ... }`);
  }
  if (!isStringArray(acronyms) || !acronyms.every((acronym) => ACRONYM.test(acronym))) {
    throw new Error(`${where}.acronyms: expected an array of acronyms in capitals, got ${JSON.stringify(acronyms)}`);
  }
  return {
    code: code as OrgCode,
    names: names as Organisation["names"],
    aliases,
    localAliases: localAliases as Organisation["localAliases"],
    acronyms,
    members: parseMembers(members, entry.membersWhy, `${where}.members`),
  };
}

function parseMembers(members: unknown, membersWhy: unknown, where: string): Organisation["members"] {
  if (members === null) {
    if (typeof membersWhy !== "string" || membersWhy === "") throw new Error(`${where}: null members need a membersWhy saying why`);
    return null;
  }
  if (typeof members === "string") {
    if (!referenceGroups.some((group) => group.id === members)) throw new Error(`${where}: ${JSON.stringify(members)} is no reference group`);
    return members as ReferenceGroupId;
  }
  if (!isRecord(members) || !isRecord(members.coverage) || !Array.isArray(members.periods)) {
    throw new Error(`${where}: expected a reference group's id, null, or { coverage, periods }`);
  }
  const { from, to } = members.coverage;
  if (!isCalendarDate(String(from)) || !isCalendarDate(String(to)) || String(from) > String(to)) {
    throw new Error(`${where}.coverage: expected { from, to } as YYYY-MM-DD, from <= to`);
  }
  const periods = members.periods.flatMap((period, index) => parsePeriod(period, `${where}.periods[${index}]`));
  return { coverage: { from: String(from), to: String(to) }, members: periods };
}

/** One period of the table, `{ from, to?, iso: "AD AL ..." }`, as one Membership per code. */
function parsePeriod(period: unknown, where: string): Membership[] {
  if (!isRecord(period) || typeof period.iso !== "string") throw new Error(`${where}: expected { from, to?, iso: "AD AL ..." }`);
  const { from, to } = period;
  if (!isCalendarDate(String(from)) || (to !== undefined && (!isCalendarDate(String(to)) || String(to) < String(from)))) {
    throw new Error(`${where}: expected from (and to) as YYYY-MM-DD, from <= to`);
  }
  const isos = period.iso.split(" ");
  const bad = isos.filter((iso) => !/^[A-Z]{2}$/.test(iso));
  if (bad.length > 0) throw new Error(`${where}.iso: not ISO alpha-2 codes: ${JSON.stringify(bad)}`);
  return isos.map((iso) => (to === undefined ? { iso, from: String(from) } : { iso, from: String(from), to: String(to) }));
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string" && item.trim() !== "");
}
