/**
 * The features the app is built from, in the order their plugins run. Each lives in its own
 * module and knows the app only through the `Feature` interface; the ones that read analysis
 * results are handed the app's one analysis controller, made here.
 */
import type { Feature } from "./editor/feature";
import { AnalysisController } from "./analysis/controller";
import { outlineFeature, sceneRedetector } from "./outline";
import { exportFeature } from "./export";
import { versionsFeature } from "./versions";
import { notesFeature } from "./notes";
import { castFeature } from "./cast";
import { sessionTarget } from "./session";
import { focusFeature } from "./focus";
import { findFeature } from "./find";
import { commandKeys } from "./editor/command-keymap";
import { autosave } from "./editor/autosave";
import { lineParagraphs } from "./editor/line-paragraphs";

export function appFeatures(): readonly Feature[] {
  const analysis = new AnalysisController();
  return [
    analysis,
    outlineFeature(analysis),
    exportFeature,
    versionsFeature,
    notesFeature(analysis),
    castFeature(analysis),
    sessionTarget(),
    findFeature,
    focusFeature(),
    autosave(),
    // Its scenes were found in one paragraph: the outline finds them again as it separates.
    lineParagraphs(sceneRedetector(analysis)),
    // Last: the registry's keys, the only ones bound, after the features' own key handling
    // (a note card's or a quote card's keys while one is open).
    commandKeys,
  ];
}
