// Lint: typescript-eslint's recommended rules plus the layer boundaries from STYLE.md.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const nodeBuiltins = ["node:*", "fs", "fs/*", "path", "os", "child_process", "crypto", "url", "util", "stream", "buffer", "module", "http"];

export default tseslint.config(
  { ignores: ["dist/**", "release/**", "node_modules/**", "test-results/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: nodeBuiltins, message: "core/ is pure TypeScript: no Node imports." },
            { group: ["electron", "electron/*", "prosemirror-view", "**/renderer/**", "**/electron/**", "**/cli/**"], message: "core/ imports nothing from the other layers, DOM or Electron." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "process", "Buffer", "require", "navigator"],
    },
  },
  {
    files: ["renderer/**/*.ts"],
    languageOptions: { globals: globals.browser },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: nodeBuiltins, message: "The renderer runs sandboxed: no Node." },
            { group: ["electron", "**/electron/**", "**/cli/**"], message: "The renderer reaches its host only through the HostApi object." },
          ],
        },
      ],
    },
  },
  {
    files: ["electron/host/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["electron", "**/renderer/**"], message: "The Node host imports nothing from Electron, so the CLI and tests share it." }] }],
    },
  },
  {
    files: ["electron/**/*.ts", "cli/**/*.ts", "scripts/**/*.mjs", "bin/**/*.mjs", "tests/fixtures/**/*.mjs", "bench/**/*.ts", "eval/**/*.ts", "tests/**/*.ts", "*.js", "*.ts"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
