/**
 * A page of the browser shell that goes away lets go of the stories it holds (holds-38): the
 * host sees the page's event stream close (a closed or crashed tab alike) and, once the calls
 * the page made before it went have been answered, another page may discard or keep the copy.
 * On real files in a temp folder, through the shell's own server.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openBrowserShell, type BrowserShell } from "../../electron/host/browser-shell";
import { PAGE_HEADER, SECRET_HEADER } from "../../electron/host/browser-server";

let dir: string;
let shell: BrowserShell;
/**
 * The graces of closed streams (browser-server.ts `PAGE_GRACE_MS`) still running: a test ends
 * them itself (`endGraces`), never waits on a clock. Unless `heldGraces`, a grace is over at once.
 */
let graces: { live: boolean; run: () => void }[] = [];
let heldGraces = false;
const pendingGraces = () => graces.filter((grace) => grace.live).length;
const endGraces = () => {
  for (const grace of graces.splice(0)) if (grace.live) grace.run();
};

beforeEach(async () => {
  graces = [];
  heldGraces = false;
  dir = mkdtempSync(path.join(tmpdir(), "draftwise-page-holds-"));
  const story = path.join(dir, "story.txt");
  writeFileSync(story, "One.\n\nTwo.\n");
  shell = await openBrowserShell({
    rendererDir: dir,
    launchFile: story,
    bundledStory: story,
    documentsDir: dir,
    dataDir: path.join(dir, "app-data"),
    watch: false,
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    pageGrace: (run) => {
      if (!heldGraces) return (run(), () => {});
      const grace = { live: true, run };
      graces.push(grace);
      return () => void (grace.live = false);
    },
  });
});
afterEach(async () => {
  await shell.close();
  rmSync(dir, { recursive: true, force: true });
});

const headers = (page: string) => ({
  [SECRET_HEADER]: shell.server.secret,
  [PAGE_HEADER]: page,
  origin: shell.server.origin,
  "content-type": "application/json",
});

/** One host call as `page` makes it; the host's answer. */
async function call(page: string, method: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(`${shell.server.origin}/__host`, {
    method: "POST",
    headers: headers(page),
    body: JSON.stringify({ method, args }),
  });
  return ((await response.json()) as { value: unknown }).value;
}

/** `page`'s event stream, as the page opens it; aborting it is the page going away. */
async function openStream(page: string): Promise<AbortController> {
  const going = new AbortController();
  const response = await fetch(`${shell.server.origin}/__events`, {
    headers: headers(page),
    signal: going.signal,
  });
  expect(response.status).toBe(200);
  // Read on, as the page does, until it goes.
  void response.body?.pipeTo(new WritableStream()).catch(() => undefined);
  return going;
}

const untitled = () => path.join(dir, "app-data", "working-copies", "untitled.json");
const keptText = (): string | null =>
  existsSync(untitled())
    ? (JSON.parse(readFileSync(untitled(), "utf8")) as { text: string }).text
    : null;

let n = 0;
const order = (writer: string) => ({ writer, n: ++n, overtakes: [] });
const discard = (page: string) => call(page, "discardWorkingCopy", ["", order(page)]);
const refused = { ok: false, error: expect.objectContaining({ code: "held-elsewhere" }) };

describe("a page that goes away", () => {
  it("lets go of its untitled story, so another page can discard the copy it left", async () => {
    const first = await openStream("first-page");
    await call("first-page", "holdStory", ["", "first-page"]);
    await call("first-page", "backupWorkingCopy", [
      { path: "", text: "A draft." },
      order("first-page"),
    ]);
    // While the first page is there, its work in progress is not another page's to discard,
    // and the refusal says what to do.
    expect(await discard("second-page")).toEqual({
      ok: false,
      error: {
        code: "held-elsewhere",
        message:
          'Not discarded: "Untitled" is open in another Draftwise window, which keeps its unsaved work; discard it there, or close that window and discard it here.',
      },
    });
    expect(keptText()).toBe("A draft.");

    first.abort();
    await expect.poll(() => discard("second-page")).toEqual({ ok: true, value: null });
    expect(keptText()).toBeNull();
  });

  it("lets go only once the page's last write, under way as it went, is in", async () => {
    const first = await openStream("first-page");
    await call("first-page", "holdStory", ["", "first-page"]);
    // The page's last copy: its request reached the host, its body is still coming.
    const body = JSON.stringify({
      method: "backupWorkingCopy",
      args: [{ path: "", text: "The last words." }, order("first-page")],
    });
    const half = Math.floor(body.length / 2);
    let answered = false;
    const last = request(`${shell.server.origin}/__host`, {
      method: "POST",
      headers: headers("first-page"),
    });
    const done = new Promise<void>((resolve, reject) => {
      last.on("response", (res) => {
        res.resume();
        res.on("end", () => ((answered = true), resolve()));
      });
      last.on("error", reject);
    });
    last.write(body.slice(0, half));
    await new Promise((resolve) => setTimeout(resolve, 50));

    first.abort();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Not let go yet: a discard now would go before the last words, which would then land.
    expect(await discard("second-page")).toEqual(refused);

    last.end(body.slice(half));
    await done;
    expect(answered).toBe(true);
    expect(keptText()).toBe("The last words.");
    await expect.poll(() => discard("second-page")).toEqual({ ok: true, value: null });
    expect(keptText()).toBeNull();
  });

  it("keeps the holds of a page still there when another page goes", async () => {
    const first = await openStream("first-page");
    const second = await openStream("second-page");
    await call("first-page", "holdStory", ["", "first-page"]);
    second.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await discard("third-page")).toEqual(refused);
    first.abort();
  });

  it("keeps the holds of a page whose old stream closes after its new one opened", async () => {
    // The page reads its events again after a stream ended (a blip): the host may see the old
    // connection end only after the new one came.
    const old = await openStream("first-page");
    const again = await openStream("first-page");
    await call("first-page", "holdStory", ["", "first-page"]);
    old.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await discard("second-page")).toEqual(refused);
    again.abort();
    await expect.poll(() => discard("second-page")).toEqual({ ok: true, value: null });
  });

  it("lets go of a hold taken by a call that came after its page went", async () => {
    // The call travelled on another connection than the page's stream and came last.
    const first = await openStream("first-page");
    first.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await call("first-page", "holdStory", ["", "first-page"]);
    await call("first-page", "backupWorkingCopy", [
      { path: "", text: "A draft." },
      order("first-page"),
    ]);
    expect(keptText()).toBe("A draft.");
    await expect.poll(() => discard("second-page")).toEqual({ ok: true, value: null });
    expect(keptText()).toBeNull();
  });
});

describe("a page whose event stream closes (holds-39)", () => {
  it("keeps its holds when it opens the stream again within the grace", async () => {
    heldGraces = true;
    const first = await openStream("first-page");
    await call("first-page", "holdStory", ["", "first-page"]);
    await call("first-page", "backupWorkingCopy", [
      { path: "", text: "A draft." },
      order("first-page"),
    ]);
    first.abort();
    await expect.poll(pendingGraces).toBe(1);
    // A blip, not a page gone: another page's Discard is refused while it comes back...
    expect(await discard("second-page")).toEqual(refused);
    const again = await openStream("first-page");
    expect(pendingGraces()).toBe(0);
    // ...and after: the grace it cancelled lets nothing go.
    endGraces();
    expect(await discard("second-page")).toEqual(refused);
    expect(keptText()).toBe("A draft.");
    // Gone for good this time: its holds go once the grace is over.
    again.abort();
    await expect.poll(pendingGraces).toBe(1);
    expect(await discard("second-page")).toEqual(refused);
    endGraces();
    await expect.poll(() => discard("second-page")).toEqual({ ok: true, value: null });
    expect(keptText()).toBeNull();
  });

  it("lets go after the grace when it does not come back, its calls in the grace too", async () => {
    heldGraces = true;
    const first = await openStream("first-page");
    first.abort();
    await expect.poll(pendingGraces).toBe(1);
    // A call of it answered in the grace reports nothing yet; the grace's end lets it go.
    await call("first-page", "holdStory", ["", "first-page"]);
    await call("first-page", "backupWorkingCopy", [
      { path: "", text: "Late." },
      order("first-page"),
    ]);
    expect(await discard("second-page")).toEqual(refused);
    endGraces();
    await expect.poll(() => discard("second-page")).toEqual({ ok: true, value: null });
    expect(keptText()).toBeNull();
  });
});
