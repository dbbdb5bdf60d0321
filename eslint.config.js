// Lint: typescript-eslint's recommended rules, promises that are awaited or handled (type-aware),
// the layer boundaries from STYLE.md, and no import circles in the renderer.
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "node:*",
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "crypto",
  "url",
  "util",
  "stream",
  "buffer",
  "module",
  "http",
];

/** What the analysis worker bundles: it runs without the DOM, the editor or the app. */
const workerFiles = [
  "renderer/analysis/worker.ts",
  "renderer/analysis/engine.ts",
  "renderer/analysis/local-range.ts",
  "renderer/analysis/mention-table.ts",
  "renderer/analysis/patch.ts",
  "renderer/analysis/protocol.ts",
];

/**
 * The renderer's feature folders. Each is one room: its plugin, panels, commands and css, and an
 * index.ts that is its public face. Beneath them editor/ (the app, schema, story <-> document),
 * ui/ (small shared views) and analysis/ (the worker and what it draws); above them only the
 * app's composition (start.ts, features.ts) and the app-wide commands in commands/.
 */
const featureFolders = [
  "notes",
  "cast",
  "outline",
  "find",
  "focus",
  "session",
  "export",
  "versions",
];
const composition = ["renderer/commands", "renderer/features.ts", "renderer/start.ts"];

/** import-x/no-restricted-paths zones that keep those layers and rooms apart. */
const renderLayers = [
  {
    target: "renderer/editor",
    from: [
      "renderer/ui",
      "renderer/analysis",
      ...featureFolders.map((f) => `renderer/${f}`),
      ...composition,
    ],
    message: "editor/ is the floor: the app and the document know no feature, view or analysis.",
  },
  {
    target: ["renderer/ui", "renderer/analysis"],
    from: [...featureFolders.map((f) => `renderer/${f}`), ...composition],
    message: "ui/ and analysis/ sit beneath the features: features call them, never the reverse.",
  },
  ...featureFolders.map((feature) => ({
    target: `renderer/${feature}`,
    from: composition,
    message: "A feature knows the app through editor/feature.ts, not the code that composes it.",
  })),
  // Another feature, and the composition above, see a feature only through its index.ts.
  ...featureFolders.map((feature) => ({
    target: [
      ...featureFolders.filter((f) => f !== feature).map((f) => `renderer/${f}`),
      ...composition,
    ],
    from: `renderer/${feature}`,
    except: ["./index.ts"],
    message: `A feature's files are its own: import renderer/${feature}/index.ts.`,
  })),
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "release/**",
      "node_modules/**",
      "test-results/**",
      "coverage/**",
      // tsc's caches and the declarations `tsc -b` writes for core/, renderer/ and electron/.
      ".cache/**",
      // Data copied from elsewhere (LitBank and its scorer), kept as it came.
      "tests/fixtures/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // Type-aware: a promise nobody awaits loses its error. `void` marks one left to run on its
    // own on purpose, with a comment that says why (or a .catch that handles it).
    // One program over every linted file (tsconfig.eslint.json), not the project service's one
    // per tsconfig: each of those checked core/ again (89 -> 52 s of CPU in npm test). Type
    // errors are tsc's (`npm run typecheck`, each layer with its own libs); this only asks for
    // types, and a .ts file outside that program stops the lint instead of going unchecked.
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { project: "./tsconfig.eslint.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
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
            {
              group: [
                "electron",
                "electron/*",
                "prosemirror-view",
                "**/renderer/**",
                "**/electron/**",
                "**/cli/**",
              ],
              message: "core/ imports nothing from the other layers, DOM or Electron.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "process",
        "Buffer",
        "require",
        "navigator",
      ],
    },
  },
  {
    files: ["renderer/**/*.ts"],
    languageOptions: { globals: globals.browser },
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js"] })],
    },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: nodeBuiltins, message: "The renderer runs sandboxed: no Node." },
            {
              group: ["electron", "**/electron/**", "**/cli/**"],
              message: "The renderer reaches its host only through the HostApi object.",
            },
          ],
        },
      ],
      // A circle of imports makes load order matter and two modules one; type imports are free.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: workerFiles,
              from: "renderer",
              except: workerFiles.map((f) => `./${f.slice("renderer/".length)}`),
              message: "The analysis worker has no DOM, editor or app: it imports core/ only.",
            },
            ...renderLayers,
          ],
        },
      ],
    },
  },
  {
    files: ["electron/host/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["electron", "**/renderer/**"],
              message:
                "The Node host imports nothing from Electron, so the CLI and tests share it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "electron/**/*.ts",
      "cli/**/*.ts",
      "scripts/**/*.mjs",
      "bin/**/*.mjs",
      "bench/**/*.ts",
      "eval/**/*.ts",
      "tests/**/*.ts",
      "*.js",
      "*.ts",
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
