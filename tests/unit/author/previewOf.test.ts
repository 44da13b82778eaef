// The preview the page draws: for a valid file, exactly the statement the parser reads from it;
// for a file with problems, what of it is sound.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { authorReducer, draftOf, initialAuthorState, type AuthorAction } from "../../../src/author/authorState";
import { checkFile } from "../../../src/author/checkFile";
import { placementOf } from "../../../src/author/edits";
import { placeProblems } from "../../../src/author/problemPlaces";
import { PREVIEW_ID, previewOf, UNTITLED } from "../../../src/author/previewOf";
import { fileNameOf, fileTextOf, statementFileOf, type StatementFileJson } from "../../../src/author/statementFile";

const SEED_ARTICLE = readFileSync(new URL("../../fixtures/articles/seed-dpa-afx-2024.txt", import.meta.url), "utf8");
const seed = draftOf(SEED_ARTICLE)!;
const seedFile = statementFileOf(seed);

const preview = (file: StatementFileJson) => previewOf(file, [], "2000-01-01").statement;

describe("previewOf", () => {
  it("is the parser's own statement for a file that validates", () => {
    const { result } = checkFile(fileTextOf(seedFile), fileNameOf(seedFile));
    if (!result.ok) throw new Error("the seed's draft validates");
    expect(preview(seedFile)).toEqual(result.statement);
  });

  it("draws what is sound of a file with problems: names that resolve, claims whose quote is in the text", () => {
    const file: StatementFileJson = {
      ...seedFile,
      id: "Not An Id",
      title: " ",
      date: "2024-13-01",
      signatories: ["Germny", "France", "the French Republic", "the Council of Europe"],
      subjects: ["France", "Russia", "NATO"],
      claims: [
        { claim: "kept", quote: "deeply concerned", by: "the ministers", voice: "statement" },
        { claim: "gone", quote: "not in the article at all", by: "the ministers", voice: "statement" },
      ],
    };
    const statement = preview(file);
    expect(statement.signatories).toEqual([
      { kind: "country", written: "France", iso2: "FR" },
      { kind: "org", written: "the Council of Europe", org: "COE" },
    ]);
    expect(statement.subjects).toEqual([{ kind: "country", written: "Russia", iso2: "RU" }]);
    expect(statement.claims.map((claim) => claim.claim)).toEqual(["kept"]);
    expect(statement).toMatchObject({ id: PREVIEW_ID, title: UNTITLED, date: "2000-01-01" });
  });

  it("never links a source URL that is not http(s)", () => {
    expect(preview({ ...seedFile, source: { name: "x", url: "javascript:alert(1)" } }).source).toEqual({ name: "x" });
    expect(preview({ ...seedFile, source: { name: "x", url: "https://example.org/a" } }).source).toEqual({ name: "x", url: "https://example.org/a" });
  });
});

describe("placeProblems", () => {
  it("puts each problem beside the field, list entry or kept claim it names", () => {
    let state = authorReducer(initialAuthorState, { type: "article", text: SEED_ARTICLE.replace("Germany,", "Germny,") });
    const [first, second] = state.statement!.claims;
    state = authorReducer(state, { type: "claim", key: first!.key, patch: { dropped: true } });
    state = authorReducer(state, { type: "claim", key: second!.key, patch: { quote: "nowhere in the text" } });
    state = authorReducer(state, { type: "field", field: "sourceName", value: "" });
    const statement = state.statement!;
    const file = statementFileOf(statement);
    const { errors } = checkFile(fileTextOf(file), fileNameOf(file));
    const places = placeProblems(errors, statement);
    const germny = statement.parties.find((party) => party.written === "Germny")!;
    expect(places.parties.get(germny.key)?.map((p) => p.field)).toEqual(["signatories[16]"]);
    // claims[0] is the second claim: the first is dropped, so not in the file.
    expect(places.claims.get(second!.key)?.map((p) => p.field)).toEqual(["claims[0].quote"]);
    expect(places.fields.get("sourceName")?.map((p) => p.field)).toEqual(["source.name"]);
  });
});

describe("the editor's state under any session", () => {
  const ISOS = ["BR", "DE", "KP", "KR", "RU", "FR", "XK"];
  const action = (isos: string[], keys: number[]): fc.Arbitrary<AuthorAction> =>
    fc.oneof(
      fc.record({
        type: fc.constant("field" as const),
        field: fc.constantFrom("id", "title", "date", "sourceName", "sourceUrl", "statedCount" as const),
        value: fc.string({ maxLength: 30 }),
      }),
      fc.record({
        type: fc.constant("place-country" as const),
        iso: fc.constantFrom(...isos),
        placement: fc.constantFrom("signatory", "subject", "neither" as const),
        name: fc.constantFrom("Brazil", "Germany", "Korea", "Council of Europe"),
      }),
      fc.record({
        type: fc.constant("place-party" as const),
        key: fc.constantFrom(...keys),
        placement: fc.constantFrom("signatory", "subject", "neither" as const),
      }),
      fc.record({
        type: fc.constant("rename" as const),
        key: fc.constantFrom(...keys),
        written: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("Germany", "NATO", "Korea", "")),
      }),
      fc.record({
        type: fc.constant("claim" as const),
        key: fc.constantFrom(...keys),
        patch: fc.record({ claim: fc.string({ maxLength: 20 }), quote: fc.string({ maxLength: 20 }), dropped: fc.boolean() }, { requiredKeys: [] }),
      }),
    );

  it("never throws, reads its file as the parser does, and draws each country where the editor's lists put it", () => {
    const start = authorReducer(initialAuthorState, { type: "article", text: SEED_ARTICLE });
    const keys = [...start.statement!.parties.map((p) => p.key), ...start.statement!.claims.map((c) => c.key), 999];
    fc.assert(
      fc.property(fc.array(action(ISOS, keys), { maxLength: 12 }), (actions) => {
        const state = actions.reduce(authorReducer, start);
        const file = statementFileOf(state.statement!);
        const check = checkFile(fileTextOf(file), fileNameOf(file));
        expect(check.result.ok).toBe(check.errors.length === 0);
        const statement = previewOf(file, check.warnings, "2000-01-01").statement;
        const drawn = (iso: string) =>
          statement.signatories.some((p) => p.kind === "country" && p.iso2 === iso)
            ? "signatory"
            : statement.subjects.some((p) => p.iso2 === iso)
              ? "subject"
              : "neither";
        for (const iso of ISOS) expect(drawn(iso)).toBe(placementOf(state.statement!, iso));
      }),
      { numRuns: 150 },
    );
  });
});
