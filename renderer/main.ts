/** The renderer's entry: find the host, build the app, open the story named at launch. */
import { App } from "./app";
import { editCommands } from "./commands/edit-commands";
import { fileCommands } from "./commands/file-commands";
import { viewCommands } from "./commands/view-commands";
import { installFileDrop, windowCommands } from "./commands/window-commands";
import { restorePreferences } from "./theme";
import { features } from "./features";
import { getHost } from "./host";

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

async function start(): Promise<void> {
  restorePreferences();
  const app = new App(
    getHost(),
    {
      editor: element("editor"),
      status: element("status"),
      banners: element("banners"),
      left: element("left-panel"),
      right: element("right-panel"),
    },
    features,
  );
  app.commands.register(...fileCommands, ...windowCommands, ...editCommands, ...viewCommands);
  app.mount();
  installFileDrop(app);
  await app.open();
  app.view.focus();
  document.body.dataset.ready = "true";
  // For the console and the tests: the same object the menu drives.
  (window as unknown as { draftwiseApp: App }).draftwiseApp = app;
}

void start();
