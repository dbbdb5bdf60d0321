import { describe, expect, it } from "vitest";
import { menuTemplate, type MenuNode } from "../../../electron/menu-template";
import { APP_MENU } from "../../../renderer/ui/app-menu";

/** Every command item of a native menu, with its argument ("view.theme:dark"). */
function commandItems(nodes: readonly MenuNode[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.action?.kind === "command"
      ? [node.action.arg ? `${node.action.command}:${node.action.arg}` : node.action.command]
      : []),
    ...commandItems(node.submenu ?? []),
  ]);
}

const pageItems = APP_MENU.flatMap((group) =>
  group.items.map((item) => (item.arg ? `${item.command}:${item.arg}` : item.command)),
);

describe("the page's menu (browser shell)", () => {
  it("offers every command of the native menu, on every platform", () => {
    for (const platform of ["linux", "win32", "darwin"] as const) {
      const native = commandItems(menuTemplate(platform, [], { theme: "system" }));
      expect(native.length).toBeGreaterThan(10);
      expect(native.filter((id) => !pageItems.includes(id))).toEqual([]);
    }
  });

  it("has the native menu bar's File, Edit and View, and Help, each item once", () => {
    expect(APP_MENU.map((g) => g.label)).toEqual(["File", "Edit", "View", "Help"]);
    expect(new Set(pageItems).size).toBe(pageItems.length);
  });
});
