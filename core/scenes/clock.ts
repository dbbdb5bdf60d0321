/**
 * Clock times as minutes on a twelve-hour dial, so a clock time opening a paragraph can be
 * set against the last one the narration told: "At nine she unlocks the door" half an hour
 * after "By eight-thirty the beans are done" is the same morning going on, where "At ten past
 * one" two hours after "at ten to eleven" is a new stretch of the night.
 */

const HOURS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  noon: 12,
  midnight: 12,
};
const MINUTES: Readonly<Record<string, number>> = {
  five: 5,
  ten: 10,
  twenty: 20,
  "twenty-five": 25,
  quarter: 15,
  "a quarter": 15,
  half: 30,
  fifteen: 15,
  thirty: 30,
  "forty-five": 45,
};

const HOUR =
  "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|\\d{1,2})";
/** "ten to eleven", "half past four", "eight-thirty", "6.30", "11 o'clock". */
const TIME = new RegExp(
  `^(?:(half|a quarter|quarter|five|ten|twenty|twenty-five)\\s+(past|to|after)\\s+)?${HOUR}` +
    `(?:[.:](\\d{2})|[\\s-](fifteen|thirty|forty-five))?(?![\\p{L}\\d])`,
  "u",
);

/** Minutes past twelve (0..719) of a clock phrase, its preposition left off; null if none. */
export function clockMinutes(phrase: string): number | null {
  const m = TIME.exec(phrase.trim().toLowerCase());
  if (!m) return null;
  const hour = HOURS[m[3]!] ?? Number(m[3]);
  if (!(hour >= 1 && hour <= 24)) return null;
  let minutes = (hour % 12) * 60;
  if (m[4]) minutes += Number(m[4]);
  if (m[5]) minutes += MINUTES[m[5]]!;
  if (m[1]) minutes += (m[2] === "to" ? -1 : 1) * MINUTES[m[1]]!;
  return (minutes + 720) % 720;
}

/**
 * Clock times the narration tells after a preposition ("unlocks the studio at ten to eleven",
 * "By eight-thirty the beans"), in order. A number followed by a word that is not a clause's
 * is no time ("at one point", "by two votes").
 */
// The look-ahead for a preposition's first letter changes no match; it spares the look-behind
// at every other character.
const MENTION = new RegExp(
  "(?=[AaBbUuTtGg])(?<![\\p{L}])(?:[Aa]t|[Bb]y|[Aa]round|[Aa]bout|[Uu]ntil|[Tt]ill|[Gg]one|[Aa]fter|[Bb]efore)\\s+" +
    "((?:(?:half|a quarter|quarter|five|ten|twenty|twenty-five)\\s+(?:past|to|after)\\s+)?" +
    "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|\\d{1,2}(?:[.:]\\d{2})?)" +
    "(?:-(?:fifteen|thirty|forty-five))?(?:\\s*(?:o['’]clock|a\\.?m\\.?|p\\.?m\\.?))?)" +
    "(?![\\p{L}\\d-])(?!\\s+(?!(?:and|but|so|or|when|while|the|that|this|in|on|at|to|with|for|she|he|they|we|it|there|sharp|exactly|every|each|tonight|tomorrow|next|last)(?![\\p{L}]))\\p{Ll})",
  "gu",
);

export function clockTimesIn(narration: string): number[] {
  const out: number[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(narration); m; m = MENTION.exec(narration)) {
    const minutes = clockMinutes(m[1]!);
    if (minutes !== null) out.push(minutes);
  }
  return out;
}

/** Minutes from one dial time on to the next, 0..719. */
export function minutesOn(from: number, to: number): number {
  return (to - from + 720) % 720;
}
