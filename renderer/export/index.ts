/** Export: the Export dialog and the formats it writes (the builders load on first use). */
export { exportFeature } from "./commands";
