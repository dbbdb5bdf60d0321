/**
 * The e2e project's setup file: a test fails when its pages reported an uncaught error or a
 * console error it did not allow (`page-errors.ts`). Registered before any file's own hooks, so
 * it runs after them (vitest runs after-hooks last registered first) and sees what a file's
 * clean-up provoked too; what comes after a file's last test fails that file's `afterAll`.
 */
import { afterAll, afterEach } from "vitest";
import { describePageErrors, takePageErrors } from "./page-errors";

function failOnPageErrors(): void {
  const errors = takePageErrors();
  if (errors.length > 0) throw new Error(describePageErrors(errors));
}

afterEach(failOnPageErrors);
afterAll(failOnPageErrors);
