// The authoring page's state without a DOM: an editor's session on the seed article, step by step,
// each step's file checked by the same reader as `statement check`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { authorReducer, initialAuthorState, isStale, type AuthorAction, type AuthorState } from "../../../src/author/authorState";
import { checkFile } from "../../../src/author/checkFile";
import type { EditableStatement } from "../../../src/author/editableStatement";
import { countryOfParty, placementOf } from "../../../src/author/edits";
import { nameQuestions } from "../../../src/author/nameChoices";
import { fileNameOf, fileTextOf, statementFileOf } from "../../../src/author/statementFile";
import { SEED_ORGANISATION, SEED_SIGNATORY_CODES, SEED_SUBJECTS } from "../../fixtures/seedStatement";

const SEED_ARTICLE = readFileSync(new URL("../../fixtures/articles/seed-dpa-afx-2024.txt", import.meta.url), "utf8");
/** The seed with two names as an editor may meet them: a typo, and a name that is two countries. */
const MANGLED = SEED_ARTICLE.replace("Germany,", "Germny,").replace(", South Korea,", ", Korea,");

const run = (...actions: AuthorAction[]): AuthorState => actions.reduce(authorReducer, initialAuthorState);
const statementOf = (state: AuthorState): EditableStatement => {
  if (!state.statement) throw new Error("no statement drafted");
  return state.statement;
};
const check = (state: AuthorState) => {
  const file = statementFileOf(statementOf(state));
  return { file, ...checkFile(fileTextOf(file), fileNameOf(file)) };
};
const keyOf = (state: AuthorState, written: string) => {
  const party = statementOf(state).parties.find((p) => p.written === written);
  if (!party) throw new Error(`no party "${written}"`);
  return party.key;
};

describe("the authoring page's state", () => {
  it("has no statement before anything is pasted, and none for blank text", () => {
    expect(initialAuthorState.statement).toBeNull();
    expect(run({ type: "article", text: "  \n " }).statement).toBeNull();
  });

  it("drafts the seed on paste: its 48 countries and the EU as signatories, North Korea and Russia as subjects, a file that checks", () => {
    const state = run({ type: "article", text: SEED_ARTICLE });
    const { file, result, errors } = check(state);
    expect(errors).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statement.signatories.flatMap((p) => (p.kind === "country" ? [p.iso2] : []))).toEqual(SEED_SIGNATORY_CODES);
    expect(result.statement.signatories.filter((p) => p.kind === "org")).toEqual([{ kind: "org", written: SEED_ORGANISATION.written, org: "EU" }]);
    expect(result.statement.subjects.map((p) => p.iso2)).toEqual(SEED_SUBJECTS.map((s) => s.iso2));
    expect(file.date).toBe("2024-01-10");
    expect(file.source.name).toBe("dpa-AFX");
    expect(fileNameOf(file)).toBe(`${file.id}.json`);
  });

  it("asks about each name it cannot place, with the resolver's candidates and suggestions, and takes the answer", () => {
    let state = run({ type: "article", text: MANGLED });
    const questions = nameQuestions(statementOf(state).parties);
    expect(questions.map((q) => [q.party.written, q.choices.map((c) => c.written)])).toEqual([
      ["Germny", ["Germany"]],
      ["Korea", ["North Korea", "South Korea"]],
    ]);
    expect(questions[1]?.problem).toBe("ambiguous: North Korea (KP) or South Korea (KR)");
    expect(check(state).errors.map((e) => e.field)).toEqual(["signatories[16]", "signatories[39]"]);

    state = authorReducer(state, { type: "rename", key: keyOf(state, "Germny"), written: "Germany" });
    state = authorReducer(state, { type: "rename", key: keyOf(state, "Korea"), written: "South Korea" });
    expect(nameQuestions(statementOf(state).parties)).toEqual([]);
    expect(check(state).errors).toEqual([]);
    // The article's spelling is kept beside the answer, for the editor to see what was fixed.
    expect(statementOf(state).parties.find((p) => p.written === "South Korea")?.asDrafted).toBe("Korea");
  });

  it("leaves a name out when the editor says so", () => {
    let state = run({ type: "article", text: MANGLED });
    state = authorReducer(state, { type: "place-party", key: keyOf(state, "Korea"), placement: "neither" });
    expect(statementFileOf(statementOf(state)).signatories).not.toContain("Korea");
    expect(check(state).errors.map((e) => e.field)).toEqual(["signatories[16]"]);
  });

  it("moves a country from neither to signatory and back, and to subject, one entry at a time", () => {
    let state = run({ type: "article", text: SEED_ARTICLE });
    const before = fileTextOf(statementFileOf(statementOf(state)));
    expect(placementOf(statementOf(state), "BR")).toBe("neither");

    state = authorReducer(state, { type: "place-country", iso: "BR", placement: "signatory", name: "Brazil" });
    expect(placementOf(statementOf(state), "BR")).toBe("signatory");
    expect(statementFileOf(statementOf(state)).signatories.at(-1)).toBe("Brazil");
    // The count the text states no longer matches: a warning, not an error.
    expect(check(state).errors).toEqual([]);
    expect(check(state).warnings.map((w) => w.field)).toEqual(["statedCount"]);

    state = authorReducer(state, { type: "place-country", iso: "BR", placement: "neither", name: "Brazil" });
    expect(placementOf(statementOf(state), "BR")).toBe("neither");
    expect(fileTextOf(statementFileOf(statementOf(state)))).toBe(before);

    state = authorReducer(state, { type: "place-country", iso: "RU", placement: "signatory", name: "Russia" });
    expect(statementFileOf(statementOf(state)).subjects).toEqual(["North Korea"]);
    expect(statementFileOf(statementOf(state)).signatories).toContain("Russia");
  });

  it("puts a country taken out back under the article's spelling", () => {
    let state = run({ type: "article", text: SEED_ARTICLE });
    state = authorReducer(state, { type: "place-country", iso: "CZ", placement: "neither", name: "Czech Republic" });
    expect(statementFileOf(statementOf(state)).signatories).not.toContain("the Czech Republic");
    state = authorReducer(state, { type: "place-country", iso: "CZ", placement: "subject", name: "Czech Republic" });
    expect(statementFileOf(statementOf(state)).subjects).toContain("the Czech Republic");
  });

  it("keeps one entry per country when a chosen name duplicates one already listed", () => {
    let state = run({ type: "article", text: MANGLED });
    // "Germny" fixed as France, which is already listed: the parser says so...
    state = authorReducer(state, { type: "rename", key: keyOf(state, "Germny"), written: "France" });
    expect(check(state).errors.some((e) => e.message.includes("listed twice"))).toBe(true);
    // ...and placing France once more leaves it listed once.
    state = authorReducer(state, { type: "place-country", iso: "FR", placement: "signatory", name: "France" });
    expect(statementOf(state).parties.filter((p) => countryOfParty(p) === "FR")).toHaveLength(1);
  });

  it("drops, keeps again and edits claims; a quote that is no longer in the text is the parser's error on that claim", () => {
    let state = run({ type: "article", text: SEED_ARTICLE });
    const [first, second] = statementOf(state).claims;
    if (!first || !second) throw new Error("the seed has claims");
    const claims = () => statementFileOf(statementOf(state)).claims;
    const count = claims().length;

    state = authorReducer(state, { type: "claim", key: first.key, patch: { dropped: true } });
    expect(claims()).toHaveLength(count - 1);
    expect(claims()[0]?.quote).toBe(second.quote);
    state = authorReducer(state, { type: "claim", key: first.key, patch: { dropped: false } });
    expect(claims()).toHaveLength(count);

    state = authorReducer(state, { type: "claim", key: second.key, patch: { claim: "Grave concern", by: "the 48 ministers", voice: "reported" } });
    expect(claims()[1]).toEqual({ claim: "Grave concern", quote: second.quote, by: "the 48 ministers", voice: "reported" });
    expect(check(state).errors).toEqual([]);

    state = authorReducer(state, { type: "claim", key: second.key, patch: { quote: `${second.quote} indeed` } });
    expect(check(state).errors.map((e) => [e.field, e.message.includes("is not in the text")])).toEqual([["claims[1].quote", true]]);
  });

  it("lets every field be changed; the id follows the title until the editor types one", () => {
    let state = run({ type: "article", text: SEED_ARTICLE });
    state = authorReducer(state, { type: "field", field: "title", value: "Missiles for Russia: 48 nations object" });
    expect(statementOf(state).fields.id).toBe("missiles-russia-48-nations-object-2024");
    state = authorReducer(state, { type: "field", field: "id", value: "dprk-missiles" });
    state = authorReducer(state, { type: "field", field: "title", value: "Another title" });
    state = authorReducer(state, { type: "field", field: "sourceUrl", value: "https://example.org/story" });
    state = authorReducer(state, { type: "field", field: "sourceName", value: "Yonhap" });
    state = authorReducer(state, { type: "field", field: "date", value: "2024-01-11" });
    const { file, errors } = check(state);
    expect(errors).toEqual([]);
    expect(file).toMatchObject({
      id: "dprk-missiles",
      title: "Another title",
      date: "2024-01-11",
      source: { name: "Yonhap", url: "https://example.org/story" },
    });
    expect(fileNameOf(file)).toBe("dprk-missiles.json");
  });

  it("reports each bad field with its value, as the command does", () => {
    let state = run({ type: "article", text: SEED_ARTICLE });
    state = authorReducer(state, { type: "field", field: "date", value: "2024-02-30" });
    state = authorReducer(state, { type: "field", field: "sourceUrl", value: "javascript:alert(1)" });
    state = authorReducer(state, { type: "field", field: "statedCount", value: "forty" });
    const problems = [...check(state).errors, ...check(state).warnings];
    expect(problems.map((p) => [p.field, p.value])).toEqual(
      expect.arrayContaining([
        ["date", "2024-02-30"],
        ["source.url", "javascript:alert(1)"],
        ["statedCount", "forty"],
      ]),
    );
  });

  it("leaves the map's inset to the map until the editor chooses one, and writes the choice into the file (#22)", () => {
    let state = run({ type: "article", text: SEED_ARTICLE });
    expect(check(state).file).not.toHaveProperty("inset");
    state = authorReducer(state, { type: "field", field: "inset", value: "none" });
    const { file, result } = check(state);
    expect(file.inset).toBe("none");
    expect(result.ok && result.statement.inset).toBe("none");
    state = authorReducer(state, { type: "field", field: "inset", value: "" });
    expect(check(state).file).not.toHaveProperty("inset");
  });

  it("adds a name the editor types at the end of its list, an organisation too", () => {
    let state = run({ type: "article", text: SEED_ARTICLE });
    state = authorReducer(state, { type: "add-party", written: "the Council of Europe", role: "signatory" });
    const { file, result } = check(state);
    expect(file.signatories.at(-1)).toBe("the Council of Europe");
    expect(result.ok && result.statement.signatories.at(-1)).toEqual({ kind: "org", written: "the Council of Europe", org: "COE" });
  });

  it("says where the draft found each field, and which dates the text gives", () => {
    const statement = statementOf(run({ type: "article", text: SEED_ARTICLE }));
    expect(statement.origins).toMatchObject({ sourceName: 'the dateline "SEOUL (dpa-AFX) -"', title: "the lead sentence" });
    const undated = statementOf(
      run({ type: "article", text: "PARIS (AFP) - The Foreign Ministers of France and Monaco said on 10 January 2024 that they agree." }),
    );
    expect(undated.fields.date).toBe("");
    expect(undated.origins.date).toBeUndefined();
    expect(undated.datesInText).toEqual([{ written: "10 January 2024", iso: "2024-01-10" }]);
  });

  it("redrafts a changed article at once while nothing is edited, and waits for the editor once something is", () => {
    let state = run({ type: "article", text: SEED_ARTICLE });
    state = authorReducer(state, { type: "article", text: MANGLED });
    expect(isStale(state)).toBe(false);
    expect(nameQuestions(statementOf(state).parties)).toHaveLength(2);

    state = authorReducer(state, { type: "rename", key: keyOf(state, "Germny"), written: "Germany" });
    state = authorReducer(state, { type: "article", text: SEED_ARTICLE });
    expect(isStale(state)).toBe(true);
    expect(statementOf(state).parties.some((p) => p.written === "Korea")).toBe(true);

    state = authorReducer(state, { type: "redraft" });
    expect(isStale(state)).toBe(false);
    expect(state.edited).toBe(false);
    expect(nameQuestions(statementOf(state).parties)).toEqual([]);
  });
});
