// Lint (npm run lint, part of npm test): the recommended JavaScript and TypeScript rules, React's rules of hooks, and the layers' import rules.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The layers of docs/architecture.md, checked: each group names what a folder may not import.
// A folder's rule lists every group that applies to it, as a later rule replaces an earlier one.
const NODE_SIDE = ["src/build/**", "src/cli/**", "src/countries/cli.ts", "src/authoring/draftCli.ts", "src/**/write*.ts"];
const notNodeSide = {
  regex: "^node:|(^|/)(build|cli)(/|$)",
  message: "Shipped code runs in the browser: Node modules and src/build, src/cli stay on the data and authoring side.",
};
const notReact = {
  regex: "^(react|react-dom|d3-selection|d3-zoom|d3-transition)(/|$)",
  message: "The pure layers (docs/architecture.md) are plain data and functions: no React, no DOM-bound d3.",
};
const notPageParts = (...folders) => ({
  regex: `(^|/)(${folders.join("|")})(/|$)|(^|/)(App|main)$`,
  message: `A layer imports only from the layers above it (docs/architecture.md): not ${folders.join(", ")} or App.`,
});
const restrict = (files, patterns, ignores = []) => ({ files, ignores, rules: { "no-restricted-imports": ["error", { patterns }] } });

export default tseslint.config(
  { ignores: ["dist/", "src/generated/", "tests/bench/output/", "**/*.tmp.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  restrict(["src/**"], [notNodeSide], NODE_SIDE),
  restrict(
    ["src/{statement,countries,geo,i18n,view,authoring}/**", "src/author/*.ts"],
    [notNodeSide, notReact, notPageParts("map", "panel", "page", "embed", "export")],
    NODE_SIDE,
  ),
  // The downloads draw with the map's pure parts (palette, markers, inset), never with its components.
  restrict(
    ["src/export/**"],
    [
      notNodeSide,
      notReact,
      notPageParts("panel", "page", "embed"),
      {
        group: ["**/map/*", "!**/map/palette", "!**/map/markers", "!**/map/inset"],
        message: "The downloads use only the map's pure parts (palette, markers, inset).",
      },
    ],
  ),
  restrict(["src/map/**"], [notNodeSide, notPageParts("panel", "page", "embed", "export")]),
  restrict(["src/panel/**"], [notNodeSide, notPageParts("map", "page", "embed", "export")]),
  // The embed codes and messages speak the page's URL (embed/pageAddress), never import the page that reads it.
  restrict(["src/embed/**"], [notNodeSide, notPageParts("page")]),
  { files: ["tests/**", "src/build/**", "src/**/write*.ts", "src/countries/cli.ts", "*.config.*"], languageOptions: { globals: globals.node } },
  { files: ["tests/bench/probe.js", "tests/bench/d3peer/*.js", "tests/bench/floor/*.js"], languageOptions: { globals: globals.browser } },
);
