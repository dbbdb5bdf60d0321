/**
 * `npx tsx bench/profile.ts [--words 300000] [--keys 40]`: where a keystroke's time goes in the
 * app. Opens Draftwise on the repeated story, records a CPU profile (CDP) while typing, writes
 * it to test-results/bench-typing.cpuprofile (open it in Chrome DevTools) and prints the
 * functions with the most self time.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { openApp } from "../tests/support/harness";
import { launchChromium } from "../tests/support/chromium";
import { repeatedStory } from "./corpus";
import { selfTimes, type CpuProfile } from "./cpu-profile";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      words: { type: "string", default: "300000" },
      keys: { type: "string", default: "40" },
    },
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-profile-")), "story.txt");
  writeFileSync(file, repeatedStory(Number(values.words)));
  const browser: Browser = await launchChromium();
  try {
    const context = {
      newContext: async (o: Parameters<Browser["newContext"]>[0]) => {
        const c = await browser.newContext(o);
        await c.addInitScript("globalThis.__name ??= (fn) => fn;");
        return c;
      },
    };
    const app = await openApp({ story: file, browser: context as unknown as Browser });
    await app.page.waitForTimeout(3000);
    await app.page.evaluate(
      `(() => { const v = window.draftwiseApp.view; const p = Math.floor(v.state.doc.content.size / 2); v.focus(); v.dispatch(v.state.tr.setSelection(v.state.selection.constructor.near(v.state.doc.resolve(p))).scrollIntoView()); })()`,
    );
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    for (let i = 0; i < Number(values.keys); i++) {
      await app.page.keyboard.press(i % 6 === 5 ? "Space" : "e");
      await app.page.waitForTimeout(60);
    }
    await app.page.waitForTimeout(1000);
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
    const out = path.resolve(import.meta.dirname, "../test-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "bench-typing.cpuprofile"), JSON.stringify(profile));
    for (const { name, ms } of selfTimes(profile).slice(0, 25))
      process.stdout.write(`${ms.toFixed(1).padStart(9)} ms  ${name}\n`);
    await app.close();
  } finally {
    await browser.close();
  }
}

void main();
