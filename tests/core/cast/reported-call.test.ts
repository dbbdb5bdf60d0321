/**
 * A name called inside a quotation the line reports ("She said, 'Of course, Nora, whatever
 * works,' and then...") is the reported speaker's call, not the line's: the line is not said to
 * that person, and they may well be the one saying it.
 */
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { findQuotes } from "../../../core/cast/quotes";
import { readSpeakers } from "../../../core/cast/speakers";
import { reportedWithin } from "../../../core/cast/vocatives";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });

describe("a name called inside a reported quotation", () => {
  it("is found inside single marks within the line, curly or straight", () => {
    const within = (text: string, name: string): boolean =>
      reportedWithin(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(within("She said, \u2018Of course, Nora, whatever works,\u2019 and left.", "Nora")).toBe(
      true,
    );
    expect(within("He told me, 'Get out, Tom,' just like that.", "Tom")).toBe(true);
    expect(within("She said \u201cNo, Ann.\u201d Then she went.", "Ann")).toBe(true);
  });

  it("is not found where marks are apostrophes or nothing closes", () => {
    const within = (text: string, name: string): boolean =>
      reportedWithin(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(within("I don\u2019t know, Nora, I wasn\u2019t there.", "Nora")).toBe(false);
    expect(within("Give 'em here, Tom, and be quick.", "Tom")).toBe(false);
    expect(within("\u2018Tis true, Jem. Sayin\u2019 it don\u2019 make it truer.", "Jem")).toBe(
      false,
    );
    expect(within("Nora, she said \u2018of course\u2019 and smiled.", "Nora")).toBe(false);
  });

  it("does not turn a run of two people round", () => {
    const story = storyFromParagraphs([
      "Will and Nora stood in the kitchen.",
      "\u201cIt's eighteen months,\u201d he said. \u201cPeople do them all the time.\u201d",
      "\u201cPeople with wives who have jobs?\u201d",
      "\u201cYour job's remote.\u201d",
      "\u201cYou know what Carol said when I asked her.\u201d",
      "\u201cWhat did Carol say?\u201d",
      "\u201cShe said, \u2018Of course, Nora, whatever works for you,\u2019 and then she gave the account to Ben.\u201d",
      "\u201cThat might not have been because of that.\u201d",
      "\u201cIt was because of that.\u201d",
    ]);
    const speakers = readSpeakers(story, findQuotes(story), [person("Will"), person("Nora")])
      .quotes.map((q) => q.speaker)
      .slice(1);
    expect(speakers).toEqual(["Will", "Nora", "Will", "Nora", "Will", "Nora", "Will", "Nora"]);
  });
});
