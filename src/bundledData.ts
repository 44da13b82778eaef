// The data the build prepared (src/build/prepareData.ts), typed once where it enters the app.
import type { Country } from "./countries/types";
import type { World } from "./geo/types";
import type { Statement, StatementProblem } from "./statement/types";
import worldJson from "./generated/world.json";
import countriesJson from "./generated/countries.json";
import defaultStatementJson from "./generated/defaultStatement.json";

export const world = worldJson as unknown as World;
export const countries = countriesJson as unknown as Country[];
/** The default statement, validated and resolved at build time, so readers' browsers never run the resolver for it. */
export const defaultStatement = defaultStatementJson as unknown as { statement: Statement; warnings: StatementProblem[] };
