/**
 * The check sets (tests/fixtures/stories and fresh-check*) are measured as pooled tables only:
 * scripts that print a story's lines refuse them. One test for all such scripts, on the resolved
 * path, so "tests/fixtures/stories/.", "../stories" from inside a fixture folder, or a story
 * folder under a check set are refused alike.
 */
import path from "node:path";

const CHECK_SET = /(?:^|[\\/])fixtures[\\/](?:stories|fresh-check(?:-\d+)?)(?:[\\/]|$)/u;

export const isCheckSet = (dir: string): boolean => CHECK_SET.test(path.resolve(dir));

/** Exits with a message when any of `dirs` is a check set; `what` says what the script prints. */
export function refuseCheckSets(script: string, what: string, dirs: readonly string[]): void {
  const refused = dirs.filter(isCheckSet);
  if (refused.length === 0) return;
  console.error(
    `${script}: ${what}, and the check sets are not to be read (${refused.join(", ")})`,
  );
  process.exit(2);
}
