/**
 * Opening a story and leaving the open one: the two ways the story in the editor is replaced,
 * each writing the working copy first. What replacing it does to the editor is the app's
 * `load`.
 */
import type { HostResult, OpenedStory, OpenRequest } from "../../core/host-api";
import type { BannerGroup } from "./banners";
import type { App } from "./feature";
import type { FileSession } from "./file-session";

/**
 * Opens a story through the host; on failure the current story stays as it was. Unsaved
 * work is backed up first, so reopening (Reload, another encoding) offers it back.
 * `reading` is a read already under way (at launch the file is read while the app mounts).
 */
export async function openStory(
  app: App,
  session: FileSession,
  request: OpenRequest,
  reading?: Promise<HostResult<OpenedStory>>,
): Promise<boolean> {
  await app.workingCopy.flush();
  performance.mark("dw:open");
  const result = await (reading ?? app.host.openStory(request));
  performance.mark("dw:read");
  if (!result.ok) {
    // Too large is asked too: a save may have grown the story past the limit, and the
    // writer must never be locked out of their own file.
    if (result.error.code === "needs-confirmation" || result.error.code === "too-large") {
      app.banner(
        result.error.message,
        "warning",
        [{ label: "Open anyway", run: () => app.open({ ...request, confirmLarge: true }) }],
        result.error.code === "too-large" ? "too-large" : "large",
      );
    } else app.showError(result.error, session.openErrorActions(request.path, result.error));
    return false;
  }
  app.load(result.value);
  return true;
}

/**
 * Every way of leaving the story (New, Open, a recent, dropped or handed-over file) comes
 * here: the working copy is written first (a crash while the question is open loses
 * nothing), then unsaved work is asked about before `next` replaces the story. Reopening the
 * same file (Reload, another encoding) uses `open` alone. Answers whether the story was
 * replaced now (`next`'s answer): false when the question was asked, whatever the writer
 * answers later. The question is one of `banners`, the open story's.
 */
export async function leaveOpenStory(
  app: App,
  banners: BannerGroup,
  verb: string,
  next: () => boolean | Promise<boolean>,
): Promise<boolean> {
  await app.workingCopy.flush();
  if (!app.dirty) return next();
  banners.keep(
    "unsaved-changes",
    app.banner(
      `"${app.file?.name ?? "Untitled"}" has unsaved changes.`,
      "warning",
      [
        {
          label: `Save, then ${verb}`,
          run: async () => {
            if (await app.save()) await next();
          },
        },
        {
          label: "Discard changes",
          run: async () => {
            // The writer let these changes go; a recovered copy still on offer is not theirs to lose.
            // In order: behind a copy of the words typed while this question was up.
            if (!app.workingCopy.holding) await app.workingCopy.discard(app.file?.path ?? "");
            await next();
          },
        },
      ],
      "unsaved-changes",
    ),
  );
  return false;
}
