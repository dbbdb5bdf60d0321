/**
 * Detected boundaries with a confidence below this are suggestions the writer may want to
 * confirm (a dashed line). Its own file, so the editor's schema reads it without detection.
 */
export const SUGGESTED_BELOW = 0.75;
