/** Notes: the list of voice, spelling and variant notes, their cards and the F8 commands. */
export { notesFeature } from "./feature";
