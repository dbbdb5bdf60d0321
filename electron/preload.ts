/**
 * The bridge: one typed method per IPC message, nothing else. `satisfies HostApi` keeps it in
 * step with the interface written once in core.
 */
import { contextBridge, ipcRenderer, webUtils } from "electron";
import type { HostApi, HostEvent } from "../core/host-api";

const api = {
  openStory: (request) => ipcRenderer.invoke("host:openStory", request),
  chooseAndOpenStory: () => ipcRenderer.invoke("host:chooseAndOpenStory"),
  saveStory: (request) => ipcRenderer.invoke("host:saveStory", request),
  saveStoryAs: (request) => ipcRenderer.invoke("host:saveStoryAs", request),
  exportStory: (request) => ipcRenderer.invoke("host:exportStory", request),
  backupWorkingCopy: (copy, order) => ipcRenderer.invoke("host:backupWorkingCopy", copy, order),
  discardWorkingCopy: (path, order, offered) =>
    ipcRenderer.invoke("host:discardWorkingCopy", path, order, offered),
  holdStory: (path, writer) => ipcRenderer.invoke("host:holdStory", path, writer),
  untitledWorkingCopy: () => ipcRenderer.invoke("host:untitledWorkingCopy"),
  listEarlierVersions: (path) => ipcRenderer.invoke("host:listEarlierVersions", path),
  readEarlierVersion: (request) => ipcRenderer.invoke("host:readEarlierVersion", request),
  readDictionary: (language) => ipcRenderer.invoke("host:readDictionary", language),
  showInFolder: (path) => ipcRenderer.invoke("host:showInFolder", path),
  onHostEvent: (listener) => {
    ipcRenderer.on("host:event", (_event, payload: HostEvent) => listener(payload));
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld("draftwise", api);
// Outside HostApi because only a real shell can name a dropped file's path (see dropped-files.ts).
contextBridge.exposeInMainWorld("draftwiseShell", {
  openDroppedFile: (file: File): Promise<boolean> =>
    ipcRenderer.invoke("shell:openDroppedFile", webUtils.getPathForFile(file)),
});
