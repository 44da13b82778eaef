// Statement files for the scale benchmark (tests/bench/scale.ts): as many as asked, made from a
// seed, each valid as a newsroom would write it, with the spread of sizes the bundled ones show
// (a handful of signers to over 150, later signers, organisations, subjects, several paragraphs).

/** A statement file's JSON, as in public/statements/ (docs/interface.md). */
export interface StatementFile {
  id: string;
  title: string;
  date: string;
  source: { name: string; url: string };
  text: string[];
  signatories: string[];
  subjects: string[];
  claims: { claim: string; quote: string; by: string }[];
  additions?: { name: string; date: string; source: { name: string } }[];
}

/** A small seeded generator (mulberry32), so every run builds the same statements. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "ministers governments partners affirm commitment cooperation security climate trade humanitarian law people region support dialogue sanctions peace development resilience transparency accountability".split(
    " ",
  );

/**
 * `count` statement files named `scale-0001`…, drawing signatories, later signers and subjects
 * from `codes` (ISO alpha-2 codes the resolver knows), one in three signed by the EU too.
 * @example generateStatements(2, ["FR", "DE", "PL"]).map((s) => s.id) // ["scale-0001", "scale-0002"]
 */
export function generateStatements(count: number, codes: readonly string[], seed = 13): StatementFile[] {
  const next = random(seed);
  const pick = (n: number) => [...codes].sort(() => next() - 0.5).slice(0, n);
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
  return Array.from({ length: count }, (_, i) => {
    const id = `scale-${String(i + 1).padStart(4, "0")}`;
    // Mostly small lists, some large: sizes from 2 to 180.
    const size = Math.min(codes.length - 8, 2 + Math.floor(next() ** 2 * 179));
    const [subjects, joined, signed] = ((all) => [all.slice(0, 2), all.slice(2, 2 + (i % 5 === 0 ? 6 : 0)), all.slice(8)])(pick(size + 8));
    const date = new Date(Date.UTC(2010, 0, 1) + Math.floor(next() * 15 * 365) * 86_400_000).toISOString().slice(0, 10);
    const text = Array.from({ length: 2 + Math.floor(next() * 5) }, () => `The ${sentence(60)}.`);
    const quote = text[0]!.slice(4, 60);
    return {
      id,
      title: `Joint statement ${i + 1} on ${sentence(6)}`,
      date,
      source: { name: "Scale Wire", url: `https://example.org/${id}` },
      text,
      signatories: i % 3 === 0 ? [...signed, "the European Union"] : signed,
      subjects,
      claims: [{ claim: `They ${sentence(8)}`, quote, by: "the ministers" }],
      ...(joined.length > 0 ? { additions: joined.map((name) => ({ name, date: "2026-01-01", source: { name: "Scale Wire" } })) } : {}),
    };
  });
}
