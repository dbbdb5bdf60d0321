/**
 * `npx tsx bench/heap.ts [--words 300000] [--variant draftwise] [--corpus prose|story]`: what the page's JS heap holds.
 * Opens one variant the way the bench does, takes a heap snapshot after a GC and prints the
 * constructors (or node kinds) with the most self size.
 */
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { benchStory, CORPORA, parseCorpus } from "./corpus";
import { withOpenedStory, type Variant } from "./typing";

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[]];
      edge_fields: string[];
      edge_types: [string[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Who holds the objects named `target`: parent name and edge name, two levels up. */
function retainers(snap: Snapshot, target: string): string[] {
  const nf = snap.snapshot.meta.node_fields;
  const ef = snap.snapshot.meta.edge_fields;
  const edgeTypes = snap.snapshot.meta.edge_types[0];
  const [N, EC] = ["name", "edge_count"].map((f) => nf.indexOf(f));
  const [ET, EN, TO] = ["type", "name_or_index", "to_node"].map((f) => ef.indexOf(f));
  const parents = new Map<number, [number, string][]>();
  let edge = 0;
  for (let i = 0; i < snap.nodes.length; i += nf.length) {
    const count = snap.nodes[i + EC!]!;
    for (let e = edge; e < edge + count * ef.length; e += ef.length) {
      const type = edgeTypes[snap.edges[e + ET!]!]!;
      if (type === "weak") continue;
      const to = snap.edges[e + TO!]!;
      const name =
        type === "element" || type === "hidden"
          ? `[${snap.edges[e + EN!]}]`
          : snap.strings[snap.edges[e + EN!]!]!;
      (parents.get(to) ?? parents.set(to, []).get(to)!).push([i, `${type}:${name}`]);
    }
    edge += count * ef.length;
  }
  const nameOf = (i: number): string => snap.strings[snap.nodes[i + N!]!]!;
  // ".name" selects the objects held under a property of that name.
  const held = new Set<number>();
  if (target.startsWith("."))
    for (const [child, list] of parents)
      if (list.some(([, via]) => via === `property:${target.slice(1)}`)) held.add(child);
  const out: string[] = [];
  for (let i = 0; i < snap.nodes.length; i += nf.length) {
    if (target.startsWith(".") ? !held.has(i) || nameOf(i) !== "Array" : nameOf(i) !== target)
      continue;
    // Each holder, and the chain of first holders above it (a few levels).
    for (const [p, via] of parents.get(i) ?? []) {
      let line = `${target} <-${via}- ${nameOf(p)}`;
      let at = p;
      for (let level = 0; level < Number(process.env.HEAP_DEPTH ?? 2); level++) {
        const up = (parents.get(at) ?? []).find(([q]) => !nameOf(q).startsWith("system /"));
        if (!up) break;
        line += ` <-${up[1]}- ${nameOf(up[0])}`;
        at = up[0];
      }
      out.push(line);
    }
  }
  return out;
}

/** Plain objects grouped by their property names (what kind of record they are). */
function objectShapes(snap: Snapshot): [string, number][] {
  const nf = snap.snapshot.meta.node_fields;
  const ef = snap.snapshot.meta.edge_fields;
  const types = snap.snapshot.meta.node_types[0];
  const edgeTypes = snap.snapshot.meta.edge_types[0];
  const [T, N, EC] = ["type", "name", "edge_count"].map((f) => nf.indexOf(f));
  const [ET, EN] = ["type", "name_or_index"].map((f) => ef.indexOf(f));
  const shapes = new Map<string, number>();
  let edge = 0;
  for (let i = 0; i < snap.nodes.length; i += nf.length) {
    const count = snap.nodes[i + EC!]!;
    if (types[snap.nodes[i + T!]!] === "object" && snap.strings[snap.nodes[i + N!]!] === "Object") {
      const names: string[] = [];
      for (let e = edge; e < edge + count * ef.length; e += ef.length)
        if (edgeTypes[snap.edges[e + ET!]!] === "property")
          names.push(snap.strings[snap.edges[e + EN!]!]!);
      const key = names.filter((n) => n !== "__proto__").join(",");
      shapes.set(key, (shapes.get(key) ?? 0) + 1);
    }
    edge += count * ef.length;
  }
  return [...shapes].sort((a, b) => b[1] - a[1]);
}

/**
 * The editor document's nodes by type: how the text became nodes weighs on the heap as much as
 * any result (a hard-wrapped paragraph is a text node and a hard break per line).
 */
async function documentNodes(page: Page, viewExpression: string): Promise<string> {
  const counts = (await page.evaluate(`(() => {
    const counts = {};
    ${viewExpression}.state.doc.descendants((node) => {
      counts[node.type.name] = (counts[node.type.name] ?? 0) + 1;
    });
    return counts;
  })()`)) as Record<string, number>;
  return Object.entries(counts)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      words: { type: "string", default: "300000" },
      variant: { type: "string", default: "draftwise" },
      corpus: { type: "string", default: CORPORA[0] },
    },
  });
  const text = benchStory(parseCorpus(values.corpus), Number(values.words));
  await withOpenedStory(values.variant as Variant, text, async (opened) => {
    process.stdout.write(`document: ${await documentNodes(opened.page, opened.viewExpression)}\n`);
    const cdp = await opened.page.context().newCDPSession(opened.page);
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = await cdp.send("Runtime.getHeapUsage");
    process.stdout.write(
      `heap in use (as the bench reads it): ${(usage.usedSize / 2 ** 20).toFixed(2)} MB of ${(usage.totalSize / 2 ** 20).toFixed(2)} MB\n`,
    );
    const chunks: string[] = [];
    cdp.on("HeapProfiler.addHeapSnapshotChunk", (e) => chunks.push(e.chunk));
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    const snap = JSON.parse(chunks.join("")) as Snapshot;
    const fields = snap.snapshot.meta.node_fields;
    const types = snap.snapshot.meta.node_types[0];
    const [T, N, S] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
    const totals = new Map<string, { size: number; count: number }>();
    let all = 0;
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const type = types[snap.nodes[i + T!]!]!;
      const name =
        type === "object" || type === "closure" ? snap.strings[snap.nodes[i + N!]!]! : `(${type})`;
      const size = snap.nodes[i + S!]!;
      all += size;
      const t = totals.get(name) ?? { size: 0, count: 0 };
      t.size += size;
      t.count++;
      totals.set(name, t);
    }
    process.stdout.write(`${values.variant}: ${(all / 2 ** 20).toFixed(2)} MB in the snapshot\n`);
    if (process.env.HEAP_RETAINERS)
      for (const line of retainers(snap, process.env.HEAP_RETAINERS).slice(0, 30))
        process.stdout.write(`${line}\n`);
    if (process.env.HEAP_SHAPES)
      for (const [shape, n] of objectShapes(snap).slice(0, 15))
        process.stdout.write(`shape ${String(n).padStart(7)}  {${shape.slice(0, 90)}}\n`);
    const strings: { size: number; text: string }[] = [];
    for (let i = 0; i < snap.nodes.length; i += fields.length)
      if (types[snap.nodes[i + T!]!] === "string")
        strings.push({ size: snap.nodes[i + S!]!, text: snap.strings[snap.nodes[i + N!]!]! });
    strings.sort((a, b) => b.size - a.size);
    if (process.env.HEAP_STRINGS) {
      const byText = new Map<string, { n: number; size: number }>();
      for (const { size, text } of strings) {
        const key = text.length > 40 ? `${text.slice(0, 20)}…(${text.length})` : text;
        const t = byText.get(key) ?? { n: 0, size: 0 };
        t.n++;
        t.size += size;
        byText.set(key, t);
      }
      for (const [text, t] of [...byText].sort((a, b) => b[1].size - a[1].size).slice(0, 25))
        process.stdout.write(
          `same ${String(t.n).padStart(6)}x ${(t.size / 1024).toFixed(0).padStart(6)} KB ${JSON.stringify(text)}\n`,
        );
    }
    for (const { size, text } of strings.slice(0, Number(process.env.HEAP_STRINGS ?? 0)))
      process.stdout.write(
        `string ${(size / 1024).toFixed(0).padStart(6)} KB ${JSON.stringify(text.slice(0, 60))}\n`,
      );
    for (const [name, t] of [...totals].sort((a, b) => b[1].size - a[1].size).slice(0, 30))
      process.stdout.write(
        `${(t.size / 2 ** 20).toFixed(2).padStart(7)} MB ${String(t.count).padStart(8)}  ${name.slice(0, 80)}\n`,
      );
  });
}

void main();
