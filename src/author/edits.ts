// The editor's changes to a draft, each a pure function from one EditableStatement to the next.
import { makeId } from "../authoring/readHeadFields";
import { resolveName } from "../authoring/resolveName";
import type { EditableClaim, EditableParty, EditableStatement, FieldName, Placement, Role } from "./editableStatement";

/** The country a party's name resolves to, or null (an organisation, an unknown or ambiguous name). */
export function countryOfParty(party: Pick<EditableParty, "written">, lang = "en"): string | null {
  const resolution = resolveName(party.written, lang);
  return resolution.ok && resolution.kind === "country" ? resolution.country.iso2 : null;
}

/**
 * Where the file puts a country: as a signatory, a subject, or neither. A country listed both
 * ways (an error the parser reports) counts as a signatory, as the preview draws it.
 * @example placementOf(seedDraft, "DE") // "signatory"
 */
export function placementOf(statement: EditableStatement, iso: string): Placement {
  const roles = new Set(statement.parties.filter((party) => countryOfParty(party, statement.lang) === iso).map((party) => party.role));
  return roles.has("signatory") ? "signatory" : roles.has("subject") ? "subject" : "neither";
}

/**
 * Changes one field. Until the editor types an id, the id follows the title and the date as the
 * draft made it (`makeId`), so a corrected title does not leave a stale id behind.
 * @example setField(draft, "date", "2024-01-11").fields.date // "2024-01-11"
 */
export function setField(statement: EditableStatement, field: FieldName, value: string): EditableStatement {
  const fields = { ...statement.fields, [field]: value };
  if (field === "id") return { ...statement, fields, idEdited: true };
  if (!statement.idEdited && (field === "title" || field === "date")) fields.id = makeId(fields.title, fields.date);
  return { ...statement, fields };
}

/**
 * Puts a country where the editor clicked: a signatory, a subject, or out of the file. A country
 * not yet listed is added under the name it had when it was taken out, else its English name.
 * @example setCountryPlacement(draft, "BR", "signatory", englishNameOf) // Brazil added as a signatory
 */
export function setCountryPlacement(
  statement: EditableStatement,
  iso: string,
  placement: Placement,
  englishNameOf: (iso: string) => string,
): EditableStatement {
  const listed = statement.parties.filter((party) => countryOfParty(party, statement.lang) === iso);
  const first = listed[0];
  if (placement === "neither") return listed.length === 0 ? statement : takeOut(statement, new Set(listed.map((party) => party.key)));
  if (first) {
    // One entry per country: others for the same country (a duplicate the parser would refuse) go.
    const others = new Set(listed.slice(1).map((party) => party.key));
    const parties = statement.parties
      .filter((party) => !others.has(party.key))
      .map((party) => (party.key === first.key ? { ...party, role: placement } : party));
    return { ...statement, parties, setAside: [...statement.setAside, ...listed.slice(1)] };
  }
  const before = statement.setAside.findLast((party) => countryOfParty(party, statement.lang) === iso);
  const added: EditableParty = before
    ? { ...before, role: placement }
    : { key: statement.nextKey, written: englishNameOf(iso), asDrafted: "", role: placement };
  return {
    ...statement,
    parties: [...statement.parties, added],
    setAside: statement.setAside.filter((party) => party !== before),
    nextKey: before ? statement.nextKey : statement.nextKey + 1,
  };
}

/**
 * Moves one entry of the list, whatever its name resolves to (an organisation, a name still to fix).
 * @example setPartyPlacement(draft, korea.key, "neither") // "Korea" left out
 */
export function setPartyPlacement(statement: EditableStatement, key: number, placement: Placement): EditableStatement {
  if (placement === "neither") return takeOut(statement, new Set([key]));
  return { ...statement, parties: statement.parties.map((party) => (party.key === key ? { ...party, role: placement } : party)) };
}

/**
 * Writes a party under another name: the chooser's answer for a name the resolver could not
 * place ("Germny" → "Germany", "Korea" → "South Korea").
 */
export function renameParty(statement: EditableStatement, key: number, written: string): EditableStatement {
  return { ...statement, parties: statement.parties.map((party) => (party.key === key ? { ...party, written } : party)) };
}

/**
 * Adds a name the editor typed (an organisation, a country the text left out) at the end of the list.
 * @example addParty(draft, "the Council of Europe", "signatory")
 */
export function addParty(statement: EditableStatement, written: string, role: Role): EditableStatement {
  const party: EditableParty = { key: statement.nextKey, written, asDrafted: "", role };
  return { ...statement, parties: [...statement.parties, party], nextKey: statement.nextKey + 1 };
}

type ClaimPatch = Partial<Pick<EditableClaim, "claim" | "quote" | "by" | "voice" | "dropped">>;

/**
 * Changes a claim's words, quote, speaker or voice, or drops it (a dropped claim can be kept again).
 * @example editClaim(draft, claim.key, { dropped: true }) // not in the file any more
 */
export function editClaim(statement: EditableStatement, key: number, patch: ClaimPatch): EditableStatement {
  return { ...statement, claims: statement.claims.map((claim) => (claim.key === key ? { ...claim, ...patch } : claim)) };
}

function takeOut(statement: EditableStatement, keys: ReadonlySet<number>): EditableStatement {
  const out = statement.parties.filter((party) => keys.has(party.key));
  if (out.length === 0) return statement;
  return { ...statement, parties: statement.parties.filter((party) => !keys.has(party.key)), setAside: [...statement.setAside, ...out] };
}
