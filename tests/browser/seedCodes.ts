// The seed statement's ISO codes as the browser tests expect them on the map, taken from the
// tests' one list of its parties and their sources (tests/fixtures/seedStatement.ts).
import { SEED_ADDITIONS as ADDITIONS, SEED_SIGNATORY_CODES, SEED_SUBJECTS as SUBJECTS } from "../fixtures/seedStatement";

export const SEED_SIGNATORIES: readonly string[] = SEED_SIGNATORY_CODES;
export const SEED_SUBJECTS: readonly string[] = SUBJECTS.map((party) => party.iso2);
export const SEED_ADDITIONS: readonly string[] = ADDITIONS.map((party) => party.iso2);
