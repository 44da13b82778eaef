// From a pasted article to a draft statement file and a report for the editor (issue #12).
// Pure: no DOM, no Node; the command and the authoring page share it.
import type { NameLanguage } from "../countries/nameLanguages";
import { countryByIso, nameResolver } from "../countries/resolveCountry";
import type { Resolution } from "../countries/types";
import { parseStatement } from "../statement/parseStatement";
import { detectLanguage } from "./detectLanguage";
import { findClaims } from "./findClaims";
import { findDateline } from "./findDateline";
import { findNameLists, type ListItem, type TextUnit } from "./findNameLists";
import { chooseSignerLists, mergeSignerLists, primaryList, type ScoredList } from "./findSigners";
import { chooseStatedCount, findStatedCounts } from "./findStatedCount";
import { findSubjects } from "./findSubjects";
import { readDocument } from "./readDocument";
import { resolveName } from "./resolveName";
import { datesMentioned, findDate, findSource, findTitle, makeId } from "./readHeadFields";
import type { Draft, DraftOptions, DraftReport, DraftStatementFile, FieldOrigin, SignerListFound, UnresolvedName } from "./types";

/** The file name validation messages use for a draft that has no file yet. */
export const DRAFT_FILE = "draft";

/** How much of the text the language is told from: plenty for the stop words, bounded for a very long paste. */
const LANGUAGE_SAMPLE = 20_000;

/** Texts longer than this are cut before reading: no article is that long, and the reading stays fast. */
export const MAX_TEXT_LENGTH = 1_000_000;

/**
 * Reads a pasted article and drafts its statement file.
 * @example draftStatement(seedArticle).file.signatories.length // 49
 * @example draftStatement(text, { date: "2024-01-10", source: "dpa-AFX" }).valid // true when every name resolves
 *
 * Never throws on any text: what it cannot read it leaves empty and says so in the report.
 */
export function draftStatement(raw: string, options: DraftOptions = {}): Draft {
  const document = readDocument(raw.length > MAX_TEXT_LENGTH ? raw.slice(0, MAX_TEXT_LENGTH) : raw);
  const paragraphs = document.paragraphs.map((paragraph) => paragraph.text);
  // The article's language: the draft's `lang`, and the language its names are read in (with English).
  const lang = detectLanguage([document.headline ?? "", ...paragraphs].join("\n").slice(0, LANGUAGE_SAMPLE));
  const units: TextUnit[] = [
    ...(document.headline === undefined ? [] : [{ paragraph: -1, text: document.headline, listItem: false, lang }]),
    ...document.paragraphs.map((paragraph, index) => ({ paragraph: index, text: paragraph.text, listItem: paragraph.listItem, lang })),
  ];
  const dateline = paragraphs[0] === undefined ? undefined : findDateline(paragraphs[0]);

  const scored = chooseSignerLists(findNameLists(units));
  const taken = scored.filter((entry) => entry.taken);
  const signers = mergeSignerLists(taken);
  const signerCountries = new Set(signers.flatMap((item) => countryOf(item)));
  const inSignerList = (paragraph: number, start: number, end: number) =>
    taken.some(({ list }) => list.items.some((item) => item.paragraph === paragraph && item.start <= start && end <= item.end));
  const subjects = findSubjects(units, signerCountries, inSignerList);

  const primary = primaryList(taken);
  const primaryItem = primary?.list.items[0];
  const counts = findStatedCounts(units);
  const stated = chooseStatedCount(counts, primaryItem ? { paragraph: primaryItem.paragraph, start: primaryItem.start } : undefined, signerCountries.size);

  const signersLabel = roleOf(primary?.list.before ?? "") ?? "the signatories";
  const claims = findClaims({
    paragraphs,
    signers: signersLabel,
    listSpans: taken.flatMap(({ list }) => spanOf(list.items)),
    ...(dateline ? { dateline: dateline.written } : {}),
  });

  const fields: FieldOrigin[] = [];
  const missing: DraftReport["missing"] = [];
  const title = pick("title", options.title, findTitle(document, dateline), fields, missing, "give the statement a headline, or pass --title");
  const date = pick("date", options.date, findDate(document, dateline), fields, missing, datelineAdvice(dateline?.date, datesMentioned(document)));
  const source = pick("source", options.source, findSource(document, dateline), fields, missing, "pass --source NAME (the publisher or agency)");
  const idFromTitle = title === "" ? "" : makeId(title, date);
  const id = pick(
    "id",
    options.id,
    idFromTitle === "" ? undefined : { value: idFromTitle, from: "the title" },
    fields,
    missing,
    "pass --id with lower-case letters, digits and hyphens",
  );

  const file: DraftStatementFile = {
    id,
    title,
    date,
    source: options.url ? { name: source, url: options.url } : { name: source },
    lang,
    text: paragraphs,
    signatories: signers.map((item) => item.written),
    subjects: subjects.map((subject) => subject.written),
    ...(stated ? { statedCount: stated.count } : {}),
    claims,
  };
  const parsed = parseStatement(JSON.parse(JSON.stringify(file)), DRAFT_FILE, nameResolver);
  const problems = parsed.ok ? parsed.warnings : parsed.problems;

  const report: DraftReport = {
    signerLists: taken.map((entry) => describeList(entry)),
    otherLists: scored
      .filter((entry) => !entry.taken && entry.list.items.length >= 2)
      .map((entry) => ({
        paragraph: entry.list.firstParagraph,
        names: entry.list.items.map((item) => item.written),
        why: entry.reasons.join("; ") || "no word around it says it signed",
      })),
    countrySignatories: signers.filter((item) => countryOf(item).length > 0).length,
    orgSignatories: signers.filter((item) => isOrg(item)).length,
    unresolved: [...unresolvedOf("signatories", signers), ...unresolvedOfSubjects(file.subjects, lang)],
    subjects,
    ...(stated ? { statedCount: { count: stated.count, phrase: stated.phrase, paragraph: stated.paragraph } } : {}),
    fields,
    missing,
    notes: notesOf(taken, stated?.count, signers),
    problems,
  };
  return { file, report, valid: parsed.ok };
}

function isOrg(item: ListItem): boolean {
  const resolution: Resolution | undefined = item.resolution.ok ? item.resolution : item.core;
  return resolution?.ok === true && resolution.kind === "org";
}

function countryOf(item: ListItem): string[] {
  const resolution: Resolution | undefined = item.resolution.ok ? item.resolution : item.core;
  return resolution?.ok && resolution.kind === "country" ? [resolution.country.iso2] : [];
}

/** "the Foreign Affairs Ministers" from "... the Foreign Affairs Ministers of". */
function roleOf(before: string): string | undefined {
  const match =
    /((?:[Tt]he\s+)?(?:\p{L}[\p{L}-]*\s+){0,3}?(?:ministers|governments|leaders|heads of state and government|representatives|ambassadors|delegations|secretaries|presidents|prime ministers|chiefs|officials|diplomats|members))\s+(?:of|from)\b[^.]*$/iu.exec(
      before,
    );
  if (match?.[1]) return match[1].replace(/^The\b/, "the").replace(/\s+/g, " ");
  // "Wir, die Außenministerinnen und Außenminister ...", "Nous, ministres des Affaires étrangères de ...".
  const own =
    /^\s*(?:Wir,\s*(die\s+[^,.;:]{3,80}?)|Nous,\s*((?:les\s+)?(?:ministres|chefs|dirigeants|représentants)[^,.;:]{0,60}?))\s+(?:der|des|von|aus|de|du|des|d['’]|de\s+la|de\s+l['’])?\s*$/u.exec(
      before,
    );
  return own?.[1] ?? own?.[2];
}

function spanOf(items: ListItem[]): { paragraph: number; start: number; end: number }[] {
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last || first.paragraph !== last.paragraph || first.paragraph < 0) return [];
  return [{ paragraph: first.paragraph, start: first.start, end: last.end }];
}

function pick(
  field: FieldOrigin["field"],
  given: string | undefined,
  found: { value: string; from: string } | undefined,
  fields: FieldOrigin[],
  missing: DraftReport["missing"],
  advice: string,
): string {
  if (given !== undefined) return given;
  if (found) {
    fields.push({ field, value: found.value, from: found.from });
    return found.value;
  }
  missing.push({ field, advice });
  return "";
}

function datelineAdvice(partial: string | undefined, mentioned: string[]): string {
  const hints = [
    ...(partial ? [`the dateline says "${partial}" without a year`] : []),
    ...(mentioned.length > 0 ? [`dates in the text: ${mentioned.join(", ")}`] : []),
  ];
  return `pass --date YYYY-MM-DD${hints.length > 0 ? ` (${hints.join("; ")})` : ""}`;
}

function describeList(entry: ScoredList): SignerListFound {
  return {
    paragraph: entry.list.firstParagraph,
    leadIn: entry.list.before.trim().split(/\s+/).slice(-8).join(" "),
    leadOut: entry.list.after.trim().split(/\s+/).slice(0, 6).join(" "),
    names: entry.list.items.map((item) => item.written),
    reasons: entry.guessed ? ["no list is introduced as the signers; this one was the likeliest", ...entry.reasons] : entry.reasons,
  };
}

function unresolvedOf(field: "signatories", items: ListItem[]): UnresolvedName[] {
  return items.flatMap((item, index) => (item.resolution.ok ? [] : [{ field, index, written: item.written, resolution: item.resolution }]));
}

function unresolvedOfSubjects(subjects: string[], lang: NameLanguage): UnresolvedName[] {
  return subjects.flatMap((written, index) => {
    const resolution = resolveName(written, lang);
    return resolution.ok ? [] : [{ field: "subjects" as const, index, written, resolution }];
  });
}

function notesOf(taken: ScoredList[], stated: number | undefined, signers: ListItem[]): string[] {
  const notes: string[] = [];
  if (taken.length === 0) notes.push("no list of signers was found: add the signatories by hand");
  if (taken.some((entry) => entry.guessed)) notes.push("the signers were guessed from the likeliest list of names: check them");
  const countries = signers.filter((item) => countryOf(item).length > 0).length;
  if (stated !== undefined && stated !== countries)
    notes.push(`the text states ${stated} countries but the list has ${countries}: check for names the list missed or the count got wrong`);
  for (const item of signers) {
    if (!item.resolution.ok && item.core?.ok) {
      const name = item.core.kind === "country" ? countryByIso(item.core.country.iso2)?.name : item.core.name;
      notes.push(`"${item.written}" is written in a form the resolver does not know; the name in it is ${name ?? "known"}`);
    }
  }
  return notes;
}
