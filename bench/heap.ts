/**
 * `npx tsx bench/heap.ts [--words 300000] [--variant draftwise]`: what the page's JS heap holds.
 * Opens one variant the way the bench does, takes a heap snapshot after a GC and prints the
 * constructors (or node kinds) with the most self size.
 */
import { parseArgs } from "node:util";
import { launchChromium } from "../tests/support/chromium";
import { startBareServer } from "./bare-server";
import { repeatedStory } from "./corpus";
import { openVariant, type Variant } from "./typing";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      words: { type: "string", default: "300000" },
      variant: { type: "string", default: "draftwise" },
    },
  });
  const browser = await launchChromium();
  const bareServer = await startBareServer();
  try {
    const opened = await openVariant(
      browser,
      values.variant as Variant,
      repeatedStory(Number(values.words)),
      { settleMs: 3000, bareServer },
    );
    const cdp = await opened.page.context().newCDPSession(opened.page);
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
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
    await opened.close();
  } finally {
    await bareServer.close();
    await browser.close();
  }
}

void main();
