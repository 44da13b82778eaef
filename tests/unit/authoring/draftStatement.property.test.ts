import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftStatement } from "../../../src/authoring/draftStatement";
import { formatDraftReport } from "../../../src/authoring/formatDraftReport";
import { partyKey } from "../../../src/authoring/findSigners";
import { resolveCountry } from "../../../src/countries/resolveCountry";
import type { Draft } from "../../../src/authoring/types";
import { articleFixture } from "./fixtures";

/** What holds of every draft, whatever the text. */
function checkInvariants(draft: Draft): void {
  const { file } = draft;
  const everything = [file.title, ...file.text].join("\n");
  for (const paragraph of file.text) {
    expect(paragraph.trim()).toBe(paragraph);
    expect(paragraph).not.toBe("");
  }
  for (const name of file.signatories) expect(everything).toContain(name);
  for (const claim of file.claims) expect(file.text.some((paragraph) => paragraph.includes(claim.quote))).toBe(true);
  const parties = file.signatories.map((name) => partyKey(resolveCountry(name), name));
  expect(new Set(parties).size).toBe(parties.length);
  const signerCodes = new Set(parties);
  for (const subject of file.subjects) expect(signerCodes.has(partyKey(resolveCountry(subject), subject))).toBe(false);
  expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  expect(formatDraftReport(draft).length).toBeGreaterThan(0);
}

/** Pieces real statements are made of, to build text that looks like one and then mangle it. */
const PIECES = [
  "Albania",
  "the Czech Republic",
  "the United States of America",
  "South Korea",
  "the Republic of Korea",
  "North Korea",
  "Russia",
  "the Russian Federation",
  "Ukraine",
  "the High Representative of the European Union",
  "the EU",
  "NATO",
  "Council of Europe",
  "Atlantis",
  "Korea",
  "Georgia",
  "Jordan Times",
  "U.S.",
  "UK",
  "and",
  "AND",
  "CAN",
  "the",
  ", ",
  ",",
  " and ",
  "; ",
  " — ",
  " -- ",
  ": ",
  ". ",
  "\n",
  "\n\n",
  "\u00a0",
  "\u201c",
  "\u201d",
  "'",
  '"',
  "(",
  ")",
  "• ",
  "1. ",
  "said",
  " said in a joint statement",
  "the Foreign Ministers of ",
  "on behalf of the following 12 countries: ",
  "Signatories:",
  "We, the undersigned, ",
  "condemn ",
  "called on ",
  "according to ",
  "alleged that ",
  " aggression against ",
  "SEOUL (dpa-AFX) - ",
  "date 2024-01-10",
  "48 nations",
  "forty-eight countries",
  "my own country, ",
  "'s",
  "of",
  "Republic of ",
];

const mangledStatement = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 120 })
  .map((parts) => parts.join(""));

describe("draftStatement never throws", () => {
  it("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (text) => {
        checkInvariants(draftStatement(text));
      }),
      { numRuns: 150 },
    );
  });

  it("on text made of statement pieces, joined at random", () => {
    fc.assert(
      fc.property(mangledStatement, (text) => {
        checkInvariants(draftStatement(text));
      }),
      { numRuns: 300 },
    );
  });

  it("on a real article with characters cut out and repeated at random", () => {
    const seed = articleFixture("seed-dpa-afx-2024").text;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(seed.length), fc.nat(40), fc.boolean()), { maxLength: 12 }), (cuts) => {
        let text = seed;
        for (const [at, length, repeat] of cuts) {
          const start = at % Math.max(1, text.length);
          text = repeat
            ? text.slice(0, start) + text.slice(start, start + length).repeat(3) + text.slice(start)
            : text.slice(0, start) + text.slice(start + length);
        }
        checkInvariants(draftStatement(text));
      }),
      { numRuns: 60 },
    );
  });
});

/** Re-wraps every paragraph at `width` columns, as a mail client or a PDF would. */
function rewrap(text: string, width: number): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines: string[] = [];
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line !== "" && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line === "" ? word : `${line} ${word}`;
      }
      if (line !== "") lines.push(line);
      return lines.join("\n");
    })
    .join("\n\n");
}

describe("draftStatement reads a text however it is wrapped or spaced", () => {
  const seed = articleFixture("seed-dpa-afx-2024");
  const expected = draftStatement(seed.text);

  it("finds the same signers, subjects and paragraphs in the seed wrapped at any width from 45 columns", () => {
    fc.assert(
      fc.property(fc.integer({ min: 45, max: 140 }), (width) => {
        const draft = draftStatement(rewrap(seed.text, width));
        expect(draft.file.signatories).toEqual(expected.file.signatories);
        expect(draft.file.subjects).toEqual(expected.file.subjects);
        expect(draft.file.text).toEqual(expected.file.text);
      }),
      { numRuns: 25 },
    );
  });

  it("finds the same signers when spaces are no-break spaces and line ends are CRLF", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), (flips) => {
        let index = 0;
        const text = seed.text.replace(/ /g, () => (flips[index++ % flips.length] ? "\u00a0" : " ")).replace(/\n/g, "\r\n");
        expect(draftStatement(text).file.signatories).toEqual(expected.file.signatories);
      }),
      { numRuns: 20 },
    );
  });
});

describe("draftStatement on a long article", () => {
  it("reads a 200 KB article (the seed's paragraphs and filler, repeated) in one pass, finding its list", () => {
    const seed = articleFixture("seed-dpa-afx-2024").text;
    const filler = "The talks went on late into the night, officials said, and no further details were released. ";
    let text = seed;
    while (text.length < 200_000) text += `\n\n${filler.repeat(20)}\n\n${seed.split("\n\n").slice(2, 5).join("\n\n")}`;
    const draft = draftStatement(text);
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expect(draft.file.signatories).toHaveLength(49);
    expect(draft.file.subjects).toEqual(["North Korea", "Russia"]);
    checkInvariants(draft);
  });

  // The time limit is the test runner's own guard against a quadratic blow-up, not an assertion:
  // each text takes about a second on a busy two-core machine.
  it("reads 200 KB of one unbroken line, of commas, of names without separators", () => {
    for (const text of ["x".repeat(200_000), ", and ".repeat(30_000), "Albania ".repeat(25_000), "Albania, ".repeat(22_000), "(".repeat(100_000)]) {
      checkInvariants(draftStatement(text));
    }
  }, 60_000);
});
