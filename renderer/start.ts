/** Builds the app and opens the story named at launch (renderer/main.ts started reading it). */
import { AppController } from "./editor/app";
import { editCommands } from "./commands/edit-commands";
import { fileCommands } from "./commands/file-commands";
import { viewCommands } from "./commands/view-commands";
import { installFileDrop, newStory, windowCommands } from "./commands/window-commands";
import { pageCommands } from "./editor/page-keys";
import { restorePreferences } from "./ui/theme";
import { hasNativeMenu, installAppMenu } from "./ui/app-menu";
import { appFeatures } from "./features";
import type { HostApi, HostResult, OpenedStory, OpenRequest } from "../core/host-api";

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

export async function start(
  host: HostApi,
  reading: Promise<HostResult<OpenedStory>>,
  request: OpenRequest = {},
): Promise<void> {
  restorePreferences();
  const app = new AppController(
    host,
    {
      editor: element("editor"),
      status: element("status"),
      banners: element("banners"),
      left: element("left-panel"),
      right: element("right-panel"),
    },
    appFeatures(),
  );
  app.commands.register(
    ...fileCommands,
    ...windowCommands,
    ...editCommands,
    ...viewCommands,
    ...pageCommands(),
  );
  performance.mark("dw:constructed");
  // The app mounts on the story, once it is read: see `App.mount`. A novel's text reaches the
  // page over several tasks, and a first frame of empty panels in between would hold it up.
  const first = await reading;
  performance.mark("dw:read");
  app.mount(first.ok ? first.value : undefined);
  performance.mark("dw:mounted");
  installFileDrop(app);
  // Without Electron's menu bar (the browser shell), the same commands from a button.
  if (!hasNativeMenu()) installAppMenu(app, element("status-bar"));
  // A launch read that failed is reported as any failed open is, with the same actions.
  if (!first.ok) await app.open(request, Promise.resolve(first));
  app.view.focus();
  // An untitled story a crash left unsaved: offered beside the story that opened.
  void app.session.offerUntitledWork((work) => newStory(app, work));
  document.body.dataset.ready = "true";
  // For the console and the tests: the same object the menu drives.
  (window as unknown as { draftwiseApp: AppController }).draftwiseApp = app;
}
