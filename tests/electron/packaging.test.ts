/**
 * The packaged app can start: every package the built main and preload load at run time is one
 * electron-builder packs. The packed set comes from electron-builder's own dependency collector,
 * called the way it calls it while packing (app-builder-lib's resolveFirstMatchingCollection:
 * the project's package manager first, a walk of node_modules as the fallback), so a package left
 * external by the bundle but kept in devDependencies (iconv-lite once) fails here, not on a
 * writer's machine. And package.json says what is true: `dependencies` lists exactly what runs,
 * and `engines` asks for a Node every tool in devDependencies runs on.
 */
import { builtinModules, createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without type declarations.
import { buildElectron } from "../../scripts/build.mjs";
import { DICTIONARY_PACKAGES } from "../../electron/host/dictionary-packages";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "../..");

interface PackageJson {
  name: string;
  main: string;
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as PackageJson;

interface NodeModuleInfo {
  name: string;
  version: string;
  dir: string;
}
const { getCollectorByPackageManager, PM } =
  require("app-builder-lib/out/node-module-collector/index.js") as {
    PM: { NPM: string; TRAVERSAL: string };
    getCollectorByPackageManager(
      pm: string,
      dir: string,
      tmp: unknown,
    ): { getNodeModules(o: { packageName: string }): Promise<{ nodeModules: NodeModuleInfo[] }> };
  };
const { resolveFirstMatchingCollection } = require("app-builder-lib/out/util/appFileCopier.js") as {
  resolveFirstMatchingCollection(o: {
    pmApproaches: string[];
    searchDirectories: string[];
    dependencies: Record<string, string>;
    run: (pm: string, dir: string) => Promise<{ nodeModules: NodeModuleInfo[] }>;
  }): Promise<{ nodeModules: NodeModuleInfo[] } | undefined>;
};
const { TmpDir } = require("builder-util") as {
  TmpDir: new (debugName: string) => { cleanup(): Promise<void> };
};
const semver = require("semver") as {
  subset(sub: string, dom: string): boolean;
  satisfies(version: string, range: string): boolean;
};

/** The package a bare specifier names: `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

const isBuiltin = (specifier: string): boolean =>
  specifier.startsWith("node:") || builtinModules.includes(packageOf(specifier));

/** Packages an output loads at run time: its imports esbuild left external, electron aside. */
function externalPackages(metafile: Metafile): string[] {
  return Object.values(metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((i) => i.external && !isBuiltin(i.path))
    .map((i) => packageOf(i.path));
}

/** What electron-builder would copy into the app's node_modules (the top-level package names). */
async function packedByElectronBuilder(): Promise<Set<string>> {
  const tmp = new TmpDir("draftwise-packaging-test");
  try {
    const collection = await resolveFirstMatchingCollection({
      pmApproaches: [PM.NPM, PM.TRAVERSAL],
      searchDirectories: [root],
      dependencies: pkg.dependencies,
      run: (pm, dir) =>
        getCollectorByPackageManager(pm, dir, tmp).getNodeModules({ packageName: pkg.name }),
    });
    return new Set((collection?.nodeModules ?? []).map((m) => m.name));
  } finally {
    await tmp.cleanup();
  }
}

describe("the packaged app", () => {
  let loaded: { main: string[]; preload: string[] };
  let packed: Set<string>;
  beforeAll(async () => {
    const built = (await buildElectron()) as { main: Metafile; preload: Metafile };
    loaded = {
      // Main also reads the dictionaries' files from node_modules by path (not an import).
      main: [...new Set([...externalPackages(built.main), ...Object.values(DICTIONARY_PACKAGES)])],
      preload: [...new Set(externalPackages(built.preload))],
    };
    packed = await packedByElectronBuilder();
  }, 120_000);

  it("starts from the main this test builds", () => {
    expect(pkg.main).toBe("dist/electron/main.mjs");
  });

  it("packs every package the built main and preload load at run time", () => {
    const missing = [...loaded.main, ...loaded.preload].filter(
      (name) => name !== "electron" && !packed.has(name),
    );
    expect(missing).toEqual([]);
    // The collector did run: the dictionaries main reads are among what it packs.
    for (const name of Object.values(DICTIONARY_PACKAGES)) expect(packed).toContain(name);
  });

  it("keeps the sandboxed preload to electron alone", () => {
    expect(loaded.preload.filter((name) => name !== "electron")).toEqual([]);
  });

  it("lists in dependencies exactly what main loads at run time", () => {
    const runtime = loaded.main.filter((name) => name !== "electron").sort();
    expect(Object.keys(pkg.dependencies).sort()).toEqual(runtime);
  });
});

/**
 * Dev tools whose engines field asks for a newer Node than they use, with the range they do run
 * on and what was checked. Electron 45 asks for 22.12.0, the first 22 that loads an ES module
 * through require() unflagged; its install script needs no more than that (it requires
 * @electron/get 5, an ES module), and Node 20 has it from 20.19.0: the script runs on Node 20.20
 * to the download. (electron-builder's @electron/rebuild and node-abi say the same, for native
 * modules the app has none of; both load on Node 20.20.)
 */
const RUNS_ON_MORE_THAN_ITS_ENGINES: Readonly<Record<string, string>> = { electron: "^20.19.0" };

describe("package.json engines", () => {
  it("admits the Node the tests run on", () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  it("asks for a Node every dev tool's engines field accepts, or the tool was checked on", () => {
    const refusedBy: string[] = [];
    for (const name of Object.keys(pkg.devDependencies)) {
      const wanted = (
        JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as {
          engines?: { node?: string };
        }
      ).engines?.node;
      const runsOn = RUNS_ON_MORE_THAN_ITS_ENGINES[name];
      const accepted = wanted && runsOn ? `${wanted} || ${runsOn}` : wanted;
      if (accepted && !semver.subset(pkg.engines.node, accepted))
        refusedBy.push(`${name}: ${wanted}`);
    }
    expect(refusedBy).toEqual([]);
  });
});
