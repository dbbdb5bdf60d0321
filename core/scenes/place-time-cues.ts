/**
 * The time and place cues of a candidate boundary: a jump in time or a clock time opening the
 * paragraph (weaker in a short paragraph, within the hour, or on someone acting), a move to a
 * place or a place the page before never named (weaker within one home). Separate from the
 * viewpoint cues (pov-shift.ts), which read none of these features.
 */

import type { BoundaryWeights, CueName } from "./boundary-weights";
import { minutesOn } from "./clock";
import { CONVERSATION_SHARE } from "./pov-shift";
import type { ParagraphFeatures } from "./features";
import { isProgressClock } from "./time-evidence";

/**
 * Below this many words a paragraph's weak time sign counts for `SHORT_WEAK_TIME` of itself:
 * every such sign at a dev gold boundary sits in a paragraph of 40 words or more, and the
 * held-out table's two such extras in paragraphs of 25 and 26. Not a day or a month named as
 * the day the line is set on (scenes-33): of the nine weak signs in lines over dev, LitBank's
 * 100 excerpts and speakers-dev's 41 stories, four name one, three of them dev gold boundaries
 * ("The church man came on Saturday", "He brings it back in March") and one a paragraph from
 * gold in a letter, where it stays under the price; the five that do not are a dusk, an arrival,
 * "all night", a habit ("always ... born on a Friday") and a supposition ("as if it could be
 * anyone else on a Sunday"), none at gold.
 */
const SHORT_PARAGRAPH_WORDS = 30;
const SHORT_WEAK_TIME = 0.5;

/**
 * What is left of a clock time opening a paragraph within the hour of the last time the
 * narration told ("At nine" after "By eight-thirty"): the morning going on, not a new one.
 */
const SAME_HOUR_CLOCK = 0.5;

/**
 * What is left of a clock time, the opening's only sign of time or place, right after a line of
 * the conversation: the talk was going on up to the hour, and the hour is when the scene's next
 * thing happens ("At twenty past eight the office door opened and the inspector came out").
 * Counted over dev, LitBank's 100 excerpts and speakers-dev's 41 stories: three such openings
 * were boundaries, two dev extras and one in speakers-dev (a woman with a clipboard calling the
 * next name), none at a dev gold boundary; the gold clock openings after talk name a place too,
 * and early_shift's bell after a paragraph a fifth speech is no line of the conversation.
 */
const HOUR_AFTER_TALK = 0.5;

/**
 * A progress hour ("By ten the kitchen was full of onions", half a clock cue as read in
 * time-evidence.ts) with a thing or a place as its subject, no one acting on it, right after a
 * paragraph that holds a line of talk, counts whole: the talk is over, and the hour sets the
 * next stretch down by how far things have got. Counted before wiring (scenes-36,
 * `eval/time-forms.ts`) over the first two sentences of every paragraph of dev, LitBank's 100
 * excerpts and speakers-dev's 41 stories: "By" and an hour or a part of the day opening a
 * paragraph, 20 in dev, 3 in speakers-dev, none in LitBank. On a person, 0 of 3 at dev gold; on
 * the weather, 1 of 2; on a thing or a place, 6 of 15, of which after a paragraph holding talk
 * 3 of 4 (blind33_last_fast's "By ten the kitchen", count_night, double_run; the fourth,
 * blind33_change_booth's coach, is an extra before and after, the talk before it a whole line
 * that HOUR_AFTER_TALK still halves) and after narration alone 3 of 11. No speakers-dev or
 * LitBank paragraph fires it; four dev paragraphs do, in four stories.
 */
function progressPastTalk(f: ParagraphFeatures, before: ParagraphFeatures | undefined): boolean {
  return (
    f.clockCue > 0 &&
    isProgressClock(f.timePhrase) &&
    !f.clockOnSomeone &&
    (before?.dialogue ?? 0) > 0
  );
}

/**
 * What is left of a clock time opening a paragraph when a character of the cast or a subject
 * pronoun acts right after it. On dev, of the clock openings followed by someone none was at a
 * gold boundary (bog_road's neighbour at the door, lighthouse's keeper with the tea, pantry's
 * "At nine she unlocks"); the gold ones open on the place or the hour ("At four the next
 * afternoon the sports hall was", "At twenty to six the window").
 */
const CLOCK_ON_SOMEONE = 0.5;

/**
 * What is left of a new place noun in an opening whose clock time someone acts on (or the
 * weather): the place is where they go about the scene's business ("In the morning he washed
 * the tube ... and put them in the car", "In the afternoon the wind dropped ... and the field
 * began to dry"), not a scene setting itself down, which names its place first ("By three the
 * studio is cold again"). Counted before wiring over dev, LitBank's 100 excerpts and
 * speakers-dev's 41 stories: five such openings, none at a dev gold boundary, four of them
 * boundaries (two dev extras, and speakers-dev's "About eleven, Rob turned up" and "At a
 * quarter to seven Stella came out of the office"). The five dev gold boundaries where a
 * weakened clock meets a new place open on "By" or on the place itself.
 */
const PLACE_ON_THE_HOUR = 0.5;

/**
 * The clock times told in the nearest paragraph before `i` that tells any, up to
 * `stretchParagraphs` back: all of them, since a paragraph may look ahead ("By eight-thirty the
 * beans are done; the line will be out the door by eleven").
 */
function lastClockTimes(
  features: readonly ParagraphFeatures[],
  i: number,
  w: BoundaryWeights,
): readonly number[] {
  for (let k = i - 1; k >= 0 && k >= i - w.stretchParagraphs; k--) {
    const times = features[k]!.clockTimes;
    if (times.length > 0) return times;
  }
  return [];
}

/**
 * Rooms and grounds of a home, as the opening's place noun names them ("the bedroom", "the
 * yard").
 */
const ROOMS = new Set([
  "kitchen",
  "bedroom",
  "bathroom",
  "landing",
  "loft",
  "attic",
  "cellar",
  "lounge",
  "parlour",
  "parlor",
  "study",
  "scullery",
  "yard",
  "garden",
  "porch",
  "driveway",
  "room",
]);
/** A home the page before may be in. */
const HOMES = new Set(["house", "flat", "home", "apartment", "cottage", "farmhouse", "bungalow"]);

/**
 * What is left of a place cue when the paragraph opens in a room and the page before was
 * already in a home or one of its rooms: going through to the bedroom is the same visit.
 */
const WITHIN_HOME = 0.5;

/** Whether paragraph `i` opens in a room of a home that the page before was in. */
function movesWithinHome(
  features: readonly ParagraphFeatures[],
  i: number,
  before: readonly number[],
): boolean {
  const opening = features[i]!.openingPlace;
  if (!opening || !ROOMS.has(opening)) return false;
  return before.some((k) => features[k]!.places.some((p) => HOMES.has(p) || ROOMS.has(p)));
}

/**
 * Adds the time, clock and place cues of paragraph `i` (with the stretch `before` it) to `cues`
 * and their reasons to `reasons`, in that order.
 */
export function placeTimeCues(
  features: readonly ParagraphFeatures[],
  i: number,
  before: readonly number[],
  w: BoundaryWeights,
  cues: Partial<Record<CueName, number>>,
  reasons: string[],
): void {
  const f = features[i]!;
  if (f.timeCue > 0) {
    // A weak sign (a waking, a date, a lapse inside the sentence) in a paragraph of a line or
    // two is a beat of the scene, not its opening: a scene opens by setting itself down.
    const beat = f.timeCue < 1 && f.words < SHORT_PARAGRAPH_WORDS && !f.timeDated;
    cues.time = beat ? f.timeCue * SHORT_WEAK_TIME : f.timeCue;
    reasons.push(f.timePhrase ? `time: ${f.timePhrase}` : "time passes");
  }
  if (f.clockCue > 0) {
    // Within the hour of a time the narration last told, the scene's own hours pass.
    const opening = f.openingClock;
    const sameHour =
      opening !== null && lastClockTimes(features, i, w).some((t) => minutesOn(t, opening) < 60);
    // Someone already in the story acting on the hour ("At six Aske came up with more tea")
    // is the scene's business going on; a new scene sets itself down first.
    const onSomeone = f.clockOnSomeone ? CLOCK_ON_SOMEONE : 1;
    // A clock time in a line or two ("At nine the phone went.") is a beat of the scene, as a
    // weak time sign there is: a scene opens by setting itself down.
    const line = f.words < SHORT_PARAGRAPH_WORDS ? SHORT_WEAK_TIME : 1;
    const clockCue = progressPastTalk(f, features[i - 1]) ? 1 : f.clockCue;
    cues.clock = clockCue * (sameHour ? SAME_HOUR_CLOCK : 1) * onSomeone * line;
    reasons.push(`time: ${f.timePhrase}${sameHour ? " (within the hour)" : ""}`);
  }
  placeCues(features, i, before, cues, reasons);
  const afterTalk = (features[i - 1]?.dialogue ?? 0) >= CONVERSATION_SHARE;
  if (cues.clock && afterTalk && !cues.time && !cues.place && !cues.newPlace) {
    cues.clock *= HOUR_AFTER_TALK;
    reasons.push("(the hour of the talk before it)");
  }
}

/** Adds the place cues of paragraph `i` (with the stretch `before` it) to `cues` and `reasons`. */
function placeCues(
  features: readonly ParagraphFeatures[],
  i: number,
  before: readonly number[],
  cues: Partial<Record<CueName, number>>,
  reasons: string[],
): void {
  const f = features[i]!;
  // A line of speech answering one is the talk going on: whatever place the narration after it
  // names, the scene is where the talk is (no dev gold boundary of 190 opens so; the place cues
  // there made an extra in dev and one in speakers-dev's stories). After narration a line of
  // speech may open a scene ("C'mon, luv," ... they walked into Willie's bar), and a time told
  // after the line still counts, above.
  if (f.startsWithQuote && (features[i - 1]?.dialogue ?? 0) >= CONVERSATION_SHARE) return;
  // An opening that points back at what the page before told ("Noticing these things, I rode
  // over a short causeway to the house", "In the middle of this plain is the house") goes on
  // with the setting in view: what it names is part of it (1 of 190 dev gold openings does).
  // So does one that sets its place by the people in view ("The house behind them was dark").
  if (f.pointsBack) return;
  if (f.placeCue > 0) {
    cues.place = f.placeCue;
    reasons.push(f.place ? `place: ${f.place}` : "moves");
  }
  const opening = f.openingPlace;
  if (opening && !before.some((k) => features[k]!.places.includes(opening))) {
    cues.newPlace = 1;
    reasons.push(`new place: ${opening}`);
  }
  const owner = f.arrivedAt?.replace(/['’]s$/u, "");
  if (
    owner &&
    cues.newPlace === undefined &&
    !before.some((k) => features[k]!.capitalised.includes(owner))
  ) {
    cues.newPlace = 1;
    reasons.push(`new place: ${f.arrivedAt}`);
  }
  const named = f.openingPlaceName;
  if (
    named &&
    cues.newPlace === undefined &&
    !before.some((k) => features[k]!.capitalised.includes(named))
  ) {
    cues.newPlace = 1;
    reasons.push(`new place: ${named}`);
  }
  // Opening on a named place the page before never named ("The Victoria was warm") opens on
  // a place as "The ward smelled of oranges" does, and a new one (named once in the reasons).
  const subject = f.openingNamedSubject;
  if (subject && !before.some((k) => features[k]!.capitalised.includes(subject))) {
    cues.place = Math.max(cues.place ?? 0, 1);
    if (cues.newPlace === undefined) reasons.push(`new place: ${subject}`);
    cues.newPlace = 1;
  }
  if (cues.newPlace && f.clockCue > 0 && f.clockOnSomeone) {
    cues.newPlace *= PLACE_ON_THE_HOUR;
    reasons.push("(the place of those acting on the hour)");
  }
  if ((cues.place || cues.newPlace) && movesWithinHome(features, i, before)) {
    if (cues.place) cues.place *= WITHIN_HOME;
    if (cues.newPlace) cues.newPlace *= WITHIN_HOME;
    reasons.push("(a room of the home the page before was in)");
  }
}
