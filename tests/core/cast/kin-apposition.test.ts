/**
 * "Their son Tyler opens the door": a name straight after an owned family noun is that
 * relation's name, given in so many words, as "her name was June" gives one.
 */
import { describe, expect, it } from "vitest";
import { discoverCast } from "../../../core/cast/discover";
import { parseStory } from "../../../core/story";

const names = (text: string) => discoverCast(parseStory(text), []).map((c) => c.name);

const STORY = (who: string) =>
  [
    `The second stop is the Brennans' house, two doors down. ${who} opens the door before I can knock.`,
    `"She said you'd come at eight," he says.`,
    `"I'm always here at eight."`,
    `Later, on the bike trail, I make ${who.split(" ").pop()} promise to walk slowly.`,
  ].join("\n\n");

describe("a name given by an owned family noun", () => {
  it("lists the name after 'their son', 'my sister', seen nowhere else as acting", () => {
    expect(names(STORY("Their son Tyler"))).toContain("Tyler");
    expect(names(STORY("My sister Kez"))).toContain("Kez");
  });

  it("takes no capital after a family noun that no one owns, nor after another noun", () => {
    // The name does nothing of its own here ("Tyler opens" acts, as "Tyler opened" does).
    const passive = (who: string) =>
      STORY(who).replace(`${who} opens the door`, `The door is opened by ${who}`);
    expect(names(passive("their son Tyler"))).toContain("Tyler");
    expect(names(passive("the son Tyler"))).not.toContain("Tyler");
    expect(names(passive("their dog Tyler"))).not.toContain("Tyler");
  });

  it("takes no capital after a family noun that is a verb's first object ('bought my son Lego')", () => {
    const gifts = [
      `I bought my son Lego for his birthday, the big box with the castle.`,
      `On the way home I promised my daughter Netflix if she finished her homework.`,
      `"Bribery," Ken said.`,
    ].join("\n\n");
    expect(names(gifts)).toEqual(["Ken"]);
  });

  it("reads a family noun or an owner as the story's last word, and a one-letter name", () => {
    expect(names("I went to see my sister")).toEqual([]);
    expect(names("We waited for their son")).toEqual([]);
    expect(names(STORY("My sister K"))).toContain("K");
  });
});
