import { describe, expect, it } from "vitest";
import {
  forEachMention,
  mentionTable,
  type MentionTable,
} from "../../../renderer/analysis/mention-table";
import type { LocalMention } from "../../../renderer/analysis/protocol";

const mentionList = (table: MentionTable): LocalMention[] => {
  const out: LocalMention[] = [];
  forEachMention(table, (paragraph, from, to, character) =>
    out.push({ paragraph, from, to, character }),
  );
  return out;
};

const mentions = [
  { paragraph: 0, from: 0, to: 4, character: "Maud" },
  { paragraph: 0, from: 10, to: 16, character: "Tobias" },
  { paragraph: 7, from: 3, to: 7, character: "Maud" },
];

describe("the mention table", () => {
  it("gives back every mention, in order, after a trip to and from a worker", () => {
    const table = structuredClone(mentionTable(mentions));
    expect(table.ranges.length / 4).toBe(3);
    expect(mentionList(table)).toEqual(mentions);
  });

  it("lists each character once and keeps four numbers a mention", () => {
    const table = mentionTable(mentions);
    expect(table.names).toEqual(["Maud", "Tobias"]);
    expect(table.ranges).toEqual([0, 0, 4, 0, 0, 10, 16, 1, 7, 3, 7, 0]);
    const seen: string[] = [];
    forEachMention(table, (p, from, to, who) => seen.push(`${who}@${p}:${from}-${to}`));
    expect(seen).toEqual(["Maud@0:0-4", "Tobias@0:10-16", "Maud@7:3-7"]);
  });
});
