import { describe, expect, it } from "vitest";
import { NOTE_KINDS } from "../../../renderer/analysis/controller";
import { isHint, noteClass, type NoteToggles } from "../../../renderer/analysis/note-class";

const allOn = Object.fromEntries(NOTE_KINDS.map((k) => [k, true])) as NoteToggles["notes"];
const toggles = (hints: boolean): NoteToggles => ({ notes: allOn, hints });

describe("noteClass", () => {
  it("draws a voice warning as a squiggle, hints or not", () => {
    const warning = { kind: "voice", severity: "warning" } as const;
    expect(noteClass(warning, toggles(false), false)).toBe("dw-note-voice");
    expect(noteClass(warning, toggles(true), false)).toBe("dw-note-voice");
  });

  it("draws an unsure voice note only on demand, and never as the warning's squiggle", () => {
    const hint = { kind: "voice", severity: "info" } as const;
    expect(isHint(hint)).toBe(true);
    expect(noteClass(hint, toggles(false), false)).toBeNull();
    expect(noteClass(hint, toggles(true), false)).toBe("dw-note-hint");
  });

  it("keeps glosses as they are and hides what the writer switched off or ignored", () => {
    const gloss = { kind: "gloss", severity: "info" } as const;
    expect(noteClass(gloss, toggles(false), false)).toBe("dw-note-gloss");
    expect(noteClass(gloss, { notes: { ...allOn, gloss: false }, hints: true }, false)).toBeNull();
    expect(noteClass({ kind: "voice", severity: "warning" }, toggles(true), true)).toBeNull();
  });
});
