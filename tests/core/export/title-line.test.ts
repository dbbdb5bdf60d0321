import { describe, expect, it } from "vitest";
import { titleLine } from "../../../core/export/title";

const body = "The ferry put Maren ashore an hour before dark, with one suitcase.";

describe("a draft's own title line", () => {
  it("reads a short first line set apart as a title as the draft's title", () => {
    expect(titleLine(["The Lighthouse Keeper's Ledger", body])).toBe(
      "The Lighthouse Keeper's Ledger",
    );
    expect(titleLine(["  Salt and Iron  ", body])).toBe("Salt and Iron");
    expect(titleLine(["Storm Warning 2", body])).toBe("Storm Warning 2");
  });

  it("reads no title in prose, speech, a chapter heading or a scene heading", () => {
    for (const first of [
      "It was dark.",
      "No.",
      "“Run,” she said",
      "Chapter One",
      "PART I",
      "Prologue",
      "Sunnydale, 1997",
      "Buffy's POV",
      "Three days later",
      "the lighthouse keeper's ledger",
      "Dear Nadia,",
      "A Title\non two lines",
      "The Long And Winding Road That Went On Past Every Farm In The County Until Dark",
    ])
      expect(titleLine([first, body]), first).toBeNull();
  });

  it("reads none in a story of one paragraph or none", () => {
    expect(titleLine(["The Lighthouse Keeper's Ledger"])).toBeNull();
    expect(titleLine([])).toBeNull();
  });
});
