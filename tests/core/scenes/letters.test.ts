import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseStory } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { letterLines } from "../../../core/scenes/letters";
import { boundariesOf, boundaryF1 } from "./helpers";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");
const fixture = (name: string) => ({
  story: parseStory(read(`../../fixtures/scenes/${name}.txt`)),
  gold: (JSON.parse(read(`../../fixtures/scenes/${name}.gold.json`)) as { boundaries: number[] })
    .boundaries,
});

describe("letter lines", () => {
  it("reads salutations, alone on their line or opening the letter's text", () => {
    expect(letterLines("Dear Judy:").salutation).toBe("line");
    expect(letterLines("My dear Mr Hale,").salutation).toBe("line");
    expect(letterLines("Hi Jo,").salutation).toBe("line");
    expect(letterLines("Dear Gran, the cake arrived in one piece.").salutation).toBe("inline");
  });

  it("does not read exclamations, dialogue or sign-offs as salutations", () => {
    expect(letterLines("Dear me, she thought, not again.").salutation).toBeNull();
    expect(letterLines("Dear God, no.").salutation).toBeNull();
    expect(letterLines('"Dear Tom," she said, "sit down."').salutation).toBeNull();
    expect(letterLines("Love,").salutation).toBeNull();
  });

  it("reads sign-offs, date lines and postscripts", () => {
    expect(letterLines("Yours in command,").signOff).toBe(true);
    expect(letterLines("All my love,").signOff).toBe(true);
    expect(letterLines("Love, Rafi").signOff).toBe(true);
    expect(letterLines("Your letter is here.").signOff).toBe(false);
    expect(letterLines("December 27.").dateLine).toBe(true);
    expect(letterLines("Monday, 9 p.m.").dateLine).toBe(true);
    expect(letterLines("Good Friday").dateLine).toBe(true);
    expect(letterLines("Sunday came round again.").dateLine).toBe(false);
    expect(letterLines("P.S. Bring the cake tin back.").postscript).toBe(true);
  });
});

describe("letter lines in everyday letters", () => {
  it("reads two names joined, a household greeted, a salutation without its comma", () => {
    expect(letterLines("Dear Mum and Dad,").salutation).toBe("line");
    expect(letterLines("Dear Mr. and Mrs. Hale:").salutation).toBe("line");
    expect(letterLines("Dear all,").salutation).toBe("line");
    expect(letterLines("Dear Mum").salutation).toBe("line");
    expect(letterLines("Mum and Dad —").salutation).toBe("line");
    expect(letterLines("Hi Jess,").salutation).toBe("line");
    expect(letterLines("Dear all, the parcel came.").salutation).toBe("inline");
  });

  it("reads a letter's lines set in italics", () => {
    expect(letterLines("*Dear Tom,*").salutation).toBe("line");
    expect(letterLines("_Love, Mum_").signOff).toBe(true);
    expect(letterLines("*Tuesday 4 March*").dateLine).toBe(true);
  });

  it("still reads no exclamation or sentence as a salutation", () => {
    expect(letterLines("Dear me").salutation).toBeNull();
    expect(letterLines("Dear God").salutation).toBeNull();
    expect(letterLines("Dear old Tom was asleep.").salutation).toBeNull();
    expect(letterLines("Mum and Dad were out.").salutation).toBeNull();
    expect(letterLines("Hi Jess!").salutation).toBeNull();
  });

  it("reads everyday sign-offs only with the comma or dash they end on", () => {
    expect(letterLines("Lots of love,").signOff).toBe(true);
    expect(letterLines("Take care,").signOff).toBe(true);
    expect(letterLines("Write soon,").signOff).toBe(true);
    expect(letterLines("See you on the fourteenth,").signOff).toBe(true);
    expect(letterLines("Take care.").signOff).toBe(false);
    expect(letterLines("See you soon, she had said.").signOff).toBe(false);
    // Lines of speech in a story that sets no quote marks.
    expect(letterLines("See you tomorrow, Tom.").signOff).toBe(false);
    expect(letterLines("Thanks, Dad.").signOff).toBe(false);
    expect(letterLines("Thanks!").signOff).toBe(false);
  });

  it("reads a numbered entry's heading, not a sentence that opens on one", () => {
    expect(letterLines("Day 4").dateLine).toBe(true);
    expect(letterLines("Day 6 (night)").dateLine).toBe(true);
    expect(letterLines("Day 12 — Neels Gap").dateLine).toBe(true);
    expect(letterLines("Day 3 was rain.").dateLine).toBe(false);
  });

  it("reads a day in words and a date set off from a place as an entry's heading", () => {
    expect(letterLines("Day Two").dateLine).toBe(true);
    expect(letterLines("DAY 3").dateLine).toBe(true);
    expect(letterLines("Day Twenty-one — Flagstaff").dateLine).toBe(true);
    expect(letterLines("June 3 — Tucumcari").dateLine).toBe(true);
    expect(letterLines("Monday: Amarillo").dateLine).toBe(true);
    expect(letterLines("Day two was Missouri.").dateLine).toBe(false);
    expect(letterLines("Monday — the day it rained").dateLine).toBe(false);
    expect(letterLines("He waited — Tom").dateLine).toBe(false);
  });

  it("starts a scene at each day of a trip headed by its date and the town", () => {
    const day = (what: string) =>
      `We drove most of the day with the windows down and the radio on ${what}. ` +
      `Nobody said much. The road ran straight to the edge of everything and then kept going. ` +
      `We stopped for gas twice and ate in the car.`;
    const text = [
      `June 3 — Joplin`,
      day("low"),
      day("loud"),
      `June 4 — Tulsa`,
      day("off"),
      day("low again"),
    ].join("\n\n");
    expect(boundariesOf(detectScenes(parseStory(text), { characters: [] }))).toEqual([3]);
  });

  it("reads a diary's short forms and a date in figures as a date line", () => {
    expect(letterLines("Tues. 4th").dateLine).toBe(true);
    expect(letterLines("Sat 9 Mar").dateLine).toBe(true);
    expect(letterLines("14/3/98").dateLine).toBe(true);
    expect(letterLines("Sept. 3, evening").dateLine).toBe(true);
    expect(letterLines("Sat down.").dateLine).toBe(false);
    expect(letterLines("Mar the day, he said").dateLine).toBe(false);
  });

  it("starts a scene at each entry of a log headed by day numbers", () => {
    const { story, gold } = fixture("trail_log");
    expect(boundariesOf(detectScenes(story, { characters: [] }))).toEqual(gold);
  });

  it("starts a scene at each letter opened or closed in everyday words", () => {
    const { story, gold } = fixture("season_letters");
    const predicted = boundariesOf(detectScenes(story, { characters: [] }));
    for (const letter of gold) expect(predicted).toContain(letter);
  });

  it("cuts a story told in letters at its letters only, not at a room or a month inside one", () => {
    const { story, gold } = fixture("season_letters");
    expect(boundariesOf(detectScenes(story, { characters: [] }))).toEqual(gold);
  });
});

describe("a letter signed off in its last sentence", () => {
  it("reads a closing sentence that is a sign-off and the writer's name, not any short sentence", () => {
    expect(letterLines("That is all from here. Write soon. Love, June").closes).toBe(true);
    expect(letterLines("It is late. Your friend, Walt").closes).toBe(true);
    expect(letterLines("He looked at the board. Your move.").closes).toBe(false);
    expect(letterLines("He raised his glass. Cheers, Tom.").closes).toBe(false);
    expect(letterLines("She stood up. See you tomorrow, Tom.").closes).toBe(false);
    expect(letterLines("The sky was grey. Best, he thought, to leave.").closes).toBe(false);
  });

  it("starts a scene at each letter opened inside its first sentence after one so signed", () => {
    const { story, gold } = fixture("porch_letters");
    expect(boundariesOf(detectScenes(story, { characters: [] }))).toEqual(gold);
  });
});

describe("a story told in emails", () => {
  it("reads an email's header lines as its heading", () => {
    expect(letterLines("From: Anna Price").dateLine).toBe(true);
    expect(
      letterLines("Subject: the boiler, again, and what the man said on Friday").dateLine,
    ).toBe(true);
    expect(letterLines("From: Tom\nTo: Anna\nSubject: Re: the boiler").dateLine).toBe(true);
    expect(letterLines("From the window she could see the road.").dateLine).toBe(false);
  });

  it("starts a scene at each email's header", () => {
    const body = (what: string) =>
      `The man came about the ${what} on Friday and stood in the hall for twenty minutes shaking ` +
      `his head. He says it is older than both of us put together. He will come back on Tuesday ` +
      `with a part, or he will not, and I am not sure which I would rather.`;
    const text = [
      "From: Anna Price\nTo: Tom Price\nSubject: the house",
      "Tom,",
      body("boiler"),
      body("roof"),
      "Anna",
      "From: Tom Price\nTo: Anna Price\nSubject: Re: the house",
      body("fence"),
      body("drains"),
      "T.",
    ].join("\n\n");
    expect(boundariesOf(detectScenes(parseStory(text), { characters: [] }))).toEqual([5]);
  });
});

describe("a story that opens and closes on letters, with a story of its own between", () => {
  it("still finds a jump in time in the narration between two signed letters", () => {
    const letter = (to: string, from: string) => [
      `Dear ${to},`,
      "The house is quiet now that everyone has gone home. I sit in the kitchen in the evenings " +
        "and listen to the clock, which I never used to hear over the noise of the children.",
      "The roses came back after all. I cut the dead wood out in March as you showed me, and " +
        "now they are over the fence and into the lane, and the postman complains about them.",
      "Write when you can. I know the days are long where you are, and the light goes early, " +
        "and there is never as much time as you think there will be when you are young.",
      "With love,",
      from,
    ];
    const narration = (what: string) =>
      `Nora carried the ${what} down to the gate and stood there a while, looking along the lane. ` +
      `The light was going. She could hear a tractor somewhere over the hill, and the rooks ` +
      `settling in the elms behind the church. She went back in and shut the door.`;
    const text = [
      ...letter("Nora", "Ruth"),
      narration("letter"),
      narration("basket"),
      narration("lamp"),
      "Three weeks later the rain came in from the west and did not stop. " + narration("bucket"),
      narration("kettle"),
      narration("coat"),
      ...letter("Ruth", "Nora"),
    ].join("\n\n");
    const predicted = boundariesOf(detectScenes(parseStory(text), { characters: [] }));
    expect(predicted).toContain(9);
  });
});

describe("a letter whose lines are set apart by line breaks", () => {
  it("reads a salutation under heading lines in the same paragraph, a sign-off on its last lines", () => {
    expect(letterLines("Sunday 9 March\nDear Mum,\nThanks for the parcel.").salutation).toBe(
      "line",
    );
    expect(letterLines("HENRY WALKER,\nSOLICITOR.").salutation).toBeNull();
    expect(letterLines("That is all my news.\nLove,\nMum").closes).toBe(true);
    expect(letterLines("That is all my news.\nAll my love,").closes).toBe(true);
    expect(letterLines("She said she would write.\nShe never did.").closes).toBe(false);
    expect(
      letterLines("The storm came in from the west and took\nthe roof off the shed.").salutation,
    ).toBeNull();
  });

  it("starts a scene at the second letter", () => {
    const body = (topic: string) =>
      `The ${topic} is much the same as when you left. I go down to it most mornings and look at it. ` +
      `Nothing changes quickly here, and I find I like that more than I used to. The neighbours ask after you.`;
    const text = [
      `Tuesday 4 March\nDear Tom,\n${body("garden")}`,
      body("harbour"),
      `${body("shop")}\nLove,\nMum`,
      `Sunday 9 March\nDear Mum,\n${body("flat")}`,
      body("office"),
      `${body("canal")}\nSee you at Easter,\nTom`,
    ].join("\n\n");
    expect(boundariesOf(detectScenes(parseStory(text), { characters: [] }))).toEqual([3]);
  });
});

describe("scenes in a story told in letters or entries", () => {
  it("starts a scene at every new letter, salutation or greeting line, after a sign-off", () => {
    const { story, gold } = fixture("correspondence");
    const predicted = boundariesOf(detectScenes(story, { characters: [] }));
    expect(predicted).toEqual(gold);
  });

  it("starts a scene at a diary entry's date line", () => {
    const { story, gold } = fixture("lock_diary");
    const predicted = boundariesOf(detectScenes(story, { characters: [] }));
    for (const entry of [5, 15, 20]) expect(predicted).toContain(entry);
    expect(boundaryF1(predicted, gold)).toBeGreaterThanOrEqual(0.75);
  });

  it("starts the letter at its address lines, not at the signature of the one before", () => {
    const text = [
      "I walked to the post office in the rain and sent it. Then I waited for an answer. I waited " +
        "through the whole of February, and I went down to the mat every morning before work.",
      "It came on a wet Tuesday. I read it standing in the hall with my coat still on and the " +
        "door open behind me, and then I read it again at the kitchen table, slowly. It was short, " +
        "and it was not what I had hoped for.",
      "Ellen",
      "THE OLD RECTORY,",
      "March 3.",
      "Dear Tom,",
      "I was so glad of your letter. The house is cold and the garden is wild, but we are well.",
      "The children ask after you every day. Write again soon, and tell us about the boats, and " +
        "the men you work with, and whether the food is as bad as the last letter said it was.",
      "We think of you often and we hope the winter there is kinder than the one we have had " +
        "here. Mother sends her love and a scarf, which she says you are to wear and not lose.",
    ].join("\n\n");
    const predicted = boundariesOf(detectScenes(parseStory(text), { characters: [] }));
    expect(predicted).toEqual([3]);
  });
});
