import { UNHASHED_LOADER, type LoaderRef } from "./embedCode";

/** Defined by the build (vite.config.ts, embedLoader): the loader's hashed file and its sha384, known before the app is bundled. */
declare const __SIGNATORY_MAP_EMBED_LOADER__: LoaderRef | undefined;

/**
 * The embed loader this build published: builtLoader() → { file: "assets/embed-3fA9x_2b.js",
 * integrity: "sha384-…" } in a built site; embed.js with no hash on the development server and in
 * the prerender, which run without the build's define.
 */
export function builtLoader(): LoaderRef {
  return typeof __SIGNATORY_MAP_EMBED_LOADER__ === "undefined" ? UNHASHED_LOADER : __SIGNATORY_MAP_EMBED_LOADER__;
}
