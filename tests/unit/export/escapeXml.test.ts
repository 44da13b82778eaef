// @vitest-environment jsdom
import fc from "fast-check";
import { expect, it } from "vitest";
import { escapeXml } from "../../../src/export/escapeXml";

const XML_CHARS = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

it("escapeXml makes any text survive an XML parser, in an element and in an attribute, losing only what XML cannot carry", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (text) => {
      const doc = new DOMParser().parseFromString(`<t a="${escapeXml(text)}">${escapeXml(text)}</t>`, "application/xml");
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      const expected = text.replace(XML_CHARS, "");
      // Parsers normalise white space in attributes, and line ends everywhere; compare what survives those rules.
      expect(doc.documentElement.textContent).toBe(expected.replace(/\r\n?/g, "\n"));
      expect(doc.documentElement.getAttribute("a")).toBe(expected.replace(/\r\n|[\t\n\r]/g, " "));
    }),
  );
});

it("escapeXml escapes the five XML specials", () => {
  expect(escapeXml(`Trinidad & Tobago "<T&T>" it's`)).toBe("Trinidad &amp; Tobago &quot;&lt;T&amp;T&gt;&quot; it&apos;s");
});
