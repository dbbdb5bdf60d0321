/**
 * What the Earlier Versions dialog says of each kept version, as plain functions of text and
 * time: when it was kept in the writer's words ("today 12:41"), its words against the text now,
 * its opening, and the first paragraph where it differs from the text now.
 */

/** Paragraphs as a writer sees them: runs of text between blank lines, trimmed, none empty. */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

/** A preview: the first `limit` characters, cut at a word and marked with an ellipsis. */
export function preview(paragraph: string, limit = 160): string {
  if (paragraph.length <= limit) return paragraph;
  const cut = paragraph.slice(0, limit);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The version's first paragraph, as a preview; "" for an empty text. */
export function openingOf(text: string): string {
  return preview(paragraphsOf(text)[0] ?? "");
}

/**
 * The first paragraph of `version` that the text now does not have at the same place, as a
 * preview; null when the two read the same paragraph by paragraph. A version that is the text
 * now cut short (its paragraphs all there) names the first paragraph the text now has beyond it.
 */
export function firstDifference(
  version: string,
  now: string,
): { readonly paragraph: string; readonly number: number; readonly removed: boolean } | null {
  const was = paragraphsOf(version);
  const is = paragraphsOf(now);
  for (let i = 0; i < Math.max(was.length, is.length); i++) {
    if (was[i] === is[i]) continue;
    const removed = was[i] === undefined;
    return { paragraph: preview(removed ? is[i]! : was[i]!), number: i + 1, removed };
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/**
 * When a version was kept, in local time: "today 12:41", "yesterday 18:02", "3 Dec 09:15", and
 * with the year when it is not this one ("28 Dec 2025 09:15").
 */
export function whenKept(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const clock = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const day = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  // Calendar days apart, by local midnight (a daylight-saving day is not 24 hours).
  const daysAgo = Math.round((day(now) - day(at)) / 86_400_000);
  if (daysAgo === 0) return `today ${clock}`;
  if (daysAgo === 1) return `yesterday ${clock}`;
  const date = `${at.getDate()} ${MONTHS[at.getMonth()]}`;
  return at.getFullYear() === now.getFullYear()
    ? `${date} ${clock}`
    : `${date} ${at.getFullYear()} ${clock}`;
}

/** "1,204 words (−36 against now)", "12 words (+3 against now)", "1 word (as many as now)". */
export function wordsAgainst(words: number, wordsNow: number): string {
  const count = `${words.toLocaleString("en-GB")} word${words === 1 ? "" : "s"}`;
  const delta = words - wordsNow;
  if (delta === 0) return `${count} (as many as now)`;
  const sign = delta > 0 ? "+" : "−";
  return `${count} (${sign}${Math.abs(delta).toLocaleString("en-GB")} against now)`;
}
