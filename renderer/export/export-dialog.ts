/**
 * The Export dialog: format, whole story or chosen scenes, scene titles, break style, one file
 * per scene, and (for a draft with `*word*` or `_word_`) whether those marks are italics. It only gathers choices (remembered between sessions) and reports progress; the
 * export command does the work. A native <dialog>: Escape closes it, focus returns after.
 */
import { chapterTitle } from "../../core/chapters";
import type { BreakStyle, ExportChapter, ExportFormat, ExportScene } from "../../core/export";
import { plainLabel } from "../editor/emphasis-marks";
import type { App } from "../editor/feature";

export interface ExportChoices {
  readonly format: ExportFormat;
  readonly sceneTitles: boolean;
  readonly breakStyle: BreakStyle;
  readonly perScene: boolean;
  /** HTML for AO3: each chapter into its own file (one save dialog for all). */
  readonly perChapter?: boolean;
  /** The one chapter to export (its scenes are `scenes`); HTML gives it as AO3 takes it. */
  readonly chapter?: number;
  /** Indexes of the chosen scenes; absent for the whole story. */
  readonly scenes?: readonly number[];
  /** The manuscript's title and author as typed in the dialog (kept in the sidecar). */
  readonly title?: string;
  readonly author?: string;
  /**
   * `*word*` and `_word_` as italics (true) or as typed (false); absent, as the draft asks
   * (core's `emphasisDefault`). Per story, so not remembered between exports.
   */
  readonly emphasis?: boolean;
}

/** The italics choice for this story: offered when it has `*word*` or `_word_`, and its default. */
export interface ItalicsChoice {
  readonly offered: boolean;
  readonly on: boolean;
}

export interface ExportDialogActions {
  /** Exports; resolves true when done (the dialog closes), false to stay open. */
  export(choices: ExportChoices, progress: (done: number, total: number) => void): Promise<boolean>;
  copy(choices: ExportChoices): Promise<boolean>;
}

const STORAGE_KEY = "draftwise.export.choices";
const defaults: ExportChoices = {
  format: "docx",
  sceneTitles: false,
  breakStyle: "asterisks",
  perScene: false,
};

const FORMATS: readonly [ExportFormat, string][] = [
  ["docx", "Word document (.docx)"],
  ["html", "HTML for AO3 (.html)"],
  ["md", "Markdown (.md)"],
  ["txt", "Plain text (.txt)"],
];

const BREAKS: readonly [BreakStyle, string][] = [
  ["asterisks", "Centred * * *"],
  ["rule", "Horizontal rule"],
  ["page", "Page break (Word; a rule elsewhere)"],
];

/** The last choices made in the dialog (the scene selection is per story and not kept). */
export function rememberedChoices(): ExportChoices {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}") as Partial<ExportChoices>;
    return {
      format: FORMATS.some(([f]) => f === saved.format) ? saved.format! : defaults.format,
      sceneTitles: saved.sceneTitles === true,
      breakStyle: BREAKS.some(([b]) => b === saved.breakStyle)
        ? saved.breakStyle!
        : defaults.breakStyle,
      perScene: saved.perScene === true,
      perChapter: saved.perChapter === true,
    };
  } catch {
    return defaults;
  }
}

function remember(choices: ExportChoices): void {
  const { format, sceneTitles, breakStyle, perScene, perChapter } = choices;
  try {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ format, sceneTitles, breakStyle, perScene, perChapter }),
    );
  } catch {
    // Private mode or a full store: the dialog still works, it just forgets.
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function radio(name: string, value: string, label: string, checked: boolean): HTMLLabelElement {
  return el(
    "label",
    { className: "export-choice" },
    el("input", { type: "radio", name, value, checked }),
    " ",
    label,
  );
}

function checkbox(name: string, label: string, checked: boolean): HTMLLabelElement {
  return el(
    "label",
    { className: "export-choice" },
    el("input", { type: "checkbox", name, checked }),
    " ",
    label,
  );
}

function fieldset(legend: string, ...children: Node[]): HTMLFieldSetElement {
  return el(
    "fieldset",
    { className: "export-group" },
    el("legend", { textContent: legend }),
    ...children,
  );
}

function textField(name: string, label: string, value: string): HTMLLabelElement {
  return el(
    "label",
    { className: "export-field" },
    el("span", { textContent: label }),
    el("input", { type: "text", name, value, autocomplete: "off" }),
  );
}

/** Opens the dialog over the app for a story with these scenes, title and author. */
export function openExportDialog(
  app: App,
  scenes: readonly ExportScene[],
  chapters: readonly ExportChapter[],
  identity: { readonly title: string; readonly author: string },
  italics: ItalicsChoice,
  actions: ExportDialogActions,
): HTMLDialogElement {
  document.querySelector("dialog.export-dialog")?.remove();
  const last = rememberedChoices();
  const form = el("form", { method: "dialog", className: "export-form" });

  // A scrollable list is reachable by keyboard itself (its checkboxes are disabled until chosen).
  const sceneList = el("div", { className: "export-scene-list", tabIndex: 0 });
  sceneList.setAttribute("role", "group");
  sceneList.setAttribute("aria-label", "Scenes to export");
  scenes.forEach((scene, i) =>
    sceneList.append(
      checkbox(`scene-${i}`, plainLabel(app.state, scene.title) || `Scene ${i + 1}`, true),
    ),
  );
  // A story with chapter headings can export one chapter, or each into its own file (AO3).
  const hasChapters = chapters.some((c) => c.heading !== "");
  const chapterSelect = el("select", { name: "chapter" });
  chapterSelect.setAttribute("aria-label", "Chapter to export");
  chapters.forEach((chapter, k) =>
    chapterSelect.append(
      el("option", {
        value: String(k),
        // As the outline names it: a Markdown heading without its marks.
        textContent: chapter.heading
          ? plainLabel(app.state, chapterTitle(chapter.heading))
          : chapter.notes
            ? "Notes (before the first chapter)"
            : `Opening (${k + 1})`,
      }),
    ),
  );
  const chapterChoice = el(
    "label",
    { className: "export-choice" },
    el("input", { type: "radio", name: "range", value: "chapter", checked: false }),
    " One chapter ",
    chapterSelect,
  );
  const perChapter = checkbox(
    "perChapter",
    "One file per chapter (HTML for AO3, one save dialog)",
    last.perChapter === true,
  );
  chapterChoice.hidden = !hasChapters;
  perChapter.hidden = !hasChapters;
  const italicsBox = checkbox("emphasis", "Asterisks as italics (*word*, _word_)", italics.on);
  italicsBox.hidden = !italics.offered;
  const breakSelect = el("select", { name: "breakStyle" });
  for (const [value, label] of BREAKS)
    breakSelect.append(
      el("option", { value, textContent: label, selected: value === last.breakStyle }),
    );

  form.append(
    fieldset(
      "Manuscript",
      textField("title", "Title", identity.title),
      textField("author", "Author", identity.author),
    ),
    fieldset(
      "Format",
      ...FORMATS.map(([value, label]) => radio("format", value, label, value === last.format)),
    ),
    fieldset(
      "Scenes",
      radio("range", "all", "Whole story", true),
      radio("range", "chosen", "Chosen scenes", false),
      chapterChoice,
      sceneList,
    ),
    fieldset(
      "Layout",
      checkbox("sceneTitles", "Scene titles as headings", last.sceneTitles),
      el("label", { className: "export-choice" }, "Scene breaks ", breakSelect),
      checkbox("perScene", "One file per scene", last.perScene),
      perChapter,
      italicsBox,
    ),
  );
  const progress = el("progress", { className: "export-progress", max: 1, value: 0, hidden: true });
  const message = el("p", { className: "export-message", hidden: true });
  message.setAttribute("role", "status");
  const copy = el("button", {
    type: "button",
    className: "export-copy",
    textContent: "Copy body for AO3",
  });
  const cancel = el("button", { type: "button", textContent: "Cancel" });
  const submit = el("button", {
    type: "submit",
    className: "export-submit",
    textContent: "Export…",
  });
  form.append(
    progress,
    message,
    el(
      "div",
      { className: "export-buttons" },
      copy,
      el("span", { className: "export-spacer" }),
      cancel,
      submit,
    ),
  );

  const dialog = el(
    "dialog",
    { className: "export-dialog" },
    el("h2", { id: "export-title", textContent: "Export" }),
    form,
  );
  dialog.setAttribute("aria-labelledby", "export-title");

  const input = (name: string): HTMLInputElement =>
    form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const chosenRange = (): boolean =>
    form.querySelector<HTMLInputElement>('[name="range"][value="chosen"]')!.checked;
  const chapterRange = (): boolean =>
    form.querySelector<HTMLInputElement>('[name="range"][value="chapter"]')!.checked;
  const sync = (): void => {
    const chosen = chosenRange();
    chapterSelect.disabled = !chapterRange();
    sceneList.classList.toggle("is-disabled", !chosen);
    for (const box of sceneList.querySelectorAll("input")) box.disabled = !chosen;
    const format = form.querySelector<HTMLInputElement>('[name="format"]:checked')!.value;
    copy.hidden = format !== "html";
    input("perChapter").disabled = format !== "html";
    // Plain text keeps the marks as typed, whatever the choice.
    input("emphasis").disabled = format === "txt";
    italicsBox.title = format === "txt" ? "Plain text keeps the marks as typed" : "";
  };
  const choices = (): ExportChoices => {
    const picked = scenes.map((_, i) => i).filter((i) => input(`scene-${i}`).checked);
    return {
      format: form.querySelector<HTMLInputElement>('[name="format"]:checked')!
        .value as ExportFormat,
      sceneTitles: input("sceneTitles").checked,
      breakStyle: breakSelect.value as BreakStyle,
      perScene: input("perScene").checked,
      perChapter: hasChapters && input("perChapter").checked,
      title: input("title").value,
      author: input("author").value,
      ...(italics.offered ? { emphasis: input("emphasis").checked } : {}),
      ...(chosenRange() ? { scenes: picked } : {}),
      ...(hasChapters && chapterRange()
        ? {
            chapter: Number(chapterSelect.value),
            scenes: chapters[Number(chapterSelect.value)]?.scenes ?? [],
          }
        : {}),
    };
  };
  const say = (text: string): void => {
    message.textContent = text;
    message.hidden = text === "";
  };
  const busy = (on: boolean): void => {
    for (const button of [copy, cancel, submit]) button.disabled = on;
    progress.hidden = !on;
  };

  form.addEventListener("change", sync);
  cancel.addEventListener("click", () => dialog.close());
  copy.addEventListener("click", async () => {
    const c = choices();
    remember(c);
    if (await actions.copy(c)) say("Copied. Paste it into AO3's HTML field.");
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const c = choices();
    if (c.scenes?.length === 0) return say("Choose at least one scene.");
    remember(c);
    say("");
    busy(true);
    const done = await actions
      .export(c, (n, total) => {
        progress.max = Math.max(1, total);
        progress.value = n;
        say(total > 1 ? `Writing file ${Math.min(n + 1, total)} of ${total}…` : "Building…");
      })
      .finally(() => busy(false));
    if (done) dialog.close();
    else say("");
  });
  dialog.addEventListener("close", () => {
    dialog.remove();
    app.view.focus();
  });

  sync();
  document.body.append(dialog);
  dialog.showModal();
  submit.focus();
  return dialog;
}
