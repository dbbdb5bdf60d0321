/**
 * The attribution confidence a voice warning needs: a speech tag that names the speaker or
 * points at them with a pronoun (core/cast/speakers.ts gives those 0.85 and up; turn-taking
 * guesses stay below). The writer's own attribution counts as 1. Below it the editor shows the
 * speaker as a guess. In a file of its own so the editor can read it without the lexicon.
 */
export const CONFIDENT_SPEAKER = 0.85;
