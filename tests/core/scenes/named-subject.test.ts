import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures, scoreBoundaries } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Nell", aliases: [] },
  { name: "Owen", aliases: [] },
];

const atTheFarm = [
  "Nell carried the bucket across to the byre with her shoulder aching from the weight of it. The calf had been bawling since six, and the sound of it came and went on the wind, and she was tired of it before she had even started.",
  "She tipped the water into the trough and the calf put its nose in and blew, and looked at her as if she had done it on purpose. She leaned on the gate and watched it drink and thought about nothing much, which was the best part of the morning.",
  "When it had finished she rinsed the bucket under the tap and hung it on its nail and went up the yard to see to the hens. Two of them had got out again. She found them under the trailer and carried them back one under each arm, and they complained about it all the way.",
];
const atTheInn =
  "The Drovers stood at the bottom of the village with its back to the river, a long low house of whitewashed stone with the lamps lit already in its windows. Nell went in out of the rain and stood by the fire until her hands would work again, and then she asked for a half of cider and sat down in the corner to drink it.";
const after = [
  "There were four men at the bar and a dog under the table by the door. Nobody looked at her for long. The landlady brought her a plate of bread and cheese without being asked and set it down and went away again, and Nell ate all of it.",
  "By the time she had finished her cider the rain had eased. She sat a while longer anyway, watching the fire, in no hurry to go back out to the cold and the long road home.",
];

describe("a paragraph that opens on a named place as its subject", () => {
  it("opens a new scene when the page before never named it", () => {
    const story = storyFromParagraphs([...atTheFarm, atTheInn, ...after]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([3]);
  });

  it("is read only from a name, not from a title, a day or a people", () => {
    const subject = (text: string) => paragraphFeatures(text, cast).openingNamedSubject;
    expect(subject(atTheInn)).toBe("Drovers");
    expect(subject("The Judge was at a meeting of the growers, and the boys were out.")).toBe(null);
    expect(subject("The Monday was wet and grey and nobody came.")).toBe(null);
    expect(subject("The French had landed at the point by dawn.")).toBe(null);
    expect(subject("The Owen I knew was gone.")).toBe(null);
  });

  it("is not read from a people or a cast family named in the plural", () => {
    const subject = (text: string) => paragraphFeatures(text, cast).openingNamedSubject;
    expect(subject("The Germans had landed at the point by dawn.")).toBe(null);
    expect(subject("The Owens had moved in next door by the spring.")).toBe(null);
  });

  it("gives one reason for one new place, also when a place noun opens on it too", () => {
    const features = [atTheFarm[0]!, atTheInn].map((p) => paragraphFeatures(p, cast));
    const reasons = scoreBoundaries(features)[1]!.reasons;
    expect(reasons.filter((r) => r.startsWith("new place"))).toHaveLength(1);
  });
});
