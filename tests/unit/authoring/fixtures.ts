// The real articles in tests/fixtures/articles, each with what a careful editor expects of it.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DraftOptions } from "../../../src/authoring/types";

export const ARTICLES_DIR = fileURLToPath(new URL("../../fixtures/articles/", import.meta.url));

export interface ArticleFixture {
  name: string;
  text: string;
  expected: {
    provenance: { publisher: string; url: string; published: string; shape: string; note: string };
    /** The article's language, when it is not English. */
    lang?: string;
    signatories: string[];
    subjects: string[];
    statedCount?: number;
    date?: string;
    source?: string;
    options?: DraftOptions;
  };
}

/** Every fixture article, by name. */
export function articleFixtures(): ArticleFixture[] {
  return readdirSync(ARTICLES_DIR)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      return {
        name,
        text: readFileSync(`${ARTICLES_DIR}${file}`, "utf8"),
        expected: JSON.parse(readFileSync(`${ARTICLES_DIR}${name}.expected.json`, "utf8")) as ArticleFixture["expected"],
      };
    });
}

export function articleFixture(name: string): ArticleFixture {
  const found = articleFixtures().find((fixture) => fixture.name === name);
  if (!found) throw new Error(`no fixture article ${name}`);
  return found;
}
