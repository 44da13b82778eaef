import { describe, expect, it } from "vitest";
import { cleanPastedText } from "../../../src/authoring/cleanPastedText";
import { findClaims, shorten } from "../../../src/authoring/findClaims";
import { findDateline } from "../../../src/authoring/findDateline";
import { findDates } from "../../../src/authoring/findDates";
import { listsInText } from "../../../src/authoring/findNameLists";
import { findNameMentions } from "../../../src/authoring/findNameMentions";
import { chooseSignerLists } from "../../../src/authoring/findSigners";
import { findStatedCounts, readNumber } from "../../../src/authoring/findStatedCount";
import { readDocument } from "../../../src/authoring/readDocument";
import { makeId } from "../../../src/authoring/readHeadFields";
import { draftStatement } from "../../../src/authoring/draftStatement";

const unit = (text: string) => ({ paragraph: 0, text, listItem: false });
const names = (text: string) => listsInText(unit(text)).map((list) => list.items.map((item) => item.written));

describe("cleanPastedText", () => {
  it("makes no-break spaces, CRLF and invisible characters plain, and keeps quotes as published", () => {
    expect(cleanPastedText("SEOUL\u00a0(dpa-AFX)\u200b -\r\n\u2018We\u2019 ")).toBe("SEOUL (dpa-AFX) -\n\u2018We\u2019");
  });

  it("splits the short words a PDF glues to a name", () => {
    expect(cleanPastedText("the United States ofAmerica")).toBe("the United States of America");
  });
});

describe("readDocument", () => {
  it("takes date lines and breadcrumbs for metadata, a short unpunctuated first line for the headline", () => {
    const document = readDocument("Home / News\n\nStatement on the Election\n\nMonday, 29 July 2024\n\nThe Governments of A and B said so.");
    expect(document.headline).toBe("Statement on the Election");
    expect(document.metadata.map((line) => line.label)).toEqual(["breadcrumb", "date"]);
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual(["The Governments of A and B said so."]);
  });

  it("never takes a dateline paragraph for a headline", () => {
    expect(readDocument("SEOUL (dpa-AFX) - A group of nations\n\nSecond paragraph.").headline).toBeUndefined();
  });

  it("keeps the lines of a list apart, without their bullets", () => {
    const document = readDocument("Signed by:\n• Albania\n• the Netherlands\n• Chile Iceland\nThank you, Chair, for the floor today.");
    expect(document.paragraphs.map((paragraph) => [paragraph.text, paragraph.listItem])).toEqual([
      ["Signed by:", false],
      ["Albania", true],
      ["the Netherlands", true],
      ["Chile Iceland", true],
      ["Thank you, Chair, for the floor today.", false],
    ]);
  });
});

describe("findDateline and findDates", () => {
  it("reads the agency of the usual wire datelines", () => {
    expect(findDateline("SEOUL (dpa-AFX) - A group")?.agency).toBe("dpa-AFX");
    expect(findDateline("Washington, July 11 (Jiji Press)--Leaders")).toMatchObject({ agency: "Jiji Press", date: "July 11" });
    expect(findDateline("LONDON, July 21. /TASS/. The")?.agency).toBe("TASS");
    expect(findDateline("BONN, Germany Feb 16 The United States")).toMatchObject({ place: "BONN", date: "Feb 16" });
    expect(findDateline("The United States (US) said")).toBeUndefined();
  });

  it("reads full dates in the usual forms, and only unambiguous slashed ones", () => {
    expect(findDates("10 January 2024, Jan. 3, 2023, 2024-01-12, 28/10/2019, 05/06/2020").map((date) => date.iso)).toEqual([
      "2024-01-10",
      "2023-01-03",
      "2024-01-12",
      "2019-10-28",
    ]);
  });
});

describe("findNameMentions", () => {
  it("reads names as a reader does: no codes or lower-case words, acronyms in capitals, no name inside a longer one", () => {
    const found = (text: string) => findNameMentions(text).map((mention) => mention.written);
    expect(found("AND CAN and china us Turkey")).toEqual(["Turkey"]);
    expect(found("Officials of the U.S. and the EU told the Jordan Times that talks in Northern Ireland would go on")).toEqual(["U.S.", "EU"]);
    expect(found("the People's Republic of China and Côte d’Ivoire")).toEqual(["People's Republic of China", "Côte d’Ivoire"]);
  });
});

describe("listsInText", () => {
  it("keeps an unknown name where it stands between known ones", () => {
    expect(names("The ministers of Albania, Atlantis and Andorra said")).toEqual([["Albania", "Atlantis", "Andorra"]]);
  });

  it("takes an office with its country, and skips the office holder's name after it", () => {
    expect(
      names(
        "The Minister for Foreign Affairs of Japan, Fumio Kishida, the Secretary of State of the United States, John Kerry, and the Minister for Foreign Affairs of Australia met",
      ),
    ).toEqual([["The Minister for Foreign Affairs of Japan", "the Secretary of State of the United States", "the Minister for Foreign Affairs of Australia"]]);
  });

  it("ends a speaker's list with 'my own country'", () => {
    expect(names("on behalf of Albania, Austria, and my own country, Denmark.")).toEqual([["Albania", "Austria", "Denmark"]]);
  });

  it("keeps a state's title with its name even where the resolver does not know the whole", () => {
    expect(names("We, the Ministers of the Republic of Albania and the Republic of Macedonia, agree")).toEqual([
      ["the Republic of Albania", "the Republic of Macedonia"],
    ]);
  });
});

describe("chooseSignerLists", () => {
  const taken = (text: string) =>
    chooseSignerLists(listsInText(unit(text)))
      .filter((entry) => entry.taken)
      .map((entry) => entry.list.items.map((item) => item.written));

  it("takes a list introduced as the signers or that 'said', and leaves the objects of the sentence", () => {
    expect(taken("Arms transfers between North Korea and Russia violate resolutions, the Foreign Ministers of France, Japan and Italy said.")).toEqual([
      ["France", "Japan", "Italy"],
    ]);
  });

  it("does not take a list of countries said not to have signed", () => {
    expect(taken("India, Saudi Arabia and Brazil did not sign; the Governments of France and Chile issued it.")).toEqual([["France", "Chile"]]);
  });
});

describe("findStatedCounts", () => {
  it("reads digits and words, and counts the named one in 'X and N other countries'", () => {
    expect(readNumber("forty-eight")).toBe(48);
    const counts = (text: string) => findStatedCounts([unit(text)]).map((count) => count.count);
    expect(counts("A group of 48 nations and Thirty-eight member states")).toEqual([48, 38]);
    expect(counts("Japan, the United States and five other countries released it")).toEqual([7]);
    expect(counts("more than 40 countries and all 57 OSCE participating States")).toEqual([]);
  });
});

describe("findClaims", () => {
  it("tells the statement's voice from what the report attributes to others", () => {
    const claims = findClaims({
      paragraphs: [
        "The ministers noted that the transfer of missiles violates several resolutions.",
        "Russia is isolated on the world stage because of sanctions, according to John Kirby.",
      ],
      signers: "the ministers",
      listSpans: [],
    });
    expect(claims).toEqual([
      {
        claim: "The transfer of missiles violates several resolutions",
        quote: "the transfer of missiles violates several resolutions",
        by: "the ministers",
        voice: "statement",
      },
      {
        claim: "Russia is isolated on the world stage because of sanctions",
        quote: "Russia is isolated on the world stage because of sanctions",
        by: "John Kirby",
        voice: "reported",
      },
    ]);
  });

  it("proposes no quote longer than a statement file allows a text to be", () => {
    const long = `The ministers noted that ${"the talks went on and on, ".repeat(60)}without end.`;
    expect(findClaims({ paragraphs: [long], signers: "the ministers", listSpans: [] })).toEqual([]);
  });

  it("shortens a long quote at a clause for the claim", () => {
    expect(
      shorten(
        "'over the course of five days around the holiday, Russia launched repeated waves of attacks on cities using missiles supplied by North Korea, which the ministers condemned in the strongest terms'",
      ),
    ).toBe("Over the course of five days around the holiday, Russia launched repeated waves of attacks on cities using missiles supplied by North Korea");
  });
});

describe("makeId and the draft's head fields", () => {
  it("makes an id of the title's words and the year", () => {
    expect(makeId("48 nations condemn North Korea's missile supply to Russia", "2024-01-10")).toBe("48-nations-condemn-north-koreas-missile-2024");
    expect(makeId("«»", "")).toBe("");
  });

  // Issue #27: a French title gave "…-livraisons-de".
  it.each([
    ["Quarante-huit pays condamnent les livraisons de missiles nord-coréens à la Russie", "2024-01-10"],
    ["L’UE et 47 pays dénoncent l’envoi d’armes de la Corée du Nord", "2024-01-10"],
    ["48 Staaten verurteilen die Lieferung von Raketen aus Nordkorea an Russland", "2024-01-10"],
    ["Ministers of 44 WTO members stand up for the multilateral trading system", "2017-12-11"],
  ])("never ends an id's words on an article or a preposition, in any language: %s", (title, date) => {
    const words = makeId(title, date).split("-").slice(0, -1);
    expect(words.at(-1)).toMatch(/^[a-z0-9]+$/);
    const functionWords = ["de", "du", "des", "la", "le", "les", "l", "d", "a", "of", "the", "and", "to", "der", "die", "das", "von", "und", "an", "aus"];
    expect(words.filter((word) => functionWords.includes(word))).toEqual([]);
  });

  it("drops a French elided article with its apostrophe", () => {
    expect(makeId("L’UE et 47 pays dénoncent l’envoi d’armes", "2024-01-10")).toBe("ue-47-pays-denoncent-envoi-armes-2024");
  });

  it("leaves title, date, source and id empty on an empty text, each reported", () => {
    const { file, report, valid } = draftStatement("");
    expect(file).toMatchObject({ id: "", title: "", date: "", source: { name: "" }, text: [], signatories: [] });
    expect(report.missing.map((field) => field.field)).toEqual(["title", "date", "source", "id"]);
    expect(valid).toBe(false);
  });
});
