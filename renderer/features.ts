/**
 * The features the app is built from, in the order their plugins run. Each lives in its own
 * module and knows the app only through the `Feature` interface.
 */
import type { Feature } from "./app";
import { analysisController } from "./analysis/controller";
import { outlineFeature } from "./outline-feature";
import { exportFeature } from "./commands/export-commands";
import { notesFeature } from "./notes-feature";
import { castFeature } from "./cast-feature";
import { sessionTarget } from "./session-target";
import { focusFeature } from "./focus-mode";
import { findFeature } from "./panels/find-bar";
import { commandKeys } from "./commands/window-commands";
import { autosave } from "./autosave";

export const features: readonly Feature[] = [
  analysisController,
  outlineFeature(),
  exportFeature,
  notesFeature(),
  castFeature(),
  sessionTarget(),
  findFeature,
  focusFeature,
  autosave(),
  // Last: the registry's shortcuts, so features' own keys win.
  commandKeys,
];
