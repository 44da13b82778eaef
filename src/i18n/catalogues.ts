// Every catalogue at once, for the tests that check them all side by side. The app never imports
// this module: it loads the one language a page needs with loadMessages (./messages).
import { de } from "./de";
import { fr } from "./fr";
import { ko } from "./ko";
import { en, type Messages } from "./messages";
import { uk } from "./uk";

/** Every language's catalogue, by language tag, in the order of `supportedLanguages`. */
export const catalogues: Record<string, Messages> = { en, de, fr, uk, ko };
