/**
 * A first sight: the opening sentence measures what is in front of the viewpoint character
 * against what they expected or remembered ("The river is wider than she expected", "The
 * accountant was younger than Isla had expected", "Withernsea was further than I remembered").
 * A writer opens a scene so: someone has just arrived, or just met someone, and looks. It needs
 * no place phrase and no time phrase, and it tells whose eyes the scene is seen through.
 */

/**
 * A comparative ("wider", "more crowded", "smaller") measured against an expectation or a
 * memory, told of someone ("than she expected", "than Isla had expected", "than I remember").
 * Not against another time or thing ("further out than it had been at noon").
 */
const MEASURED_AGAINST_EXPECTATION =
  /(?<![\p{L}])(?:[\p{L}-]+er|more\s+[\p{L}-]+|less\s+[\p{L}-]+|worse|better)\s+than\s+(?:[\p{L}'’]+\s+){1,2}?(?:had\s+|would\s+have\s+)?(?:expected|expects|remembered|remembers|remember|imagined|imagines|thought|pictured)(?![\p{L}])/iu;

/** Whether `opening`, a paragraph's first sentence of narration, tells a first sight. */
export function opensOnFirstSight(opening: string): boolean {
  return MEASURED_AGAINST_EXPECTATION.test(opening);
}
