#!/usr/bin/env node
// Generates the installer icon set from build/icon.svg, in pure JavaScript: Chromium (through
// playwright-core, no download) renders the SVG at each size; the PNGs are then packed into a
// Windows .ico and a macOS .icns, both of which are simple containers of PNG images.
//   node scripts/icons.mjs      -> build/icons/<size>x<size>.png, build/icon.png, build/icon.ico, build/icon.icns
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const build = path.join(root, "build");
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entry types that hold PNG data, by pixel size (the @2x types reuse the larger renders).
const ICNS_TYPES = [
  ["icp4", 16],
  ["icp5", 32],
  ["icp6", 64],
  ["ic07", 128],
  ["ic08", 256],
  ["ic09", 512],
  ["ic10", 1024],
  ["ic11", 32],
  ["ic12", 64],
  ["ic13", 256],
  ["ic14", 512],
];

function chromiumPath() {
  const candidates = [
    process.env.DRAFTWISE_CHROMIUM,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((p) => p && existsSync(p));
}

/** Packs PNG images into an ICO file (PNG-compressed entries, Windows Vista and later). */
export function packIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** Packs PNG images into an ICNS file: a header, then (type, length, data) entries. */
export function packIcns(entries) {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, "ascii");
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write("icns", 0, "ascii");
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function render(svg) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    const pngs = new Map();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const url = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${url}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator("img").evaluate((img) => img.decode());
      pngs.set(
        size,
        await page.screenshot({
          omitBackground: true,
          clip: { x: 0, y: 0, width: size, height: size },
        }),
      );
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pngs = await render(readFileSync(path.join(build, "icon.svg"), "utf8"));
  mkdirSync(path.join(build, "icons"), { recursive: true });
  for (const [size, png] of pngs)
    writeFileSync(path.join(build, "icons", `${size}x${size}.png`), png);
  writeFileSync(path.join(build, "icon.png"), pngs.get(1024));
  writeFileSync(
    path.join(build, "icon.ico"),
    packIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
  );
  writeFileSync(
    path.join(build, "icon.icns"),
    packIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
  );
  console.log(
    `icons: ${SIZES.length} PNG sizes, icon.ico (${ICO_SIZES.length} images), icon.icns (${ICNS_TYPES.length} entries) in build/`,
  );
}
