/**
 * `npx tsx eval/app-vs-cli.ts FILE...` (after `node scripts/build.mjs`): opens each story in the
 * real app (the browser shell, Chromium) as a writer would, waits for its analysis, and prints,
 * beside what `analyze` finds in the same file, the editor's blocks, the outline's scenes and
 * points of view, and any warning or error the page logged. One tab-separated line per file.
 *
 * Why: the editor reads a story through its own document (markers kept as nodes, stacked
 * markers as one) and regroups the outline from the worker's answer; when the two disagree the
 * outline silently keeps the markers' scenes. The eval's numbers come from the CLI's path, so
 * only a run through the page shows that the writer sees them too.
 */
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { analyzeStory } from "../core/analyze";
import { readStoryFile } from "../electron/host/story-files";
import { launchChromium } from "../tests/support/chromium";
import { openApp } from "../tests/support/harness";

/** What the harness logs, not the app: its init script on about:blank, the shell's missing icon. */
function harnessNoise(text: string, url: string): boolean {
  return /localStorage/u.test(text) || url.endsWith("/favicon.ico");
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error("usage: npx tsx eval/app-vs-cli.ts FILE...");
  const browser = await launchChromium();
  const logged: string[] = [];
  // openApp makes its own context; this stand-in listens to it from before the page loads.
  const listening = {
    newContext: async (options: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext> => {
      const context = await browser.newContext(options);
      context.on("console", (m) => {
        if (m.type() !== "warning" && m.type() !== "error") return;
        if (!harnessNoise(m.text(), m.location().url)) logged.push(`${m.type()}: ${m.text()}`);
      });
      context.on("weberror", (e) => {
        const message = e.error().message;
        if (!harnessNoise(message, e.page()?.url() ?? "")) logged.push(`page error: ${message}`);
      });
      return context;
    },
  };
  process.stdout.write(
    "file\tparagraphs cli/editor\tscenes cli/outline\tpov cli/outline\tlogged\n",
  );
  for (const file of files) {
    logged.length = 0;
    // Decoded as the app and the CLI decode it (UTF-16, Windows-1252 and a BOM included).
    const read = await readStoryFile(file);
    if (!read.ok) throw new Error(read.error.message);
    const cli = analyzeStory(read.value.text, { file });
    const app = await openApp({
      story: file,
      storyName: path.basename(file),
      browser: listening as unknown as Browser,
    });
    try {
      const outline = app.page.locator("#panel-outline .outline-item");
      const scenes = await outline.count();
      const povs = await outline.locator(".outline-chip.pov").count();
      const blocks = await app.page.evaluate<number>(
        "(() => { let n = 0; window.draftwiseApp.view.state.doc.forEach((s) => s.forEach(() => n++)); return n; })()",
      );
      const cliPovs = cli.scenes.filter((s) => s.pov).length;
      const notes = logged.map((m) => m.slice(0, 160));
      process.stdout.write(
        `${path.basename(file)}\t${cli.paragraphs}/${blocks}\t${cli.scenes.length}/${scenes}\t${cliPovs}/${povs}\t${notes.join(" | ")}\n`,
      );
    } finally {
      await app.close();
    }
  }
  await browser.close();
}

await main();
