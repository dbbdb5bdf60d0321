/**
 * The one command registry: each command says whether it applied, a key is bound once, and
 * the keymap built from the registry is the only place in the renderer that binds keys.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CommandRegistry,
  keysOf,
  normalizeKeys,
  type AppCommand,
} from "../../../renderer/editor/command-registry";
import type { App, Feature } from "../../../renderer/editor/feature";
import { menuTemplate, type MenuNode } from "../../../electron/menu-template";

const RENDERER = path.resolve(import.meta.dirname, "../../../renderer");

const command = (id: string, keys?: string, applies = true): AppCommand<null> => ({
  id,
  label: id,
  ...(keys ? { keys } : {}),
  run: () => applies,
});

describe("CommandRegistry", () => {
  it("refuses a command once sealed (the keymap is built then: a later command would have no keys)", () => {
    const registry = new CommandRegistry<null>(null);
    registry.register(command("early", "Mod-e"));
    registry.seal();
    expect(() => registry.register(command("late", "Mod-l"))).toThrow(/after the keymap was built/);
    expect(registry.get("late")).toBeUndefined();
    expect(registry.list().map((c) => c.id)).toEqual(["early"]);
  });

  it("returns the command's own answer: an enabled command that does not apply runs false", async () => {
    const registry = new CommandRegistry<null>(null);
    registry.register(command("yes"), command("no", undefined, false), {
      ...command("off"),
      enabled: () => false,
    });
    expect(await registry.run("yes")).toBe(true);
    expect(await registry.run("no")).toBe(false);
    expect(await registry.run("off")).toBe(false);
    expect(await registry.run("missing")).toBe(false);
    expect(registry.runForKey("no")).toBe(false);
    expect([registry.canRun("no"), registry.canRun("off")]).toEqual([true, false]);
  });

  it("waits for an asynchronous command's answer; a key it runs is taken at once", async () => {
    const registry = new CommandRegistry<null>(null);
    registry.register({ id: "later", label: "Later", run: () => Promise.resolve(false) });
    expect(await registry.run("later")).toBe(false);
    expect(registry.runForKey("later")).toBe(true);
  });

  it("refuses a key bound twice, however it is spelled", () => {
    const registry = new CommandRegistry<null>(null);
    registry.register(command("redo", "Mod-Shift-z"));
    expect(() => registry.register(command("other", "Shift-Mod-Z"))).toThrow(/already redo's/);
    expect(() => registry.register({ ...command("more"), moreKeys: ["Mod-Shift-z"] })).toThrow(
      /already redo's/,
    );
    expect(registry.get("other")).toBeUndefined();
  });

  it("reads a minus as a key, and a letter in either case as one key", () => {
    expect(normalizeKeys("Mod--")).toBe("Mod--");
    expect(normalizeKeys("Shift-Mod-S")).toBe("Mod-Shift-s");
    expect(normalizeKeys("Alt-ArrowUp")).toBe("Alt-ArrowUp");
  });
});

describe("the app's commands", () => {
  let all: (mac: boolean) => AppCommand<App>[];

  beforeAll(async () => {
    // Features read their settings from localStorage when they are made.
    const store = new Map<string, string>();
    Object.assign(globalThis, {
      localStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
        removeItem: (k: string) => void store.delete(k),
      },
    });
    const { fileCommands } = await import("../../../renderer/commands/file-commands");
    const { windowCommands } = await import("../../../renderer/commands/window-commands");
    const { editCommands } = await import("../../../renderer/commands/edit-commands");
    const { viewCommands } = await import("../../../renderer/commands/view-commands");
    const { pageCommands } = await import("../../../renderer/editor/page-keys");
    const { appFeatures } = await import("../../../renderer/features");
    const features: readonly Feature[] = appFeatures();
    const app = {} as App;
    all = (mac) => [
      ...fileCommands,
      ...windowCommands,
      ...editCommands,
      ...viewCommands,
      ...pageCommands(mac),
      ...features.flatMap((f) => f.commands?.(app) ?? []),
    ];
  });

  it("bind every key once, on every platform", () => {
    for (const mac of [false, true]) {
      const owners = new Map<string, string[]>();
      for (const c of all(mac))
        for (const keys of keysOf(c))
          owners.set(normalizeKeys(keys), [...(owners.get(normalizeKeys(keys)) ?? []), c.id]);
      const twice = [...owners].filter(([, ids]) => ids.length > 1);
      expect(twice).toEqual([]);
      expect(owners.size).toBeGreaterThan(30);
    }
  });

  it("include the features' keys and the editor's own (F8, Alt+Up, Enter, Ctrl+End, Escape)", () => {
    const bound = new Map(all(false).flatMap((c) => keysOf(c).map((k) => [k, c.id] as const)));
    expect(bound.get("F8")).toBe("notes.next");
    expect(bound.get("Alt-ArrowUp")).toBe("outline.moveUp");
    expect(bound.get("Enter")).toBe("edit.newParagraph");
    expect(bound.get("Ctrl-End")).toBe("navigate.storyEnd");
    expect(bound.get("Escape")).toBe("view.leave");
    expect(bound.get("Mod-y")).toBe("edit.redo");
  });

  it("have the keys the native menu shows for them, on every platform", () => {
    for (const platform of ["linux", "win32", "darwin"] as const) {
      const mac = platform === "darwin";
      const byId = new Map(all(mac).map((c) => [c.id, c]));
      const items = acceleratedCommands(menuTemplate(platform, [], { theme: "system" }));
      expect(items.length).toBeGreaterThan(10);
      const differing = items.filter(({ id, accelerator }) => {
        const command = byId.get(id);
        const keys = command ? keysOf(command).map(normalizeKeys) : [];
        return !keys.includes(normalizeKeys(fromAccelerator(accelerator, mac)));
      });
      expect(differing).toEqual([]);
    }
  });

  it("are registered by id once", () => {
    const ids = all(false).map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

/** The native menu's command items that show a key. */
function acceleratedCommands(nodes: readonly MenuNode[]): { id: string; accelerator: string }[] {
  return nodes.flatMap((node) => [
    ...(node.action?.kind === "command" && node.accelerator
      ? [{ id: node.action.command, accelerator: node.accelerator }]
      : []),
    ...acceleratedCommands(node.submenu ?? []),
  ]);
}

/** Electron's "CmdOrCtrl+Shift+S" in ProseMirror's notation ("Mod-Shift-S"). */
function fromAccelerator(accelerator: string, mac: boolean): string {
  const mod = mac ? "Cmd" : "Ctrl";
  return accelerator
    .split("+")
    .map((part) => (part === "CmdOrCtrl" || part === mod ? "Mod" : part))
    .join("-");
}

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

describe("the renderer's key bindings", () => {
  it("are made in one place, from the registry (ProseMirror's base keys aside)", () => {
    const binders = sources(RENDERER).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const calls = text.match(/\b(keymap|keydownHandler)\((?!baseKeymap\))/g) ?? [];
      return calls.map(() => path.relative(RENDERER, file));
    });
    expect([...new Set(binders)]).toEqual(["editor/command-keymap.ts"]);
  });
});
