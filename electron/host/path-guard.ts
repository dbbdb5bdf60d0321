/**
 * The renderer names paths in its requests; a compromised page must not be able to read or
 * write anywhere else. Only paths the host itself handed out are accepted: the launch file, the
 * bundled story, and what the writer picked in a dialog, dropped, or opened from Recent.
 */
import path from "node:path";
import type { HostApi, HostResult } from "../../core/host-api";

const refused: HostResult<never> = {
  ok: false,
  error: { code: "bad-request", message: "Draftwise may only open and save files you chose." },
};

export interface GuardedHost extends HostApi {
  /** Allows a path the writer chose outside the renderer (launch argument, drop, recent). */
  grant(file: string): void;
}

/** Wraps a host so requests naming a path are checked against the granted set. */
export function guardPaths(host: HostApi, initial: readonly string[] = []): GuardedHost {
  const granted = new Set(initial.map((p) => path.resolve(p)));
  const allowed = (file: string | undefined): boolean => file === undefined || granted.has(path.resolve(file));
  const remember = <T extends HostResult<unknown>>(result: T): T => {
    if (result.ok && typeof result.value === "object" && result.value !== null && "path" in result.value) {
      granted.add(path.resolve(String((result.value as { path: string }).path)));
    }
    return result;
  };
  return {
    grant: (file) => void granted.add(path.resolve(file)),
    openStory: async (request) => (allowed(request.path) ? remember(await host.openStory(request)) : refused),
    chooseAndOpenStory: async () => remember(await host.chooseAndOpenStory()),
    saveStory: async (request) => (allowed(request.path) ? host.saveStory(request) : refused),
    saveStoryAs: async (request) => remember(await host.saveStoryAs(request)),
    // An export path from the renderer is honoured only for files it already exported to.
    exportStory: async (request) => (allowed(request.path) ? remember(await host.exportStory(request)) : refused),
    backupWorkingCopy: async (copy) => (allowed(copy.path) ? host.backupWorkingCopy(copy) : refused),
    discardWorkingCopy: async (file) => (allowed(file) ? host.discardWorkingCopy(file) : refused),
    readDictionary: (language) => host.readDictionary(language),
    onHostEvent: (listener) => host.onHostEvent(listener),
  };
}
