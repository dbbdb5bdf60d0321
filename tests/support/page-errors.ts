/**
 * Every page error and console error of every app page a test opens, so that the test that
 * caused one fails with it (`page-errors-setup.ts`, the e2e project's setup file). Two flakes of
 * session 32 were a test's wrapper on the shared app's `view.dispatch` that threw in the page
 * for every later file, and nobody saw it: the harness read page errors only while an app
 * started.
 *
 * A test that provokes an error on purpose (a refused file, a failed save) allows it here, by
 * its message, for itself only: the allowances go with the test.
 */
import type { Page } from "playwright-core";

export interface PageError {
  readonly kind: "pageerror" | "console";
  readonly message: string;
  /** The error's stack, or for a console error where it was logged. */
  readonly stack: string;
}

const seen: PageError[] = [];
const allowed: RegExp[] = [];

/** Collects `page`'s uncaught errors and console errors from now on. */
export function watchPageErrors(page: Page): void {
  page.on("pageerror", (error) =>
    seen.push({ kind: "pageerror", message: error.message, stack: error.stack ?? "" }),
  );
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber, columnNumber } = message.location();
    const at = `    at ${url}:${lineNumber + 1}:${columnNumber + 1}`;
    seen.push({ kind: "console", message: message.text(), stack: at });
  });
}

/** Lets the running test's pages report errors matching any of `patterns` without failing it. */
export function allowPageErrors(...patterns: RegExp[]): void {
  allowed.push(...patterns);
}

/** The errors seen so far in the running test, allowed or not, kept. */
export function pageErrorsSoFar(): readonly PageError[] {
  return [...seen];
}

/** The errors seen since the last call that no allowance covers; forgets them and the allowances. */
export function takePageErrors(): PageError[] {
  const unexpected = seen.filter(
    (error) => !allowed.some((pattern) => pattern.test(error.message)),
  );
  seen.length = 0;
  allowed.length = 0;
  return unexpected;
}

/** One failure message for `errors`, each with its stack. */
export function describePageErrors(errors: readonly PageError[]): string {
  const each = errors.map(
    (e) => `${e.kind === "pageerror" ? "uncaught" : "console.error"}: ${e.message}\n${e.stack}`,
  );
  return `${errors.length} error(s) in the page:\n${each.join("\n\n")}`;
}
