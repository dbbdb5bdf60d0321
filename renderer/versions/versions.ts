/**
 * The Earlier Versions feature: the command `file.earlierVersions` (File menu, native and the
 * browser shell's) asks the host for the open story's kept versions and their texts, and shows
 * them (versions-dialog.ts). Restore replaces the whole text as one undo step, marked so
 * autosave waits for a save by hand: the story shows unsaved and nothing is written.
 */
import { countWords } from "../../core/words";
import type { AppCommand } from "../editor/command-registry";
import type { App, Feature } from "../editor/feature";
import { showVersionsDialog, type ShownVersion } from "./versions-dialog";

/** Reads the open story's kept versions with their texts; null after showing why it could not. */
async function keptVersions(app: App): Promise<readonly ShownVersion[] | null> {
  // The untitled story has never been saved, so nothing has been kept of it.
  if (!app.file) return [];
  const listed = await app.host.listEarlierVersions(app.file.path);
  if (!listed.ok) {
    app.showError(listed.error);
    return null;
  }
  const path = app.file.path;
  return Promise.all(
    listed.value.map(async (version) => {
      const read = await app.host.readEarlierVersion({ path, id: version.id });
      return { version, text: read.ok ? read.value.text : null };
    }),
  );
}

/** Puts a kept version in the editor: one undo step, unsaved, nothing written. */
export function restoreVersion(app: App, text: string, when: string): void {
  app.replaceText(text, undefined, { restored: true });
  app.view.focus();
  app.flash(`Restored the version kept ${when}, unsaved; undo brings back your text`);
}

export const versionCommands: AppCommand<App>[] = [
  {
    id: "file.earlierVersions",
    label: "Earlier Versions…",
    run: async (app) => {
      const file = app.file?.path;
      const versions = await keptVersions(app);
      // The writer opened another story while the host answered: this list is not its.
      if (versions === null || app.file?.path !== file) return false;
      const text = app.text();
      showVersionsDialog(
        versions,
        { text, words: countWords(text), at: new Date() },
        (shown, when) => {
          if (shown.text !== null && app.file?.path === file) restoreVersion(app, shown.text, when);
        },
      );
      return true;
    },
  },
];

export const versionsFeature: Feature = {
  name: "versions",
  commands: () => versionCommands,
};
