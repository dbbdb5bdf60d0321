/**
 * The story a tab has open, kept so that a reload (F5 in the browser shell, as common in a
 * browser as Ctrl+S) reopens it, with its working copy offered as after a crash, and not the
 * story named at launch. It lives in the tab's sessionStorage: a reload keeps it, a new tab (the
 * next `npm start`) starts without it, and no other tab sees it. The host still guards the path
 * as for any open: a story it never granted this launch is refused, and the launch story opens.
 */
import type { HostApi, HostResult, OpenedStory, OpenRequest } from "../../core/host-api";

const KEY = "draftwise.tabStory";

/** The tab's storage, or null where the page may not use it (storage switched off). */
function tabStorage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/** Keeps `path` as the tab's story; null or "" (untitled) forgets it. */
export function rememberTabStory(path: string | null): void {
  const storage = tabStorage();
  if (!storage) return;
  try {
    if (path) storage.setItem(KEY, path);
    else storage.removeItem(KEY);
  } catch {
    // A full or refused storage loses only the reload's choice of story.
  }
}

/** What a start asks the host for: the tab's story, or (none kept) the story named at launch. */
export function startRequest(): OpenRequest {
  const path = tabStorage()?.getItem(KEY);
  return path ? { path } : {};
}

/**
 * Reads the story a start opens (`request`, from `startRequest`). The tab's story gone or
 * refused since gives the launch story, as a new tab would; a large one asking to be confirmed
 * is answered as it is, so that the confirmation opens that same story.
 */
export async function readStartStory(
  host: HostApi,
  request: OpenRequest,
): Promise<HostResult<OpenedStory>> {
  const read = await host.openStory(request);
  if (read.ok || request.path === undefined || read.error.code === "needs-confirmation")
    return read;
  rememberTabStory(null);
  return host.openStory({});
}
