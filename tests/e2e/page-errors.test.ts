/**
 * The harness's watch on the page (`tests/support/page-errors.ts`): an uncaught error and a
 * console error reach the test that caused them, with the error's stack, and a test lets through
 * only what it allows.
 */
import { describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import {
  allowPageErrors,
  describePageErrors,
  pageErrorsSoFar,
  takePageErrors,
} from "../support/page-errors";

const provoke = `(() => {
  setTimeout(function thrownOnPurpose() { throw new Error("thrown on purpose"); });
  console.error("logged on purpose");
})()`;

describe("page errors", () => {
  it("are handed to the test that caused them, with the error's stack", async () => {
    const app = await sharedApp();
    await app.page.evaluate(provoke);
    await expect.poll(() => pageErrorsSoFar().length).toBe(2);
    const errors = takePageErrors();
    expect(errors.map((e) => e.message).sort()).toEqual(["logged on purpose", "thrown on purpose"]);
    expect(describePageErrors(errors)).toContain("thrownOnPurpose");
    expect(takePageErrors()).toEqual([]);
  });

  it("let through what the test allows, and only that", async () => {
    const app = await sharedApp();
    allowPageErrors(/on purpose$/);
    await app.page.evaluate(provoke);
    await app.page.evaluate(`setTimeout(() => { throw new Error("not allowed"); })`);
    await expect.poll(() => pageErrorsSoFar().length).toBe(3);
    expect(takePageErrors().map((e) => e.message)).toEqual(["not allowed"]);
  });
});
