#!/usr/bin/env node
// Renders the installer icon, build/icon.png (1024x1024), from build/icon.svg: Chromium (through
// playwright-core, no download) draws the SVG. electron-builder converts that one PNG into the
// macOS .icns, the Windows .ico and Linux's sizes, so nothing here packs icon files.
//   node scripts/icons.mjs      -> build/icon.png
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const build = path.join(root, "build");
const SIZE = 1024;

function chromiumPath() {
  const candidates = [
    process.env.DRAFTWISE_CHROMIUM,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((p) => p && existsSync(p));
}

async function render(svg, size) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setViewportSize({ width: size, height: size });
    const url = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${url}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    return await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const png = await render(readFileSync(path.join(build, "icon.svg"), "utf8"), SIZE);
  writeFileSync(path.join(build, "icon.png"), png);
  console.log(`icons: build/icon.png, ${SIZE}x${SIZE}`);
}
