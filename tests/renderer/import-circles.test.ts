/**
 * Import circles in renderer/, type-only imports included. ESLint's import-x/no-cycle keeps out
 * circles that run (it skips `import type`, which is erased); this also sees the ones that only
 * tie the types together, which still make two modules one to read and change. There are none:
 * features take the `App` interface (editor/feature.ts), not the controller that imports them,
 * and the worker's types name each other one way (analysis/local-range.ts, core/cast/corrections.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Each file's relative imports (static, dynamic and type-only) that land in `files`. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const resolve = (from: string, spec: string): string | undefined => {
    const base = path.resolve(path.dirname(from), spec);
    return [`${base}.ts`, path.join(base, "index.ts"), base].find(
      (f) => known.has(f) && statSync(f).isFile(),
    );
  };
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      const targets = importedFiles
        .map((i) => i.fileName)
        .filter((spec) => spec.startsWith("."))
        .map((spec) => resolve(file, spec))
        .filter((f): f is string => f !== undefined);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Strongly connected groups of more than one file (Tarjan), each sorted, as repo paths. */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      group.push(path.relative(root, w).split(path.sep).join("/"));
      if (w === v) break;
    }
    if (group.length > 1) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe("import circles in renderer/", () => {
  it("are none, type-only ones included", () => {
    const found = circles(importGraph(sourceFiles(path.join(root, "renderer"))));
    expect(found).toEqual([]);
  });

  it("finds a circle, and leaves out a file that only points into it", () => {
    const dir = "/virtual";
    const files = ["a.ts", "b.ts", "c.ts"].map((f) => path.join(dir, f));
    const graph = new Map([
      [files[0]!, [files[1]!]],
      [files[1]!, [files[0]!]],
      [files[2]!, [files[0]!]],
    ]);
    expect(circles(graph)).toEqual([
      [path.relative(root, files[0]!), path.relative(root, files[1]!)].sort(),
    ]);
  });
});
