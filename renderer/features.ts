/**
 * The features the app is built from, in the order their plugins run. Each lives in its own
 * module and knows the app only through the `Feature` interface.
 */
import type { Feature } from "./editor/feature";
import { analysisController } from "./analysis/controller";
import { outlineFeature } from "./outline";
import { exportFeature } from "./export";
import { notesFeature } from "./notes";
import { castFeature } from "./cast";
import { sessionTarget } from "./session";
import { focusFeature } from "./focus";
import { findFeature } from "./find";
import { commandKeys } from "./editor/command-keymap";
import { autosave } from "./editor/autosave";

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
  // Last: the registry's keys, the only ones bound, after the features' own key handling
  // (a note card's or a quote card's keys while one is open).
  commandKeys,
];
