import { describe, expect, it } from "vitest";
import { menuCommands, menuTemplate, type MenuNode } from "../../electron/menu-template";

const find = (nodes: readonly MenuNode[], label: string): MenuNode | undefined => {
  for (const node of nodes) {
    if (node.label?.replace("&", "") === label) return node;
    const inner = find(node.submenu ?? [], label);
    if (inner) return inner;
  }
  return undefined;
};
const topLabels = (nodes: readonly MenuNode[]) => nodes.map((n) => n.label?.replace("&", ""));

describe("the native menu template", () => {
  it("has File, Edit, View and Help on Linux and Windows, with Quit in File", () => {
    for (const platform of ["linux", "win32"] as const) {
      const menu = menuTemplate(platform, [], { theme: "system" });
      expect(topLabels(menu)).toEqual(["File", "Edit", "View", "Help"]);
      expect(find(menu, "Quit")?.role).toBe("quit");
      expect(find(menu, "About Draftwise")?.action).toEqual({
        kind: "command",
        command: "help.about",
      });
    }
  });

  it("puts an app menu first on macOS and Quit and About there, not in File or Help", () => {
    const menu = menuTemplate("darwin", [], { theme: "system" });
    expect(topLabels(menu)).toEqual(["Draftwise", "File", "Edit", "View", "Window", "Help"]);
    expect(find(menu[0]!.submenu!, "Quit Draftwise")?.role).toBe("quit");
    expect(find(menu[0]!.submenu!, "About Draftwise")?.role).toBe("about");
    expect(find(menu[1]!.submenu!, "Quit")).toBeUndefined();
    expect(find(menu[5]!.submenu!, "About Draftwise")).toBeUndefined();
  });

  it("sends every app behaviour as a registry command id", () => {
    const ids = new Set(menuCommands(menuTemplate("linux", [], { theme: "system" })));
    for (const id of [
      "file.new",
      "file.open",
      "file.save",
      "file.saveAs",
      "file.earlierVersions",
      "file.export",
      "file.close",
      "edit.undo",
      "edit.redo",
      "edit.find",
      "edit.replace",
      "edit.findNext",
      "edit.findPrevious",
      "edit.separateParagraphs",
      "view.outline",
      "view.cast",
      "view.notes",
      "view.highlightCharacters",
      "view.focusMode",
      "view.theme",
      "help.shortcuts",
      "help.about",
    ])
      expect(ids, id).toContain(id);
  });

  it("uses Electron's roles for the clipboard, select all and zoom", () => {
    const menu = menuTemplate("linux", [], { theme: "system" });
    expect(["Cut", "Copy", "Paste", "Select All"].map((l) => find(menu, l)?.role)).toEqual([
      "cut",
      "copy",
      "paste",
      "selectAll",
    ]);
    expect(["Zoom In", "Zoom Out", "Actual Size"].map((l) => find(menu, l)?.role)).toEqual([
      "zoomIn",
      "zoomOut",
      "resetZoom",
    ]);
    expect(find(menu, "Cut")?.action).toBeUndefined();
  });

  it("uses CmdOrCtrl accelerators, and each platform's own find-next and redo keys", () => {
    const linux = menuTemplate("linux", [], { theme: "system" });
    const mac = menuTemplate("darwin", [], { theme: "system" });
    const win = menuTemplate("win32", [], { theme: "system" });
    expect(find(linux, "Save")?.accelerator).toBe("CmdOrCtrl+S");
    expect(find(linux, "Find Next")?.accelerator).toBe("F3");
    expect(find(mac, "Find Next")?.accelerator).toBe("Cmd+G");
    expect(find(win, "Redo")?.accelerator).toBe("Ctrl+Y");
    expect(find(mac, "Redo")?.accelerator).toBe("CmdOrCtrl+Shift+Z");
  });

  it("gives no two items in one menu bar the same accelerator", () => {
    for (const platform of ["linux", "darwin", "win32"] as const) {
      const seen = new Map<string, string>();
      const walk = (nodes: readonly MenuNode[]): void => {
        for (const node of nodes) {
          if (node.accelerator) {
            expect(seen.get(node.accelerator), `${platform}: ${node.accelerator}`).toBeUndefined();
            seen.set(node.accelerator, node.label ?? "");
          }
          walk(node.submenu ?? []);
        }
      };
      walk(menuTemplate(platform, [], { theme: "system" }));
    }
  });

  it("lists recent stories most recent first, each opening its own path", () => {
    const menu = menuTemplate("linux", ["/home/w/b.txt", "/home/w/drafts/a.md"], {
      theme: "system",
    });
    const items = find(menu, "Open Recent")!.submenu!;
    expect(items[0]!.label).toContain("b.txt");
    expect(items[0]!.action).toEqual({ kind: "open-recent", path: "/home/w/b.txt" });
    expect(items[1]!.action).toEqual({ kind: "open-recent", path: "/home/w/drafts/a.md" });
    expect(find(items, "Clear Recent")).toMatchObject({
      enabled: true,
      action: { kind: "clear-recent" },
    });
  });

  it("shows a disabled placeholder when there are no recent stories", () => {
    const items = find(menuTemplate("linux", [], { theme: "system" }), "Open Recent")!.submenu!;
    expect(items[0]).toMatchObject({ label: "No recent stories", enabled: false });
    expect(find(items, "Clear Recent")?.enabled).toBe(false);
  });

  it("checks the chosen theme and sends the choice as the command's argument", () => {
    const theme = find(menuTemplate("linux", [], { theme: "dark" }), "Theme")!.submenu!;
    expect(theme.map((t) => [t.type, t.checked])).toEqual([
      ["radio", false],
      ["radio", true],
      ["radio", false],
    ]);
    expect(theme.map((t) => t.action)).toEqual(
      ["light", "dark", "system"].map((arg) => ({ kind: "command", command: "view.theme", arg })),
    );
  });

  it("offers developer tools only when asked", () => {
    expect(find(menuTemplate("linux", [], { theme: "system" }), "Developer Tools")).toBeUndefined();
    expect(
      find(menuTemplate("linux", [], { theme: "system", developer: true }), "Developer Tools")
        ?.role,
    ).toBe("toggleDevTools");
  });
});
