import { describe, expect, it } from "vitest";
import type { SpeakerCorrection } from "../../../core/cast/corrections";
import { choiceTag, REFUSED, takeSpeakerChoice } from "../../../renderer/cast/quote-hover";

/** A select as the browser runs it: choosing the option it already shows fires no change. */
class Select {
  value = "";
  constructor(private readonly onChange: (select: Select) => void) {}
  choose(value: string): void {
    if (value === this.value) return;
    this.value = value;
    this.onChange(this);
  }
}

describe("a speaker chosen on the quote card", () => {
  const line = { paragraph: "abc.1f", quote: "You're gonna have to learn" };

  it("records the writer's choice, and null for Nobody in the cast", () => {
    expect(takeSpeakerChoice({ value: "Harriet" }, () => line)).toEqual({
      ...line,
      speaker: "Harriet",
    });
    expect(takeSpeakerChoice({ value: "\u0000" }, () => line)).toEqual({ ...line, speaker: null });
    expect(takeSpeakerChoice({ value: "" }, () => line)).toBeNull();
  });

  it("puts the select back when refused, so the same name can be chosen again", () => {
    // Found on a writer's day: refused while the analysis was stale, the select stayed on
    // Harriet and choosing Harriet again did nothing.
    let current = false;
    const recorded: (SpeakerCorrection | typeof REFUSED | null)[] = [];
    const select = new Select((s) =>
      recorded.push(takeSpeakerChoice(s, () => (current ? line : null))),
    );
    select.choose("Harriet");
    expect(recorded).toEqual([REFUSED]);
    expect(select.value).toBe("");
    current = true;
    select.choose("Harriet");
    expect(recorded).toEqual([REFUSED, { ...line, speaker: "Harriet" }]);
  });
});

// qrev-30: a line that took the writer's choice from its paragraph said "your choice" too.
describe("the tag on a quote card's speaker", () => {
  const line = { speaker: "Tyler", confidence: 1 };

  it("says the writer chose the line, or that it follows their choice in its paragraph", () => {
    expect(choiceTag({ ...line, corrected: true })?.text).toBe("your choice");
    expect(choiceTag({ ...line, corrected: true, carried: true })?.text).toBe(
      "follows your choice",
    );
    expect(choiceTag({ ...line, confidence: 0.6 })?.text).toBe("guess");
    expect(choiceTag(line)).toBeNull();
  });
});
