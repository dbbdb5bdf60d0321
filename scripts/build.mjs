#!/usr/bin/env node
// Bundles the four programs with esbuild: the renderer (browser), Electron's main and preload,
// and the CLI. Static files (HTML, CSS) are copied beside the renderer bundle.
//
// Every bundle carries its libraries: electron-builder packs only `dependencies`, so a package
// left external by main has to be listed there or the packaged app fails to start (iconv-lite
// did). What main still loads from node_modules at run time is only the dictionary data, read
// by path (electron/host/dictionaries.ts); tests/electron/packaging.test.ts holds the two lists
// together.
import { build } from "esbuild";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";

import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

/** ESM output has no `require`; CommonJS code bundled into it still asks for Node built-ins. */
const requireShim =
  'import { createRequire as __draftwiseCreateRequire } from "node:module"; const require = __draftwiseCreateRequire(import.meta.url);';

const common = { bundle: true, sourcemap: "linked", logLevel: "warning", absWorkingDir: root };

function cssFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".css"))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/**
 * Compiles each Hunspell dictionary's word forms into dist/dictionaries (core/notes/
 * dictionary-forms.ts), so the app, the CLI and the tests read them instead of expanding the
 * word file at every start (about half a second each). Kept when still made from the same files.
 * The packages are the host's own list (electron/host/dictionary-packages.ts), bundled with the
 * compiler.
 */
export async function buildDictionaries() {
  const { outputFiles } = await build({
    ...common,
    stdin: {
      contents: [
        'export { compileForms, formsMatch } from "./core/notes/dictionary-forms";',
        'export { DICTIONARY_PACKAGES } from "./electron/host/dictionary-packages";',
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    platform: "node",
    format: "esm",
    sourcemap: false,
    write: false,
  });
  const code = Buffer.from(outputFiles[0].contents).toString("base64");
  const { compileForms, formsMatch, DICTIONARY_PACKAGES } = await import(
    `data:text/javascript;base64,${code}`
  );
  const out = path.join(dist, "dictionaries");
  mkdirSync(out, { recursive: true });
  for (const [language, pkg] of Object.entries(DICTIONARY_PACKAGES)) {
    const dir = path.join(root, "node_modules", pkg);
    const aff = readFileSync(path.join(dir, "index.aff"), "utf8");
    const dic = readFileSync(path.join(dir, "index.dic"), "utf8");
    const file = path.join(out, `${language}.forms`);
    if (existsSync(file) && formsMatch(readFileSync(file, "utf8"), aff, dic)) continue;
    writeFileSync(file, compileForms(aff, dic));
  }
}

/** The CLI bundle, with the dictionary forms it reads. */
export async function buildCli() {
  await Promise.all([bundleCli(), buildDictionaries()]);
}

async function bundleCli() {
  await build({
    ...common,
    entryPoints: ["cli/main.ts"],
    outfile: "dist/cli.mjs",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: false,
    // Bundled CommonJS libraries (iconv-lite) call require() for Node's own modules.
    banner: { js: requireShim },
  });
}

/** Every chunk `entry` imports, statically or dynamically, except lazy ones (export, suggestions). */
function preloadsOf(metafile, entry) {
  const seen = new Set();
  const visit = (file) => {
    for (const { path: dep, kind } of metafile.outputs[file]?.imports ?? []) {
      if (seen.has(dep) || !dep.endsWith(".js")) continue;
      const eager = kind === "import-statement" || (file === entry && kind === "dynamic-import");
      if (!eager) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(entry);
  return [...seen];
}

export async function buildRenderer() {
  const out = path.join(dist, "renderer");
  // Chunk names carry hashes: start clean so no stale chunk ships.
  rmSync(out, { recursive: true, force: true });
  const { metafile } = await build({
    metafile: true,
    ...common,
    entryPoints: {
      app: "renderer/main.ts",
      "analysis-worker": "renderer/analysis/worker.ts",
      "host-calls": "renderer/host-calls.ts",
    },
    outdir: "dist/renderer",
    // Export builders and the suggestion speller load on first use; minified, the rest parses fast.
    splitting: true,
    minify: process.env.DRAFTWISE_NO_MINIFY !== "1",
    chunkNames: "chunks/[name]-[hash]",
    platform: "browser",
    format: "esm",
    target: "chrome120",
  });
  // The entry asks the host for the story, then imports the app: preloading the app's chunks
  // lets the browser fetch them while the entry runs.
  const preload = preloadsOf(metafile, "dist/renderer/app.js").map(
    (file) => `    <link rel="modulepreload" href="${path.relative("dist/renderer", file)}" />`,
  );
  writeFileSync(
    path.join(out, "index.html"),
    readFileSync(path.join(root, "renderer", "index.html"), "utf8").replace(
      '    <script type="module"',
      `${preload.join("\n")}\n    <script type="module"`,
    ),
  );
  // One stylesheet: the base, then each panel's or plugin's own CSS file, in name order.
  const sheets = [
    "renderer/styles.css",
    ...cssFiles(path.join(root, "renderer")).filter((f) => !f.endsWith("renderer/styles.css")),
  ];
  writeFileSync(
    path.join(out, "styles.css"),
    sheets
      .map(
        (f) =>
          `/* ${path.relative(root, path.resolve(root, f))} */\n${readFileSync(path.resolve(root, f), "utf8")}`,
      )
      .join("\n"),
  );
}

/** Builds main and preload; returns esbuild's metafiles (what each output imports) for the packaging test. */
export async function buildElectron() {
  const main = await build({
    ...common,
    metafile: true,
    entryPoints: ["electron/main.ts"],
    outfile: "dist/electron/main.mjs",
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["electron"],
    banner: { js: requireShim },
  });
  // A sandboxed preload must be one CommonJS file that requires nothing but electron.
  const preload = await build({
    metafile: true,
    ...common,
    entryPoints: ["electron/preload.ts"],
    outfile: "dist/electron/preload.cjs",
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["electron"],
  });
  return { main: main.metafile, preload: preload.metafile };
}

/** The browser shell (`npm start -- --browser`, `draftwise open`): Node, no Electron. */
export async function buildBrowserShell() {
  await build({
    ...common,
    entryPoints: ["electron/host/browser-launch.ts"],
    outfile: "dist/browser-shell.mjs",
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: false,
  });
}

/** The bench's bare ProseMirror page (bench/pages); it borrows the renderer's styles.css at run time and adds bare.css. */
export async function buildBench() {
  await build({
    ...common,
    entryPoints: { bare: "bench/pages/bare.ts" },
    outdir: "dist/bench",
    platform: "browser",
    format: "esm",
    target: "chrome120",
  });
  // The probe is injected as an init script into both the app and the bare page: one classic script.
  await build({
    ...common,
    entryPoints: ["bench/pages/probe.ts"],
    outfile: "dist/bench/probe.js",
    platform: "browser",
    format: "iife",
    target: "chrome120",
    sourcemap: false,
  });
  for (const name of ["bare.html", "bare.css"])
    cpSync(path.join(root, "bench", "pages", name), path.join(dist, "bench", name));
}

export async function buildAll() {
  mkdirSync(dist, { recursive: true });
  await Promise.all([
    buildCli(),
    buildRenderer(),
    buildElectron(),
    buildBrowserShell(),
    buildBench(),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();
