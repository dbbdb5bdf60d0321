/** Earlier versions: File > Earlier Versions…, the story's kept backups, seen and restored. */
export { versionsFeature } from "./versions";
