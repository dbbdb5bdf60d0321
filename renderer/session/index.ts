/** The writing session: words written since the story opened, against the writer's target. */
export { sessionTarget } from "./session-target";
