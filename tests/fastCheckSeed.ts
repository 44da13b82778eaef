// With FC_SEED set (CI sets it), every property test draws the same inputs, so CI gives the same
// answer for the same commit; without it, each run explores new inputs, as a developer wants. A
// failure prints its seed either way, to replay it: FC_SEED=<seed> npm run test:unit.
import fc from "fast-check";

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== "") fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
