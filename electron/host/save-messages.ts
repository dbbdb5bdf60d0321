/**
 * The sentences a writer reads when a save, a Save As or a working copy half succeeds: what was
 * written, what was not, and what to do. Kept apart from the host's flow so each reads whole.
 */
import path from "node:path";
import type { HostError } from "../../core/host-api";
import { writeError } from "./safe-save";
import { sidecarPathFor } from "./story-files";

/** The sentence for a story saved without its sidecar: exactly what was and was not written. */
export function sidecarNotSaved(file: string, err: unknown): string {
  const full = writeError(err, sidecarPathFor(file)).code === "disk-full";
  const reason = full
    ? "the disk is full"
    : `${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  return `"${path.basename(file)}" was saved, but its outline file (scenes, cast, dismissed notes) was not (${reason}); the outline on disk is from the previous save. ${full ? "Free some space and save again." : "Save again; if this stays, check that folder."}`;
}

/** Why a write in the data folder failed, in a few words. */
function dataFolderReason(error: HostError): string {
  if (error.code === "disk-full") return "the disk is full";
  if (error.code === "not-found") return "the folder cannot be made there";
  return "it may not be written";
}

/** The sentence for a save whose replaced version could not be kept among the backups. */
export function noBackup(file: string, dataDir: string, error: HostError): string {
  return `"${path.basename(file)}" was saved, but the version it replaced could not be kept as a backup in ${path.join(dataDir, "backups")} (${dataFolderReason(error)}). Free space there or fix that folder; until then no earlier versions are kept.`;
}

/** The sentence for a Save As whose story's earlier versions could not come along. */
export function notCarried(from: string, file: string, dataDir: string, error: HostError): string {
  return `"${path.basename(file)}" was saved, but the earlier versions of "${path.basename(from)}" could not be kept with it in ${path.join(dataDir, "backups")} (${dataFolderReason(error)}); they stay under the old name.`;
}

/** The sentence for unsaved work that could not be backed up for crash recovery. */
export function noWorkingCopy(file: string, dataDir: string, error: HostError): string {
  return `Unsaved changes to "${path.basename(file)}" cannot be backed up in ${path.join(dataDir, "working-copies")} (${dataFolderReason(error)}), so a crash would lose them. Save the story, and free space there or fix that folder.`;
}
