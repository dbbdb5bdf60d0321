/**
 * What a hostile string in a story could try inside the page: reach Node, run inline script,
 * eval, or load from elsewhere. The page is served with the same CSP as Electron's app://.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../electron/host/app-files";
import { openApp, type AppHarness } from "../support/harness";
import { allowPageErrors } from "../support/page-errors";

let app: AppHarness;
beforeAll(async () => {
  // The page's lock-down does not depend on the story: a short one keeps the start cheap.
  app = await openApp({ text: "Mara left the harbour.\n\nThe boat went out on the tide.\n" });
});
afterAll(async () => {
  app.host.dispose();
  await app.close();
});

describe("the page is locked down", () => {
  it("has no Node: require, process, module and Buffer are undefined", async () => {
    const kinds = await app.page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return ["require", "process", "module", "Buffer", "global"].map((name) => typeof g[name]);
    });
    expect(kinds).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined"]);
  });

  it("is served with the strict policy, and the HTML carries it too", async () => {
    const response = await app.page.request.get(app.page.url());
    expect(response.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    const meta = await app.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(meta).toMatch(/default-src 'none'; script-src 'self'/);
  });

  it("blocks an inline script injected through the DOM and reports the violation", async () => {
    // Chromium logs each blocked script as a console error: what this test provokes.
    allowPageErrors(/^Executing inline (script|event handler) violates .*Content Security Policy/);
    const outcome = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(`${e.effectiveDirective}:${e.blockedURI}`),
      );
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.body.append(script);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__handlerRan = true");
      const failed = new Promise((done) => img.addEventListener("error", done));
      img.src = "data:,not-an-image";
      document.body.append(img);
      await failed;
      // Violation reports are queued as events: wait for both kinds, a bounded number of frames
      // (Chromium may report the script element twice before the handler's one arrives).
      const both = () =>
        violations.includes("script-src-elem:inline") &&
        violations.includes("script-src-attr:inline");
      for (let frame = 0; !both() && frame < 120; frame++)
        await new Promise((done) => requestAnimationFrame(done));
      const w = window as unknown as Record<string, unknown>;
      return { inline: w.__inlineRan ?? false, handler: w.__handlerRan ?? false, violations };
    });
    expect(outcome.inline).toBe(false);
    expect(outcome.handler).toBe(false);
    expect(outcome.violations).toContain("script-src-elem:inline");
    expect(outcome.violations).toContain("script-src-attr:inline");
  });

  it("refuses eval, a remote script and a remote fetch", async () => {
    allowPageErrors(
      /^Evaluating a string as JavaScript violates .*Content Security Policy/,
      /^Loading the script 'https:\/\/example\.com\/x\.js' violates .*Content Security Policy/,
      /^Connecting to 'https:\/\/example\.com\/' violates .*Content Security Policy/,
      /^Fetch API cannot load https:\/\/example\.com\/\. Refused to connect/,
    );
    const outcome = await app.page.evaluate(async () => {
      // A string handed to a timer is eval'd later by the page itself (code run by the test
      // harness directly is exempt from CSP, so eval() is not tried here).
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(`${e.effectiveDirective}:${e.blockedURI}`),
      );
      (setTimeout as unknown as (code: string, ms: number) => void)("window.__evalRan = true", 0);
      // The timer fires in a later task: wait until it ran or was refused, a bounded number of frames.
      const settled = () =>
        (window as unknown as Record<string, unknown>).__evalRan !== undefined ||
        violations.includes("script-src:eval");
      for (let frame = 0; !settled() && frame < 120; frame++)
        await new Promise((done) => requestAnimationFrame(done));
      const evalBlocked =
        (window as unknown as Record<string, unknown>).__evalRan === undefined &&
        violations.includes("script-src:eval");
      const remote = await new Promise<string>((resolve) => {
        const s = document.createElement("script");
        s.src = "https://example.com/x.js";
        s.onload = () => resolve("loaded");
        s.onerror = () => resolve("blocked");
        document.body.append(s);
      });
      const fetched = await fetch("https://example.com/").then(
        () => "fetched",
        () => "blocked",
      );
      return { evalBlocked, remote, fetched };
    });
    expect(outcome).toEqual({ evalBlocked: true, remote: "blocked", fetched: "blocked" });
  });

  it("cannot replace the host bridge", async () => {
    const same = await app.page.evaluate(() => {
      const before = (window as unknown as { draftwise: unknown }).draftwise;
      try {
        (window as unknown as { draftwise: unknown }).draftwise = { saveStory: () => "hijacked" };
      } catch {
        // Strict-mode pages throw; either way the bridge must stay.
      }
      return (
        (window as unknown as { draftwise: unknown }).draftwise === before &&
        Object.isFrozen(before)
      );
    });
    expect(same).toBe(true);
  });
});
