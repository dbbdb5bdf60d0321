/**
 * `npx tsx bench/profile-open.ts [--words 300000]`: where the time to ready goes. Records a CPU
 * profile of the page from its creation until the app marks itself ready, and prints the
 * functions with the most self time (build with DRAFTWISE_NO_MINIFY=1 for readable names).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser, BrowserContext, CDPSession } from "playwright-core";
import { openApp } from "../tests/support/harness";
import { launchChromium } from "../tests/support/chromium";
import { repeatedStory } from "./corpus";
import { selfTimes, type CpuProfile } from "./cpu-profile";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { words: { type: "string", default: "300000" } } });
  const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-open-")), "story.txt");
  writeFileSync(file, repeatedStory(Number(values.words)));
  const browser = await launchChromium();
  let cdp: Promise<CDPSession> | null = null;
  const probing = {
    newContext: async (o: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext> => {
      const context = await browser.newContext(o);
      await context.addInitScript("globalThis.__name ??= (fn) => fn;");
      context.on("page", (page) => {
        cdp = (async () => {
          const session = await context.newCDPSession(page);
          await session.send("Profiler.enable");
          await session.send("Profiler.setSamplingInterval", { interval: 100 });
          await session.send("Profiler.start");
          return session;
        })();
      });
      return context;
    },
  };
  try {
    const app = await openApp({ story: file, browser: probing as unknown as Browser });
    const session = await cdp!;
    const { profile } = (await session.send("Profiler.stop")) as { profile: CpuProfile };
    writeFileSync("test-results/open.cpuprofile", JSON.stringify(profile));
    for (const { name, ms } of selfTimes(profile).slice(0, 30))
      process.stdout.write(`${ms.toFixed(1).padStart(9)} ms  ${name}\n`);
    await app.close();
  } finally {
    await browser.close();
  }
}

void main();
