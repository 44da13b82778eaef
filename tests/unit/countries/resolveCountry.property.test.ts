import { describe, expect, it } from "vitest";
import fc from "fast-check";
import worldCountries from "world-countries";
import isoEnglish from "i18n-iso-countries/langs/en.json";
import aliases from "../../../src/countries/aliases.json";
import { normaliseName } from "../../../src/countries/normaliseName";
import { organisations } from "../../../src/countries/organisations";
import { describeResolution, resolveCountry } from "../../../src/countries/resolveCountry";
import countryNames from "../../../src/generated/countryNames.json";

/** Long enough for a loaded machine: the run's bound is there to catch a hang, not to time it. */
const PROPERTY_TIMEOUT = 120_000;

const namesIndex: Record<string, string[]> = countryNames.en;

/** Names aliases.json says do not name this one country: "Congo" is not DR Congo, "Virgin Islands" is two places. */
const NOT_THIS_COUNTRY = new Set(aliases.notNames.map((entry) => `${normaliseName(entry.name)}:${entry.iso2}`));
const NOT_ONE_COUNTRY = new Set(aliases.ambiguous.map((entry) => normaliseName(entry.name)));

/**
 * Every name the two country packages give each country (common, official, ISO's), less those
 * the reviewed table takes away: the names sources write, independent of the resolver's own index.
 */
const REAL_NAMES: [string, string][] = worldCountries
  .filter((entry) => entry.status === "officially-assigned" || entry.cca2 === "XK")
  .flatMap((entry) => {
    const iso: string | string[] = (isoEnglish.countries as Record<string, string | string[]>)[entry.cca2] ?? [];
    return [entry.name.common, entry.name.official, ...(Array.isArray(iso) ? iso : [iso])].map((name): [string, string] => [name, entry.cca2]);
  })
  .filter(([name, iso2]) => !NOT_ONE_COUNTRY.has(normaliseName(name)) && !NOT_THIS_COUNTRY.has(`${normaliseName(name)}:${iso2}`));

/** A name as a careless source might write it: any case, "the" before it or dropped inside it, no accents, curly quotes, odd spaces. */
const mangledName = fc
  .record({
    entry: fc.constantFrom(...REAL_NAMES),
    caseFlips: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
    addThe: fc.boolean(),
    dropInnerThe: fc.boolean(),
    stripAccents: fc.boolean(),
    curlyApostrophes: fc.boolean(),
    spaces: fc.constantFrom(" ", "  ", "\t", " \u00a0"),
    padding: fc.constantFrom("", " ", "  "),
  })
  .map(({ entry: [name, iso2], caseFlips, addThe, dropInnerThe, stripAccents, curlyApostrophes, spaces, padding }) => {
    let written = dropInnerThe ? name.replace(/ the /gi, " ") : name;
    written = [...written].map((char, i) => (caseFlips[i % caseFlips.length] ? char.toUpperCase() : char.toLowerCase())).join("");
    if (stripAccents) written = written.normalize("NFKD").replace(/\p{M}/gu, "");
    if (curlyApostrophes) written = written.replace(/'/g, "\u2019");
    written = written.replace(/ /g, spaces);
    if (addThe && !/^the /i.test(name)) written = `the ${written}`;
    return { written: `${padding}${written}${padding}`, iso2, name };
  });

/** Characters no country's or organisation's name holds: one of them makes anything junk. */
const JUNK_CHARACTERS = [...'{}[]<>!?*+=#@$%^~|\\";:_§¶•©®™°¹²³'];

/** Pieces of statements and of names, including the ones a list splitter leaves behind, to string together. */
const PIECES = [
  "the",
  "The",
  "of",
  "and",
  "&",
  "Republic",
  "Guinea",
  "Korea",
  "South",
  "Sudan",
  "Congo",
  "Democratic",
  "New",
  "Niger",
  "Islands",
  "Virgin",
  "United",
  "States",
  "Samoa",
  "Secretary",
  "General",
  "of the",
  "Minister",
  "Foreign Affairs",
  "European",
  "Union",
  "Council",
  "Europe",
  "UN",
  "EU",
  "AU",
  "US",
  "-",
  "(",
  ")",
  ",",
  ".",
  "’",
  "'",
  "/",
  "8",
  "008",
  "}",
  "  ",
  "President of",
  "Government of",
  "Secretary-General of",
  "NATO",
  "(ROK)",
];

describe("resolveCountry on any input", () => {
  it(
    "never throws, echoes the input, and suggests at most three parties",
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string({ maxLength: 400 })), (input) => {
          const resolution = resolveCountry(input);
          expect(resolution.input).toBe(input);
          if (!resolution.ok && resolution.reason === "unknown") {
            expect(resolution.suggestions.length + (resolution.orgSuggestions?.length ?? 0)).toBeLessThanOrEqual(3);
          }
          expect(typeof describeResolution(resolution)).toBe("string");
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on names mangled with the pieces of real text, up to the length limit",
    () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 80 }), fc.constantFrom(" ", ""), (parts, glue) => {
          const input = parts.join(glue);
          expect(resolveCountry(input).input).toBe(input);
        }),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("resolveCountry on junk", () => {
  it(
    "resolves nothing that holds a character no name has",
    () => {
      const withJunk = fc
        .tuple(fc.oneof(fc.constantFrom(...REAL_NAMES.map(([name]) => name)), fc.string()), fc.constantFrom(...JUNK_CHARACTERS), fc.nat(), fc.boolean())
        .map(([text, junk, at, replace]) => {
          const cut = text.length === 0 ? 0 : at % (text.length + 1);
          return text.slice(0, cut) + junk + text.slice(replace ? cut + 1 : cut);
        });
      fc.assert(
        fc.property(withJunk, (input) => {
          expect(resolveCountry(input).ok, input).toBe(false);
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "resolves nothing made of punctuation, spaces and digits but a three-digit code",
    () => {
      const noLetters = fc.string({ unit: fc.constantFrom(..."0123456789 .,-&/()'’+}"), maxLength: 12 }).filter((text) => !/^\s*\d{3}\s*$/.test(text));
      fc.assert(
        fc.property(noLetters, (input) => {
          expect(resolveCountry(input).ok, input).toBe(false);
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "resolves no fragment that punctuation cut off a real name",
    () => {
      const fragment = fc
        .tuple(fc.constantFrom(...REAL_NAMES.map(([name]) => name)), fc.constantFrom(",", "-", "–", "&", "/", "(", ")", "()"), fc.boolean())
        .map(([name, mark, before]) => (before ? `${mark}${name}` : `${name}${mark}`))
        // "Bolivia (Plurinational State of)" ends with ")" already: a ")" after it is still unbalanced, but "(" before is too.
        .filter((input) => input !== "");
      fc.assert(
        fc.property(fragment, (input) => {
          expect(resolveCountry(input).ok, input).toBe(false);
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it("reads a lower-case code as a country only where it is also one of that country's names", () => {
    for (const [, iso2] of REAL_NAMES) {
      for (const code of [iso2.toLowerCase()]) {
        const resolution = resolveCountry(code);
        const isName = namesIndex[code]?.includes(iso2) === true;
        if (!isName) expect(resolution.ok && resolution.kind === "country" ? resolution.country.iso2 : resolution.ok, code).not.toBe(iso2);
      }
    }
  });
});

describe("resolveCountry on real names", () => {
  it(
    "resolves a mangled real name to the same country, never to another",
    () => {
      fc.assert(
        fc.property(mangledName, ({ written, iso2 }) => {
          const resolution = resolveCountry(written);
          expect(resolution.ok && resolution.kind === "country" ? resolution.country.iso2 : describeResolution(resolution), written).toBe(iso2);
        }),
        { numRuns: 4000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "resolves a mangled organisation's name to that organisation",
    () => {
      const orgNames = organisations().flatMap((org) => [org.names.en, ...org.aliases].map((name) => [name, org.code] as const));
      fc.assert(
        fc.property(fc.constantFrom(...orgNames), fc.boolean(), fc.boolean(), ([name, code], upper, addThe) => {
          const written = `${addThe ? "the " : ""}${upper ? name.toUpperCase() : name.toLowerCase()}`;
          const resolution = resolveCountry(written);
          expect(resolution.ok && resolution.kind === "org" ? resolution.org : describeResolution(resolution), written).toBe(code);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "resolves words strung together only when they are, in some order, exactly the words of one of that country's names",
    () => {
      // Judged against the packages' names and the reviewed aliases, not the resolver's own index.
      const wordsOf = (name: string) =>
        name
          .toLowerCase()
          .replace(/[-,]/g, " ")
          .split(/\s+/)
          .filter((word) => word !== "" && word !== "the")
          .sort()
          .join(" ");
      const namesOf = new Map<string, Set<string>>();
      for (const [name, iso2] of [...REAL_NAMES, ...aliases.aliases.map((alias): [string, string] => [alias.name, alias.iso2])]) {
        namesOf.set(iso2, (namesOf.get(iso2) ?? new Set()).add(wordsOf(name)));
      }
      const words = [
        "the",
        "Republic",
        "of",
        "Guinea",
        "Korea",
        "South",
        "Sudan",
        "Congo",
        "Democratic",
        "New",
        "Niger",
        "Islands",
        "Virgin",
        "United",
        "States",
        "Samoa",
        "American",
        "Papua",
        "Equatorial",
        "-",
        ",",
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (parts) => {
          const input = parts.join(" ");
          const resolution = resolveCountry(input);
          if (resolution.ok && resolution.kind === "country") expect(namesOf.get(resolution.country.iso2), input).toContain(wordsOf(input));
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
