import { describe, expect, it } from "vitest";
import { RecencyList } from "../../../core/cast/recency";

/** The few latest at or before pos by a scan of the table in insertion order (ties: first in). */
function scanned(table: Map<string, number>, pos: number, count: number): string[] {
  return [...table]
    .filter(([, p]) => p <= pos)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key]) => key);
}

/** A small deterministic generator, so a failure repeats. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("RecencyList", () => {
  it("gives the latest first and breaks ties by who came into the table first", () => {
    const list = new RecencyList();
    list.set("Ann", 10);
    list.set("Bea", 30);
    list.set("Cy", 30);
    list.set("Dan", 20);
    list.set("Ann", 30);
    expect(list.latest(30, 3).map((t) => t.key)).toEqual(["Ann", "Bea", "Cy"]);
    expect(list.latest(25, 6)).toEqual([{ key: "Dan", pos: 20 }]);
  });

  it("equals a scan of the table after positions go forward and back", () => {
    const next = lcg(7);
    const names = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const table = new Map<string, number>();
    const list = new RecencyList();
    let clock = 0;
    for (let step = 0; step < 3000; step++) {
      const key = names[Math.floor(next() * names.length)]!;
      // Mostly later than anything before; now and then an older position taken back.
      clock += Math.floor(next() * 3);
      const pos = next() < 0.2 ? Math.floor(next() * clock) : clock;
      table.set(key, pos);
      list.set(key, pos);
      const at = Math.floor(next() * (clock + 2));
      expect(list.latest(at, 6).map((t) => t.key)).toEqual(scanned(table, at, 6));
    }
  });

  it("walks everyone from the first, highest value first, ties to the first in", () => {
    const list = new RecencyList();
    for (const [key, value] of [
      ["Ann", 5],
      ["Bea", 9],
      ["Cy", 5],
      ["Ann", 9],
      ["Dan", 1],
    ] as const)
      list.set(key, value);
    const walked: string[] = [];
    for (let n = list.first(); n; n = n.next) walked.push(`${n.key}:${n.pos}`);
    expect(walked).toEqual(["Ann:9", "Bea:9", "Cy:5", "Dan:1"]);
  });

  it("starts over when cleared", () => {
    const list = new RecencyList();
    list.set("Ann", 5);
    list.set("Bea", 5);
    list.clear();
    list.set("Bea", 5);
    list.set("Ann", 5);
    expect(list.latest(5, 6).map((t) => t.key)).toEqual(["Bea", "Ann"]);
  });
});
