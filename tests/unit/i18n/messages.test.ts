import { describe, expect, it } from "vitest";
import { catalogues } from "../../fixtures/catalogues";
import { supportedLanguages } from "../../../src/i18n/languages";
import { en, loadMessages, type Messages } from "../../../src/i18n/messages";
import { formatDate, formatList } from "../../../src/i18n/format";
import { countriesOnly } from "../../../src/i18n/partyCount";
import { ORGANISATION_GENITIVE } from "../../../src/i18n/de";
import { organisations } from "../../../src/countries/organisations";

type FunctionKey = { [K in keyof Messages]: Messages[K] extends string ? never : K }[keyof Messages];

/**
 * Plausible arguments for every message that takes some. Typed against `Messages`, so a function
 * key added to `en` without a sample here is a type error (and fails the "has samples" test below).
 */
const samples: { [K in FunctionKey]: Parameters<Messages[K]>[] } = {
  mapSummary: [
    ["48 countries and the EU", "North Korea and Russia", 2],
    ["1 country", "Bosnia and Herzegovina", 1],
    ["48 countries and the EU", "", 0],
  ],
  signedPhrase: [
    [countriesOnly(48), ["EU"]],
    [countriesOnly(1), []],
    [countriesOnly(2), ["EU"]],
    [countriesOnly(5), []],
    [countriesOnly(21), ["EU"]],
    [countriesOnly(0), ["EU"]],
    [{ kind: "countries", countries: 16, territories: 2 }, []],
    [{ kind: "countries", countries: 1, territories: 1 }, ["EU"]],
    [{ kind: "members", members: 44 }, []],
    [{ kind: "members", members: 1 }, []],
  ],
  statusJoined: [["12 January 2024"]],
  legendOutlined: [["NATO"], ["UN Security Council, permanent members"]],
  legendSignatories: [
    [countriesOnly(1), []],
    [countriesOnly(2), ["EU"]],
    [countriesOnly(5), []],
    [countriesOnly(48), ["EU"]],
    [{ kind: "countries", countries: 16, territories: 2 }, []],
    [{ kind: "members", members: 44 }, []],
    [{ kind: "members", members: 1 }, []],
  ],
  legendJoined: [
    [countriesOnly(1), "12 January 2024"],
    [countriesOnly(2), "12 January 2024"],
    [countriesOnly(5), "1 January 2024"],
    [{ kind: "countries", countries: 2, territories: 1 }, "12 January 2024"],
    [{ kind: "members", members: 1 }, "12 January 2024"],
    [{ kind: "members", members: 3 }, "12 January 2024"],
  ],
  legendSubjects: [[1], [2], [5], [48]],
  statementNotFound: [["no-such-statement"]],
  statementLoadFailed: [
    ["dprk-russia-missiles-2024", "invalid"],
    ["dprk-russia-missiles-2024", "unreadable"],
  ],
  loadServerError: [[500], [503]],
  loadTimedOut: [["some-id", 20]],
  loadCodeFailed: [["some-id"]],
  languageUnavailable: [["Deutsch"], ["한국어"]],
  zoomToRegion: [["Europe"], ["Caribbean"]],
  allStatements: [[6], [1000]],
  pageDescription: [["48 countries and the EU signed on 10 January 2024", "dpa-AFX"]],
  cardAlt: [["48 countries and the EU signed on 10 January 2024"]],
  paramProblem: [["country", "XYZ", "expected a two-letter ISO code such as DE"]],
  paramBadStatementId: [["DPRK_Russia"]],
  paramBadCountry: [["XYZ"]],
  paramNoSuchCountry: [["XX"]],
  paramBadEmbed: [["yes"]],
  unsupportedLanguage: [["tlh"]],
  publishedIn: [["English"]],
  searchNone: [["Hungary"]],
  versionStated: [
    [48, countriesOnly(48)],
    [48, countriesOnly(47)],
    [1, countriesOnly(1)],
    [2, countriesOnly(5)],
    [44, { kind: "members", members: 44 }],
    [45, { kind: "members", members: 44 }],
    [18, { kind: "countries", countries: 16, territories: 2 }],
  ],
  versionAdditions: [["Micronesia", "12 January 2024", "dpa-AFX"]],
  groupsAsOf: [["10 January 2024"]],
  groupSummary: [
    ["NATO", 28, 31, "Hungary, Slovakia and Türkiye"],
    ["G7", 7, 7, ""],
    ["EU", 1, 27, "Hungary"],
  ],
  groupSubjectNote: [
    ["Russia", 1],
    ["North Korea and Russia", 2],
    ["Bosnia and Herzegovina", 1],
  ],
  showOnMap: [["NATO"]],
  hideOnMap: [["NATO"]],
  orgMembersNotSigned: [
    ["EU", "Hungary"],
    ["Council of Europe", "Hungary and Slovakia"],
  ],
  orgAllMembersSigned: [["EU"], ["NATO"]],
  coveredSigned: [["the Kingdom of Denmark"]],
  coveredJoined: [["the United States", "12 January 2024"]],
  coveredSubject: [["China"]],
  standingCovered: [["Greenland", "Part of the Kingdom of Denmark, which signed"]],
  entryWithTerritories: [["Faroe Islands and Greenland"]],
  statusOwnRight: [
    ["Signed", "France"],
    ["Joined on 12 January 2024", "the United States"],
  ],
  entryOwnRight: [["France"]],
  downloadStarted: [["dprk-russia-missiles-2024.csv"]],
  legendBoth: [[1], [30]],
  legendFirstOnly: [[18]],
  legendSecondOnly: [[2]],
  compareContext: [
    [30, 18, 2],
    [1, 0, 1],
  ],
  compareFirst: [["48 nations condemn", "10 January 2024"]],
  compareSecond: [["Declaration for the Future of the Internet", "28 April 2022"]],
  compareLoading: [["future-of-the-internet-declaration-2022"]],
  compareFailed: [["no-such-statement"]],
  paramBadCompare: [["Bad_ID"]],
  contextSigned: [["48 countries and the EU", "10 January 2024"]],
  contextJoined: [["Micronesia and Paraguay", "12 January 2024"]],
  standingSigned: [
    ["Germany", "10 January 2024", "Germany"],
    ["South Korea", "1 January 2024", "the Republic of Korea"],
  ],
  standingJoined: [
    ["Paraguay", "12 January 2024", "Paraguay", "the UK government"],
    ["Paraguay", "12 January 2024", "Paraguay", ""],
  ],
  standingSubject: [["Russia", "Russia"]],
  standingOther: [["Hungary"]],
  standingInSigningOrg: [["EU", "the High Representative of the European Union"]],
  frameTitle: [["48 nations condemn"]],
  embedPreviewHeight: [
    [375, 512],
    [1200, 830],
  ],
  altSigned: [
    ["48 countries and the EU", "10 January 2024", "most of Europe (except Hungary and Slovakia) and Japan"],
    ["1 country", "10 January 2024", ""],
  ],
  altRegionAll: [["Oceania"], ["Americas"]],
  altRegionMost: [["Europe", "Hungary, Slovakia and 6 others"]],
  altOthers: [[1], [6]],
  altJoined: [
    ["Micronesia and Paraguay", 2, "12 January 2024"],
    ["", 24, "11 October 2021"],
    ["Paraguay", 1, null],
    ["", 5, null],
  ],
  altSubjects: [
    ["North Korea and Russia", 2],
    ["Bosnia and Herzegovina", 1],
  ],
};

const referenceKeys = Object.keys(en).sort();
const languages = Object.keys(catalogues).filter((lang) => lang !== "en");

/** Calls a message function with one sample; the typed table guarantees the argument shapes. */
const call = (message: unknown, args: readonly unknown[]) => (message as (...a: readonly unknown[]) => unknown)(...args);

describe("the message catalogues", () => {
  it("supportedLanguages lists English, German, French, Ukrainian and Korean", () => {
    expect(supportedLanguages).toEqual(expect.arrayContaining(["en", "de", "fr", "uk", "ko"]));
    expect(Object.keys(catalogues)).toEqual(supportedLanguages);
  });

  it("loadMessages gives each supported language its own catalogue, and English for any other", async () => {
    for (const lang of supportedLanguages) expect(await loadMessages(lang)).toBe(catalogues[lang]);
    expect(await loadMessages("tlh")).toBe(en);
    expect(await loadMessages("constructor")).toBe(en);
  });

  it("every function message in en has sample arguments in this test", () => {
    const functionKeys = referenceKeys.filter((key) => typeof en[key as keyof Messages] === "function");
    expect(Object.keys(samples).sort()).toEqual(functionKeys);
  });

  describe.each(Object.keys(catalogues))("the %s catalogue", (lang) => {
    const messages = catalogues[lang]!;

    it("has exactly the keys of en", () => {
      expect(Object.keys(messages).sort()).toEqual(referenceKeys);
    });

    it("gives every key the type and arity it has in en", () => {
      for (const key of referenceKeys) {
        const reference = en[key as keyof Messages];
        const value = messages[key as keyof Messages];
        expect(typeof value, key).toBe(typeof reference);
        if (typeof reference === "function") expect((value as (...a: never[]) => string).length, key).toBe(reference.length);
      }
    });

    it("has no empty text", () => {
      for (const key of referenceKeys) {
        const value = messages[key as keyof Messages];
        if (typeof value === "string") expect(value.trim(), key).not.toBe("");
      }
    });

    it("returns non-empty text, without leftovers like 'undefined', from every function for sample arguments", () => {
      for (const [key, argumentLists] of Object.entries(samples)) {
        const message = messages[key as keyof Messages];
        for (const args of argumentLists) {
          const text = call(message, args);
          expect(typeof text, key).toBe("string");
          expect((text as string).trim(), `${key}(${JSON.stringify(args)})`).not.toBe("");
          expect(text, `${key}(${JSON.stringify(args)})`).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    });
  });

  it.each(languages)("the %s catalogue is a translation: no phrase is left in English", (lang) => {
    const messages = catalogues[lang]!;
    // Single words may coincide ("Source", "Europe" in French); phrases of several words may not.
    const phrases = referenceKeys.filter((key) => {
      const reference = en[key as keyof Messages];
      // Punctuation alone ("; ") is no phrase.
      return typeof reference === "string" && reference.includes(" ") && /\p{L}/u.test(reference);
    });
    const untranslated = phrases.filter((key) => messages[key as keyof Messages] === en[key as keyof Messages]);
    expect(untranslated).toEqual([]);
  });
});

describe("English sentences follow the count passed in, not the names", () => {
  it("mapSummary: one subject whose name contains 'and' is still singular", () => {
    expect(en.mapSummary("48 countries and the EU", "Bosnia and Herzegovina", 1)).toBe(
      "World map: 48 countries and the EU signed; Bosnia and Herzegovina is the subject of the statement.",
    );
    expect(en.mapSummary("48 countries and the EU", "North Korea and Russia", 2)).toBe(
      "World map: 48 countries and the EU signed; North Korea and Russia are the subjects of the statement.",
    );
  });

  it("mapSummary with no subjects names none", () => {
    expect(en.mapSummary("48 countries and the EU", "", 0)).toBe("World map: 48 countries and the EU signed.");
  });

  it("groupSubjectNote: one name containing 'and' is still singular", () => {
    expect(en.groupSubjectNote("Bosnia and Herzegovina", 1)).toBe("Bosnia and Herzegovina is a subject of the statement.");
    expect(en.groupSubjectNote("North Korea and Russia", 2)).toBe("North Korea and Russia are subjects of the statement.");
  });

  it("signedPhrase names organisations from their codes", () => {
    expect(en.signedPhrase(countriesOnly(48), ["EU"])).toBe("48 countries and the EU");
    expect(en.signedPhrase(countriesOnly(1), [])).toBe("1 country");
  });

  it("versionStated reads right for one country", () => {
    expect(en.versionStated(1, countriesOnly(1))).toBe("The source states 1 country; the map shows it.");
  });

  it("standing sentences say what a country did and how the statement lists it", () => {
    expect(en.standingSigned("South Korea", "10 January 2024", "the Republic of Korea")).toBe(
      "South Korea signed on 10 January 2024, listed as “the Republic of Korea”.",
    );
    expect(en.standingOther("Hungary") + " " + en.standingInSigningOrg("EU", "the High Representative of the European Union")).toBe(
      "Hungary did not sign. It is a member of the EU, which signed as “the High Representative of the European Union”.",
    );
  });
});

describe.each(["de", "fr", "uk", "ko"])("the %s catalogue follows the new arguments", (lang) => {
  const messages = catalogues[lang]!;

  it("mapSummary names the subjects when there are some, and only then", () => {
    expect(messages.mapSummary("SIGNED", "SUBJECTS", 2)).toContain("SUBJECTS");
    expect(messages.mapSummary("SIGNED", "SUBJECTS", 0)).toContain("SIGNED");
    expect(messages.mapSummary("SIGNED", "", 0)).not.toMatch(/:\s*\.$/);
  });

  it("statementLoadFailed says different things for a broken file and an unreadable one", () => {
    const invalid = messages.statementLoadFailed("some-id", "invalid");
    const unreadable = messages.statementLoadFailed("some-id", "unreadable");
    expect(invalid).toContain("some-id");
    expect(unreadable).toContain("some-id");
    expect(invalid).not.toBe(unreadable);
    // The invalid-file message introduces the list of problems that follows it.
    expect(invalid).toMatch(/:$/);
  });

  it("the URL parameter messages quote the value", () => {
    for (const key of ["paramBadStatementId", "paramBadCountry", "paramNoSuchCountry", "paramBadEmbed"] as const) {
      expect(messages[key]("VALUE"), key).toContain("=VALUE");
    }
  });

  it("legendSignatories and signedPhrase take organisation codes, not English names", () => {
    expect(messages.legendSignatories(countriesOnly(48), ["EU"])).not.toMatch(/\bthe\b/);
    expect(messages.signedPhrase(countriesOnly(48), ["EU"])).not.toMatch(/\bthe\b/);
  });
});

describe("Ukrainian counts take the form the number asks for (1, 2–4, 5–20, 21 …)", () => {
  const { uk } = catalogues as { uk: Messages };

  it.each([
    [1, "1 країна підписала"],
    [2, "2 країни підписали"],
    [5, "5 країн підписали"],
    [21, "21 країна підписала"],
    [48, "48 країн підписали"],
  ])("legendSignatories(%i) → %s", (count, text) => {
    expect(uk.legendSignatories(countriesOnly(count), [])).toBe(text);
  });

  it("legendSignatories agrees with a country plus an organisation as plural", () => {
    expect(uk.legendSignatories(countriesOnly(1), ["EU"])).toBe("1 країна + ЄС підписали");
  });

  it.each([
    [1, "1 країна"],
    [2, "2 країни"],
    [5, "5 країн"],
    [21, "21 країна"],
    [48, "48 країн"],
  ])("signedPhrase(%i) → %s", (count, text) => {
    expect(uk.signedPhrase(countriesOnly(count), [])).toBe(text);
    expect(uk.signedPhrase(countriesOnly(count), ["EU"])).toBe(`${text} і ЄС`);
  });

  it("mapSummary heads one subject in the singular and several in the plural (21 subjects too)", () => {
    expect(uk.mapSummary("48 країн і ЄС", "Боснія і Герцеговина", 1)).toBe("Карта світу. Підписали: 48 країн і ЄС. Об’єкт заяви: Боснія і Герцеговина.");
    expect(uk.mapSummary("48 країн і ЄС", "КНДР і Росія", 2)).toBe("Карта світу. Підписали: 48 країн і ЄС. Об’єкти заяви: КНДР і Росія.");
    expect(uk.mapSummary("48 країн і ЄС", "…", 21)).toContain("Об’єкти заяви");
    expect(uk.mapSummary("48 країн і ЄС", "", 0)).toBe("Карта світу. Підписали: 48 країн і ЄС.");
  });

  it.each([
    [1, "1 країна приєдналася"],
    [2, "2 країни приєдналися"],
    [5, "5 країн приєдналися"],
    [21, "21 країна приєдналася"],
    [48, "48 країн приєдналися"],
  ])("legendJoined(%i) starts %s", (count, text) => {
    expect(uk.legendJoined(countriesOnly(count), formatDate("2024-01-12", "uk"))).toBe(`${text} 12 січня 2024 р.`);
  });

  it.each([
    [1, "1 країна, якої"],
    [2, "2 країни, яких"],
    [5, "5 країн, яких"],
    [21, "21 країна, якої"],
    [48, "48 країн, яких"],
  ])("legendSubjects(%i) starts %s", (count, text) => {
    expect(uk.legendSubjects(count)).toBe(`${text} стосується заява`);
  });

  it.each([
    [1, "про 1 країну"],
    [2, "про 2 країни"],
    [5, "про 5 країн"],
    [21, "про 21 країну"],
    [48, "про 48 країн"],
  ])("versionStated(%i) says %s (accusative after «про»)", (count, text) => {
    expect(uk.versionStated(count, countriesOnly(count))).toContain(text);
    expect(uk.versionStated(count, countriesOnly(count + 1))).toContain(text);
  });

  it.each([
    [1, "1 член з 31 підписав"],
    [2, "2 члени з 31 підписали"],
    [5, "5 членів з 31 підписали"],
    [21, "21 член з 31 підписав"],
    [48, "48 членів з 31 підписали"],
  ])("groupSummary(%i of 31) says %s", (count, text) => {
    expect(uk.groupSummary("НАТО", count, 31, "Угорщина")).toBe(`НАТО: ${text}; не підписали: Угорщина.`);
  });
});

describe("French punctuation (issue #27)", () => {
  const { fr } = catalogues as { fr: Messages };
  /** Every text of the catalogue: its strings, and what its functions return for the sample arguments. */
  const texts = Object.entries(fr).flatMap(([key, value]) =>
    typeof value === "string" ? [[key, value]] : (samples[key as FunctionKey] ?? []).map((args) => [key, call(value, args) as string]),
  );

  it("puts a narrow no-break space, and no other space, before every ; : ! ? that ends a clause", () => {
    const wrong = texts.filter(([, text]) => /(?<!\u202f)[;:!?](?=[\s»]|$)|[ \u00a0][;:!?]/.test(text!));
    expect(wrong).toEqual([]);
    expect(fr.sourceIntro).toBe("Source\u202f:");
    expect(fr.clauseSeparator).toBe("\u202f; ");
  });
});

describe('German names an organisation with its article (issue #27: not "Mitglied von EU")', () => {
  const { de } = catalogues as { de: Messages };

  it("standingInSigningOrg: Mitglied der EU, des Europarats", () => {
    expect(de.standingInSigningOrg("EU", "the High Representative of the European Union")).toBe(
      "Mitglied der EU (unterzeichnet als „the High Representative of the European Union“).",
    );
    expect(de.standingInSigningOrg("Europarat", "the Council of Europe")).toMatch(/^Mitglied des Europarats /);
  });

  it("knows the genitive of every organisation whose members a statement can speak for", () => {
    const withMembers = organisations().filter((org) => org.members !== null);
    const missing = withMembers.map((org) => (org.code === "EU" ? "EU" : org.names.de!)).filter((name) => !ORGANISATION_GENITIVE.has(name));
    expect(missing).toEqual([]);
  });
});

describe("other languages' counts and names", () => {
  const { de, fr, ko } = catalogues as { de: Messages; fr: Messages; ko: Messages };

  it("German and French make the noun and verb agree with the count", () => {
    expect(de.legendSignatories(countriesOnly(1), [])).toBe("1 Staat hat unterzeichnet");
    expect(de.legendSignatories(countriesOnly(48), ["EU"])).toBe("48 Staaten + EU haben unterzeichnet");
    expect(fr.legendSignatories(countriesOnly(1), [])).toBe("1 pays a signé");
    expect(fr.legendSignatories(countriesOnly(48), ["EU"])).toBe("48 pays + UE ont signé");
    expect(fr.legendSubjects(2)).toBe("2 pays visés par la déclaration");
  });

  it("signedPhrase names the EU as each language does, with its article in running text", () => {
    expect(de.signedPhrase(countriesOnly(48), ["EU"])).toBe("48 Staaten und die EU");
    expect(de.signedPhrase(countriesOnly(1), [])).toBe("1 Staat");
    expect(fr.signedPhrase(countriesOnly(48), ["EU"])).toBe("48 pays et l’UE");
    expect(ko.signedPhrase(countriesOnly(48), ["EU"])).toBe("48개국 및 EU");
  });

  it("French heads one subject in the singular and several in the plural", () => {
    expect(fr.mapSummary("48 pays et l’UE", "Bosnie-Herzégovine", 1)).toContain("Pays visé par la déclaration\u202f: Bosnie-Herzégovine.");
    expect(fr.mapSummary("48 pays et l’UE", "Corée du Nord et Russie", 2)).toContain("Pays visés par la déclaration\u202f: Corée du Nord et Russie.");
    expect(fr.groupSubjectNote("Russie", 1)).toBe("Pays visé par la déclaration\u202f: Russie.");
    expect(fr.groupSubjectNote("Corée du Nord et Russie", 2)).toBe("Pays visés par la déclaration\u202f: Corée du Nord et Russie.");
  });

  it("Korean counts need no plural form", () => {
    expect(ko.legendSignatories(countriesOnly(1), [])).toBe("1개국 서명");
    expect(ko.legendSignatories(countriesOnly(48), ["EU"])).toBe("48개국 + EU 서명");
    expect(ko.versionStated(1, countriesOnly(1))).not.toContain("모두");
    expect(ko.versionStated(48, countriesOnly(48))).toContain("48개국을 모두");
  });

  it("French writes the first of the month as 1er", () => {
    expect(fr.statusJoined(formatDate("2024-01-01", "fr"))).toBe("A rejoint la déclaration le 1er janvier 2024");
    expect(fr.statusJoined(formatDate("2024-01-12", "fr"))).toBe("A rejoint la déclaration le 12 janvier 2024");
  });

  it.each(["de", "fr", "uk", "ko"])("%s list sentences read the same for one name and for a list joined in that language", (lang) => {
    const messages = catalogues[lang]!;
    const one = "Name";
    const many = formatList(["Name", "Other"], lang);
    // No English word tests: the sentence frame is the same, only the names differ.
    // For a given count, the names change nothing else in the sentence.
    for (const count of [1, 2]) {
      expect(messages.groupSubjectNote(many, count).replace(many, one)).toBe(messages.groupSubjectNote(one, count));
      expect(messages.mapSummary(many, many, count).replaceAll(many, one)).toBe(messages.mapSummary(one, one, count));
    }
  });
});
