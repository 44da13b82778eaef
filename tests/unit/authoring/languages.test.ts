import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/authoring/detectLanguage";
import { draftStatement } from "../../../src/authoring/draftStatement";
import { findDates } from "../../../src/authoring/findDates";
import { findStatedCounts } from "../../../src/authoring/findStatedCount";
import { declinedKeys } from "../../../src/authoring/nameIndex";
import { findClaims } from "../../../src/authoring/findClaims";

const unit = (text: string) => ({ paragraph: 0, text, listItem: false });

describe("detectLanguage", () => {
  it("tells the five languages apart by their commonest words (Korean by its script)", () => {
    expect(detectLanguage("A group of 48 nations have condemned the transfer of missiles, the ministers said on Wednesday.")).toBe("en");
    expect(detectLanguage("Die Außenminister der G7 verurteilen den Angriff auf das Schärfste und fordern Russland auf, die Truppen abzuziehen.")).toBe("de");
    expect(detectLanguage("Les ministres des Affaires étrangères du G7 condamnent les tirs et appellent la Corée du Nord à cesser.")).toBe("fr");
    expect(detectLanguage("Міністри закордонних справ G7 засудили запуски ракет і закликали КНДР до діалогу.")).toBe("uk");
    expect(detectLanguage("주요 7개국 외교장관들은 북한의 탄도미사일 발사를 강력히 규탄했다.")).toBe("ko");
  });

  it("reads English when nothing tells, and is not fooled by a few foreign names", () => {
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("12345 !!!")).toBe("en");
    expect(detectLanguage("The ministers of the Côte d'Ivoire, the République du Congo and the Deutsche Welle said that the talks will go on.")).toBe("en");
  });
});

describe("dates in the five languages", () => {
  it("reads German, French, Ukrainian and Korean dates", () => {
    expect(findDates("Berlin, 20. April 2022").map((date) => date.iso)).toEqual(["2022-04-20"]);
    expect(findDates("am 3. März 2023 und am 4. Nov. 2022").map((date) => date.iso)).toEqual(["2023-03-03", "2022-11-04"]);
    expect(findDates("Paris, le 4 novembre 2022 et le 1er décembre 2022").map((date) => date.iso)).toEqual(["2022-11-04", "2022-12-01"]);
    expect(findDates("Київ, 20 квітня 2022 року").map((date) => date.iso)).toEqual(["2022-04-20"]);
    expect(findDates("2022년 4월 20일 서울").map((date) => date.iso)).toEqual(["2022-04-20"]);
  });

  it("refuses a date that is not in the calendar", () => {
    expect(findDates("am 31. April 2022, le 30 février 2022")).toEqual([]);
  });
});

describe("stated counts in the five languages", () => {
  it("reads digits before the language's word for countries", () => {
    const countOf = (text: string) => findStatedCounts([unit(text)]).map((count) => count.count);
    expect(countOf("Die Außenminister von 11 Ländern verurteilten den Angriff.")).toEqual([11]);
    expect(countOf("Les ministres de 48 pays ont condamné les transferts.")).toEqual([48]);
    expect(countOf("Заяву підписали 12 країн.")).toEqual([12]);
    expect(countOf("10개국 외교장관은 공동성명을 발표했다.")).toEqual([10]);
    expect(countOf("Mehr als 40 Ländern, plus de 40 pays")).toEqual([]);
  });
});

describe("declined names in running text", () => {
  it("finds the German genitive and dative forms of a name, and a Korean particle", () => {
    expect(declinedKeys("vereinigtes konigreich", "de")).toContain("vereinigten konigreichs");
    expect(declinedKeys("deutschland", "de")).toContain("deutschlands");
    expect(declinedKeys("niederlande", "de")).toContain("niederlanden");
    expect(declinedKeys("deutschland", "fr")).toEqual([]);
  });
});

describe("claims in German and French", () => {
  it("gives the statement's own voice to 'Wir'/'Nous' and the reported voice to 'laut'/'selon'", () => {
    const claims = findClaims({
      paragraphs: [
        "Wir verurteilen die Starts ballistischer Raketen auf das Schärfste.",
        "Laut der Internationalen Atomenergie-Organisation bereitet Nordkorea einen weiteren Atomtest vor.",
        "Selon l'Agence internationale de l'énergie atomique, la Corée du Nord prépare un nouvel essai nucléaire.",
        "Nach Angaben des Pentagons wurden die Raketen aus Nordkorea geliefert.",
      ],
      signers: "die Außenminister",
      listSpans: [],
    });
    expect(claims.map((claim) => [claim.by, claim.voice])).toEqual([
      ["die Außenminister", "statement"],
      ["der Internationalen Atomenergie-Organisation", "reported"],
      ["l'Agence internationale de l'énergie atomique", "reported"],
      ["des Pentagons", "reported"],
    ]);
  });
});

describe("drafts of German and French reports", () => {
  it("reads the signers a German report names, and the subject its verb condemns, not the victim", () => {
    const draft = draftStatement(
      "Gipfel in Athen\n\nDie Unterzeichnerländer des Dokuments waren die Staats- und Regierungschefs von Serbien, Moldawien, Montenegro, Rumänien, Kosovo und Griechenland. Sie verurteilten den Angriffskrieg Russlands gegen die Ukraine.",
    );
    expect(draft.file.lang).toBe("de");
    expect(draft.file.signatories).toEqual(["Serbien", "Moldawien", "Montenegro", "Rumänien", "Kosovo", "Griechenland"]);
    expect(draft.file.subjects).toEqual(["Russlands"]);
  });

  it("reads 'gemeinsame Erklärung von', 'unterzeichnet' with its stated count, and 'signée par'", () => {
    const joint = draftStatement(
      "Erklärung zu Belarus\n\nIn einer gemeinsamen Erklärung von Deutschland, Frankreich und Polen heißt es, die Regierungen verurteilten die Repression in Belarus.",
    );
    expect(joint.file.signatories).toEqual(["Deutschland", "Frankreich", "Polen"]);
    const counted = draftStatement(
      "Die Erklärung wurde von 11 Ländern unterzeichnet: Deutschland, Frankreich, Italien, Spanien, Polen, Schweden, Finnland, Dänemark, Estland, Lettland und Litauen.",
    );
    expect(counted.file.signatories).toHaveLength(11);
    expect(counted.file.statedCount).toBe(11);
    const signed = draftStatement(
      "Déclaration sur le Bélarus\n\nLa déclaration a été signée par l’Allemagne, la France, la Pologne et les Pays-Bas. Les signataires condamnent la répression au Bélarus.",
    );
    expect(signed.file.lang).toBe("fr");
    expect(signed.file.signatories).toEqual(["Allemagne", "France", "Pologne", "Pays-Bas"]);
    expect(signed.valid || signed.report.problems.every((problem) => !/signatories/.test(problem.field))).toBe(true);
  });
});

describe("drafts of articles in Ukrainian and Korean", () => {
  it("reads a Ukrainian list of names, its date and its language", () => {
    const draft = draftStatement(
      "Спільна заява щодо підтримки України\n\nКиїв, 24 лютого 2023 року\n\nЗаяву підписали: Польща, Литва, Латвія, Естонія та Чехія. Міністри закликали Росію негайно вивести війська.",
    );
    expect(draft.file.lang).toBe("uk");
    expect(draft.file.date).toBe("2023-02-24");
    expect(draft.file.signatories).toEqual(["Польща", "Литва", "Латвія", "Естонія", "Чехія"]);
  });

  it("reads a Ukrainian list in the genitive, each name as written, resolved by the Ukrainian rules", () => {
    const draft = draftStatement(
      "Спільна заява міністрів закордонних справ G7\n\nМюнстер, 4 листопада 2022 року\n\nМіністри закордонних справ Німеччини, Італії, Канади, Сполучених Штатів, Сполученого Королівства, Франції та Японії засудили запуски балістичних ракет.",
    );
    expect(draft.file.lang).toBe("uk");
    expect(draft.file.date).toBe("2022-11-04");
    expect(draft.file.signatories).toEqual(["Німеччини", "Італії", "Канади", "Сполучених Штатів", "Сполученого Королівства", "Франції", "Японії"]);
    expect(draft.report.signerLists[0]?.reasons.join(" ")).toMatch(/introduced as the ones who speak/);
    expect(draft.report.unresolved).toEqual([]);
  });

  it("reads a Korean list of names, its date and its language", () => {
    const draft = draftStatement("한미일 외교장관 공동성명\n\n2023년 8월 18일\n\n미국, 일본, 한국 외교장관은 북한의 탄도미사일 발사를 규탄했다.");
    expect(draft.file.lang).toBe("ko");
    expect(draft.file.date).toBe("2023-08-18");
    expect(draft.file.signatories).toEqual(["미국", "일본", "한국"]);
  });
});
