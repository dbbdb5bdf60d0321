import { describe, expect, it } from "vitest";
import { farmStarts, YARD } from "./helpers";

const chapel = [
  "The pews were cold and the hymn books smelled of damp. Nell sat at the back under the window with her hands in her lap and watched the dust turn in the last of the light.",
  "Nobody else came in. After a while she took out the letter and read it again, slowly, the way she had read it at the table that morning, and put it back in her coat without folding it.",
];

describe("a paragraph that opens on a line of speech", () => {
  const talk = [
    "“Are you going to tell him?” Amos asked, not looking up from the post.",
    "“I might,” Nell said. “Or I might not. It depends what he says first.”",
  ];

  it("is the talk going on, not a move to a new place", () => {
    const answer =
      "“I've thought about it.” Nell walked into the chapel at the end of the lane and sat down at the back, under the window, where nobody would see her face.";
    expect(farmStarts(...YARD, ...talk, answer, ...chapel)).toEqual([]);
  });

  it("still opens a scene on speech after a heading line, the heading with it", () => {
    const answer =
      "“I've thought about it.” Nell walked into the chapel at the end of the lane and sat down at the back, under the window, where nobody would see her face.";
    expect(farmStarts(...YARD, ...talk, "Later that night", answer, ...chapel)).toEqual([5]);
  });

  it("still opens a scene when the move is told first", () => {
    const moved =
      "Nell walked into the chapel at the end of the lane and sat down at the back, under the window, where nobody would see her face. “I've thought about it,” she said to no one.";
    expect(farmStarts(...YARD, ...talk, moved, ...chapel)).toEqual([5]);
  });
});

describe("an opening that points back at what the page before told", () => {
  it("moves nowhere new: the place it names is part of the setting in view", () => {
    const noticing =
      "Noticing these things, Nell walked into the chapel at the end of the lane and sat down at the back, under the window, where nobody would see her face.";
    expect(farmStarts(...YARD, noticing, ...chapel)).toEqual([]);
  });

  it("still opens a scene when the opening names what it sets down", () => {
    const fed =
      "With the hens fed, Nell walked into the chapel at the end of the lane and sat down at the back, under the window, where nobody would see her face.";
    expect(farmStarts(...YARD, fed, ...chapel)).toEqual([3]);
  });

  it("keeps a place cue beside a time word ('this morning')", () => {
    const morning =
      "This morning Nell walked into the chapel at the end of the lane and sat down at the back, under the window, where nobody would see her face.";
    expect(farmStarts(...YARD, morning, ...chapel)).toEqual([3]);
  });
});

describe("an arrival told in a relative clause", () => {
  it("describes whoever the clause is about; the story moves nowhere", () => {
    const picture =
      "Nell kept a picture of her mother on the dresser, and everyone who walked into the chapel house stopped to look at it, because it was the only one anybody had of the old woman.";
    expect(farmStarts(...YARD, picture, ...chapel)).toEqual([]);
  });

  it("still moves the story when the clause tells the opening's subject arriving", () => {
    const own =
      "Nell, who had walked into the chapel at the end of the lane to get out of the rain, sat down at the back under the window where nobody would see her face.";
    expect(farmStarts(...YARD, own, ...chapel)).toEqual([3]);
  });

  it("still moves the story when the subject arrives", () => {
    const walked =
      "Nell walked into the chapel house and stopped to look at the picture of her mother on the dresser, because it was the only one anybody had of the old woman.";
    expect(farmStarts(...YARD, walked, ...chapel)).toEqual([3]);
  });
});

describe("an opening that sets its place by the people in view", () => {
  const rest =
    "was dark, and the lane ran down past it to the road, where the last of the light lay on the puddles and a dog was barking at nothing in the next field.";

  it("moves nowhere new: 'The chapel behind them' is where they already are", () => {
    expect(farmStarts(...YARD, `The chapel behind them ${rest}`, ...chapel)).toEqual([]);
  });

  it("still opens a scene on the place set down by itself", () => {
    expect(farmStarts(...YARD, `The chapel at the end of the lane ${rest}`, ...chapel)).toEqual([
      3,
    ]);
  });
  it("still opens a scene where 'behind him' goes with what someone does ('locked up behind him')", () => {
    const locked =
      "Nell locked up behind him and walked into the chapel at the end of the lane and sat down at the back, under the window, where nobody would see her face.";
    expect(farmStarts(...YARD, locked, ...chapel)).toEqual([3]);
  });
});
