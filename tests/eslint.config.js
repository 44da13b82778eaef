// Lint (npm run lint, part of npm test): the recommended JavaScript and TypeScript rules, and React's rules of hooks.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
  { files: ["tests/**", "src/build/**", "src/**/write*.ts", "src/countries/cli.ts", "*.config.*"], languageOptions: { globals: globals.node } },
  { files: ["tests/bench/probe.js", "tests/bench/d3peer/*.js"], languageOptions: { globals: globals.browser } },
);
