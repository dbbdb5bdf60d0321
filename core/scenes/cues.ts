/**
 * Cue words for scene detection: general English, reviewed as data, not tuned to any story.
 *
 * Each list is compiled once into a regex (features.ts). Phrases are lower case; matching is
 * case-insensitive and looks only at the opening of a paragraph, where writers put the
 * transitions that start a new scene ("Hours later, ...", "Back at the flat, ...").
 */

/** Openings that jump forward in time. */
export const TIME_JUMP_PHRASES: readonly string[] = [
  "seconds later",
  "minutes later",
  "hours later",
  "days later",
  "weeks later",
  "months later",
  "years later",
  "an hour later",
  "a day later",
  "a week later",
  "a month later",
  "a year later",
  "moments later",
  "some time later",
  "sometime later",
  "much later",
  "later that day",
  "later that night",
  "later that evening",
  "later that morning",
  "later that afternoon",
  "later on",
  "the next morning",
  "the next day",
  "the next night",
  "the next evening",
  "next morning",
  "the following morning",
  "the following day",
  "the following night",
  "the morning after",
  "the day after",
  "the night before",
  "that night",
  "that evening",
  "that morning",
  "that afternoon",
  "this morning",
  "by morning",
  "by nightfall",
  "by dawn",
  "by noon",
  "at dawn",
  "at dusk",
  "at noon",
  "at midnight",
  "at sunrise",
  "at sunset",
  "at first light",
  "morning came",
  "night fell",
  "dawn broke",
  "meanwhile",
  "in the meantime",
  "elsewhere",
  "on monday",
  "on tuesday",
  "on wednesday",
  "on thursday",
  "on friday",
  "on saturday",
  "on sunday",
  // Common openings the lists above missed (scenes-13), general English, none from a story.
  "half an hour later",
  "an hour or so later",
  "a day or two later",
  "a week or so later",
  "later that week",
  "later that month",
  "later that year",
  "late that night",
  "late that evening",
  "late that afternoon",
  "early that morning",
  "that same morning",
  "that same afternoon",
  "that same evening",
  "that same night",
  "next day",
  "the week after",
  "by evening",
  "by the evening",
  "by the afternoon",
  "dawn came",
  "evening came",
];

/**
 * Openings that say how much time has passed or name a new date or season, as patterns:
 * "Three weeks later", "Two Saturdays later", "Two days passed", "In April", "High summer",
 * "On the last Saturday".
 */
export const TIME_LAPSE_PATTERNS: readonly string[] = [
  "(?:it was |it is )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|a few|a couple of|several|some|many|\\d+)\\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|summers?|winters?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\\s+(?:later|after(?:wards?)?|passed|went by|had passed|had gone by)",
  "(?:in|by|that|this|early|late|high|mid|next|all that)\\s*-?\\s*(?:the\\s+)?(?:spring|summer|midsummer|autumn|fall|winter|midwinter|january|february|march|april|june|july|august|september|october|november|december)",
  "(?:for|during|over|in) the (?:next|following|last|past) (?:\\S+ ){0,3}?(?:days|weeks|months|years|seasons)",
  "(?:on |by )?the (?:second|third|fourth|fifth|sixth|seventh|next|following|last|final) (?:day|morning|night|evening)\\b(?! before)",
  // "By the second Saturday" is the lapse "On the second Saturday" is: the day reached, not a
  // clock hour inside the scene ("By four", which counts half).
  "(?:on|by) (?:the )?(?:first|last|next|following|second|third|final) (?:day|morning|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  "the (?:first|next|last) (?:frost|snow|snowfall|thaw|rains?)",
  "(?:by|at|in|towards?) the (?:end|middle|start|beginning|(?:first|second|third|last) week) of (?:the |that )?(?:day|week|month|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)",
  // A feast of the year: "At Christmas", "That Thanksgiving", "On Christmas Eve".
  "(?:at|by|on|that|this|last|next|over|after|before|until|till)\\s+(?:christmas|easter|thanksgiving|halloween|hogmanay|new year['’]?s?)(?:\\s+(?:eve|day|morning|night))?(?=[\\s,])",
  "(?:christmas|easter|thanksgiving|halloween|hogmanay|new year['’]?s?)\\s+(?:eve|day|morning|night|came)(?=[\\s,])",
  // Time passing with no count: "Days passed", "Weeks went by".
  "(?:hours|days|weeks|months|years)\\s+(?:passed|went by)",
  // A weekday set down with its part of the day or a word that fixes it: "Saturday morning",
  // "That Friday", "By Thursday", "On the Monday", "Early on Sunday".
  "(?:that |by |on the |early on |late on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))",
  "(?:that|by|on the|early on|late on) (?:mon|tues|wednes|thurs|fri|satur|sun)day",
];

/**
 * A clock time or a part of the day that sets the scene at the opening (a weaker cue than a
 * lapse: a scene's own hours pass too): "At ten past one", "By three the studio",
 * "Around midnight Tom". Matched case-sensitively (the case of the next word tells a clause,
 * "By three the", or a name, "At six Marta", from a phrase like "at one point").
 */
const CLOCK =
  "(?:(?:half|a quarter|quarter|five|ten|twenty|twenty-five)\\s+(?:past|to|after)\\s+)?" +
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|\\d{1,2}(?:[.:]\\d{2})?)" +
  "(?:\\s*(?:o['’]clock|a\\.?m\\.?|p\\.?m\\.?))?";
export const CLOCK_OPENING =
  "(?:[Ii]n the (?:morning|afternoon|evening)(?=[\\s,])|" +
  "(?:[Aa]t|[Bb]y|[Aa]round|[Aa]bout|[Uu]ntil|[Tt]ill|[Aa]fter|[Bb]efore|[Jj]ust (?:after|before)|" +
  `[Ss]hortly (?:after|before)|[Nn]early|[Aa]lmost|[Cc]lose to)\\s+${CLOCK}` +
  "(?=\\s*(?:[,;:.—–]|$|\\p{Lu}|(?:in the|that|this|the|a|an|she|he|they|we|it|there|on|my|his|her|our|their)(?![\\p{L}])))|" +
  // On its own: "Half past four brings headlights", "Ten o'clock, and no word".
  // "Sometime after two a nurse came out"; "It was nearly midnight when the phone rang".
  `[Ss]ome ?time (?:after|before|around) ${CLOCK}(?=\\s*(?:[,;:.—–]|\\p{Lu}|(?:the|a|an|she|he|they|we|I)(?![\\p{L}])))|` +
  `[Ii]t was (?:nearly |almost |just after |after |past |gone |close to )?${CLOCK}(?=,? when(?![\\p{L}]))|` +
  "(?:[Hh]alf past|[Qq]uarter (?:past|to)|[Aa] quarter (?:past|to)) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b|" +
  "(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve) o['’]clock)";

/**
 * Unmistakable lapses that count anywhere in the opening sentence, not only at its start:
 * "New Mexico the next morning was red", "Tariq arrives at seven the next morning".
 */
export const LAPSE_ANYWHERE_PATTERNS: readonly string[] = [
  "the (?:next|following) (?:morning|day|night|evening|week|weekend|month|year|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  "(?:days|weeks|months|years) later",
];

/**
 * Verbs that put what follows in someone's words or thoughts ("The man said the shop opened at
 * eight", "She said she was still up when he got in"): an hour or a moment told after one is
 * what someone says, not the opening's own.
 */
export const REPORTING_VERBS =
  "said|says|told|tells|thought|thinks|knew|knows|wrote|writes|asked|asks|reckoned|reckons";

/**
 * An opening whose subject is a thing or an event and whose verb starts, ends or rings it at a
 * clock time ("The tip opened at eight", "The bell over the door goes at twenty past six", "My
 * first watch began at midnight", "The knocking starts a little after eleven"): the hour is the
 * sentence's news, as in "At eight the tip opened". Not someone coming or going at an hour ("The
 * man came at eight", "His father went at six": time-evidence.ts reads the subject, group 1),
 * which is most often the scene's own business going on, nor an hour inside a reported or a
 * relative clause ("The woman who rang at eight"). Group 2 is the clock phrase.
 */
export const EVENT_AT_CLOCK =
  "^(?:The|A|An|My|His|Her|Our|Their|Its)\\s+" +
  `((?:(?!(?:${REPORTING_VERBS}|who|whom|whose|which|that)(?![\\p{L}]))[\\p{L}'’-]+\\s+){0,4}?)` +
  "(?:opens|opened|closes|closed|begins|began|starts|started|goes|went|rings|rang|ends|ended)\\s+" +
  `(?:(?:a little|just|shortly|well)\\s+)?((?:at|after)\\s+${CLOCK})(?![\\p{L}])`;

/**
 * Someone getting somewhere, arriving or leaving at a clock time told after the verb ("She got
 * home at twenty past three", "Eileen got there at half past six", "Paul left the high school
 * lot at six in the morning", "I get to the pantry at seven-fifteen"): the one the story follows
 * is somewhere new at a new hour, where "The man came in at eight" (coming to where the scene
 * already is) is the scene going on, and getting or reaching something ("got the kettle on
 * at six", "reached for the kettle at six") is no move at all. Group 1 is the opening up to the verb, for the guards
 * time-evidence.ts reads (a look back, a plan, a condition, a reporting verb, a relative
 * clause); group 2 the clock phrase. No comma, colon or dash before the verb: the first clause.
 * Counted over the first sentences of dev (75 stories), LitBank's 100 and speakers-dev's 41 in
 * docs/scenes.md (scenes-35): 5 of 6 dev firings at a gold boundary.
 */
export const ARRIVAL_AT_CLOCK =
  "^([^,;:—–]*?(?<![\\p{L}])(?:(?:get|gets|got)\\s+(?:home|there|back|in|to|into|here|off)|" +
  "(?:reach|reaches|reached)(?!\\s+(?:for|out|over|across|down|up|into|behind|under|round|around)(?![\\p{L}]))|" +
  "arrive|arrives|arrived|leave|leaves|left))" +
  "(?:\\s+[\\p{L}'’-]+){0,6}?\\s+(?:(?:a little|just|shortly|well)\\s+)?" +
  `((?:at|after)\\s+${CLOCK})(?![\\p{L}])`;

/**
 * A moment set down by someone's arrival: a state told first, then the arrival that finds it
 * ("The calf was three weeks old when Ewan's sister came up from Leeds", "Owen's father was
 * still up when he got in", "The Corolla is in the lot when I come on again"). This is what
 * follows the "when" or "by the time": the one arriving (a pronoun, a name, a possessive and
 * its noun, or a short noun phrase) and a verb of arriving, in any person and tense ("when I
 * get home"). A departure ("when he went off") is not read: it ends a scene; nor getting up
 * from a chair or down from a stool. The clause before is read in time-evidence.ts.
 */
export const ARRIVAL_AFTER =
  "^\\s+(?:I|we|you|he|she|they|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?(?:['’]s\\s+\\p{Ll}+)?|" +
  "(?:the|his|her|my|our|their)\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,2}?\\p{Ll}[\\p{L}'’-]*)\\s+(?:had\\s+)?" +
  "(?:(?:came|comes|come)\\s+(?:in|back|on|home|down|up|over|round|out|through|into|to)|" +
  "(?:got|gets|get)\\s+(?:in|there|back|home|to|into|here)|arrived|arrives|arrive|" +
  "(?:pulled|pulls|pull|drove|drives|drive|walked|walks|walk)\\s+(?:in|into|up)|" +
  "reached|reaches|reach|returned|returns|return)(?![\\p{L}])";

/**
 * Dates inside the opening sentence, a weaker sign than an opening phrase: "The storm came in
 * on a Tuesday in November".
 */
export const DATE_PATTERNS: readonly string[] = [
  "on a (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  "in (?:january|february|march|april|june|july|august|september|october|november|december)",
  "(?:week|weekend|day) (?:of|in) (?:january|february|march|april|may|june|july|august|september|october|november|december)",
  "(?:a|one|two|three|four|five|six|several|some) (?:weeks|months|years|days) (?:later|after)",
  // A day named for what happens on it: "the day of sale", "the morning of the funeral".
  "the (?:day|morning|afternoon|evening|night) of (?!the (?:month|week|year)\\b|time\\b|which\\b)",
  "on the (?:first|second|third|\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd)) of (?:january|february|march|april|may|june|july|august|september|october|november|december)",
];

/** Forms of "wake" that tell someone waking: the time cue and the check on whose waking it is share them. */
export const WAKING_FORMS = "woke|awoke|wakes|awakes|awakened|awakens|woken";

/** Sunrise/sunset and waking: strong signs that time has passed, anywhere in the opening. */
export const TIME_PASSAGE_PATTERNS: readonly string[] = [
  "the sun (?:came up|rose|was rising|had risen|peaked|peeked|crept|broke|set|went down|was setting|had set)",
  "(?:sunlight|daylight|dawn|morning light) (?:crept|streamed|filtered|spilled|broke)",
  "(?:jerked|jolted|started|snapped) awake",
  // A verb, not an adjective after a possessive or an article ("Cameron's awakened interest").
  `(?<!(?:['’]s|\\bhis|\\bher|\\btheir|\\bits|\\bmy|\\bour|\\byour|\\bthe|\\ban?) )(?:${WAKING_FORMS})(?: up)?`,
  "when \\S+ (?:woke|awoke)",
  // The narrator's own waking in the present tense: "I wake at six", "When we wake up".
  "(?:I|we) (?:wake|awake)(?: up)?",
  // The present tense as well ("By the time he gets back it is dark again"): several stories
  // are told in it, and the arrivals and wakings above already read it.
  "it(?: was| is|['’]s) (?:morning|evening|night|dark|dawn|midnight|noon|nearly dawn|almost dawn)",
  // Dark falling, and a season coming or going (scenes-13): "Night had fallen", "It was still
  // dark when", "Winter came early that year", "The summer passed".
  "(?:night|darkness|dusk) (?:fell|had fallen|was falling)",
  "it(?: was| is|['’]s) (?:still|already|getting|nearly|almost) (?:dark|light)",
  "(?:spring|summer|autumn|fall|winter) (?:came|had come|passed|had passed|went by|gave way)",
];

/**
 * The sun, the moon, the tide or the frost where the paragraph opens, the day's clock told by
 * nature ("The sun had moved round to the west", "The tide was in when we walked out", "The
 * frost was still lying in the furrows"): a sign of time passed, as a waking is, read only at
 * the start of the paragraph, where it sets the scene down.
 */
export const NATURE_CLOCK_OPENING =
  "the (?:sun|moon|tide|frost|dew) (?:(?:was|is|had been|has been) (?:still |already |just |well )?" +
  "(?:up|down|in|out|low|high|lying|coming in|going out|setting|rising|on the turn)|" +
  "(?:had|has) (?:moved|come up|gone down|gone out|come in|risen|set|climbed|dropped|turned|cleared|melted|lifted)|lay)";

/**
 * A meal as the opening's subject or what someone sits down to ("Breakfast was porridge", "The
 * harvest dinner was in the shed", "We ate dinner at a diner"): the scene set at an hour of the
 * day by what is eaten. Not "After supper" or "At breakfast", which as often go on with a scene.
 */
export const MEAL_OPENING =
  "(?:(?:the|our|their|my|his|her) (?:[\\p{L}-]+ )?)?(?:breakfast|lunch|dinner|supper|brunch) (?:was|is|were|had been)|" +
  "(?:we|they|I|he|she) (?:ate|had|eat|have) (?:(?:an?|our|their|my|his|her|the) )?(?:[\\p{L}-]+ )?(?:breakfast|lunch|dinner|supper|brunch)";

/**
 * Capitalised words that open a paragraph as "The Governor was" or "The Romans had" without
 * naming a place: the titles and peoples core/cast/cues.ts does not already hold (its TITLES,
 * and NOT_NAMES's days, months and nationalities, are read beside this list).
 */
export const NOT_PLACE_SUBJECTS: readonly string[] = [
  ...["chief", "emperor", "empress", "admiral", "governor", "mayor", "sheriff", "squire"],
  ...["vicar", "rector", "parson", "abbot", "pope", "commander", "marshal", "almighty"],
  ...["scots", "romans", "indians"],
];

/**
 * Movement into a place ("walked into the", "made it to his"). Matched in the opening sentence;
 * paired with a place noun it is a strong cue, alone a weak one.
 */
export const ARRIVAL_VERBS: readonly string[] = [
  "walked into",
  "walked in to",
  "stepped into",
  "went into",
  "came into",
  "ran into",
  "burst into",
  "slipped into",
  "climbed into",
  "dropped into",
  "headed into",
  "headed to",
  "headed for",
  "hurried to",
  "hurried into",
  "rushed to",
  "rushed into",
  "scurried to",
  "scurried into",
  "drove to",
  "drove into",
  "pulled into",
  "arrived at",
  "arrived in",
  "reached the",
  "made it to",
  "made it back to",
  "got back to",
  "returned to",
  "entered",
  "walked back to",
  "back at",
  "back in",
  "back inside",
  // The same in the present tense, for stories told in it ("She walks into the kitchen", "I
  // pull into the lot"); the bare verb only after "I" or "we", since "to go into" is no arrival.
  "walks into",
  "steps into",
  "goes into",
  "comes into",
  "heads to",
  "heads for",
  "hurries to",
  "drives to",
  "drives into",
  "pulls into",
  "arrives at",
  "arrives in",
  "gets back to",
  "walks back to",
  "i walk into",
  "we walk into",
  "i step into",
  "we step into",
  "i go into",
  "we go into",
  "i come into",
  "we come into",
  "i head to",
  "we head to",
  "i head for",
  "we head for",
  "i hurry to",
  "we hurry to",
  "i drive to",
  "we drive to",
  "i drive into",
  "we drive into",
  "i pull into",
  "we pull into",
  "i arrive at",
  "we arrive at",
  "i arrive in",
  "we arrive in",
  "i get back to",
  "we get back to",
  "i walk back to",
  "we walk back to",
];

/** Nouns that name a setting. Used to spot a place after a preposition and for titles. */
export const PLACE_NOUNS: readonly string[] = [
  "airport",
  "alley",
  "apartment",
  "attic",
  "bakery",
  "bank",
  "bar",
  "barn",
  "basement",
  "bathroom",
  "beach",
  "bedroom",
  "bridge",
  "building",
  "bus",
  "cabin",
  "cafe",
  "café",
  "camp",
  "car",
  "castle",
  "cathedral",
  "cave",
  "cellar",
  "cemetery",
  "chapel",
  "church",
  "class",
  "classroom",
  "clinic",
  "club",
  "corridor",
  "court",
  "courtyard",
  "crypt",
  "deck",
  "diner",
  "docks",
  "dorm",
  "dormitory",
  "estate",
  "factory",
  "farm",
  "field",
  "flat",
  "forest",
  "garage",
  "garden",
  "graveyard",
  "gym",
  "hall",
  "hallway",
  "harbor",
  "harbour",
  "hospital",
  "hotel",
  "house",
  "inn",
  "jetty",
  "kitchen",
  "lab",
  "laboratory",
  "launderette",
  "laundromat",
  "library",
  "lobby",
  "lounge",
  "market",
  "mansion",
  "motel",
  "museum",
  "office",
  "palace",
  "park",
  "parlour",
  "parlor",
  "pharmacy",
  "plane",
  "platform",
  "prison",
  "pub",
  "quay",
  "restaurant",
  "roof",
  "rooftop",
  "room",
  "ruins",
  "school",
  "sewer",
  "sewers",
  "ship",
  "shed",
  "shop",
  "square",
  "stables",
  "station",
  "store",
  "street",
  "studio",
  "subway",
  "supermarket",
  "tavern",
  "temple",
  "tent",
  "theatre",
  "theater",
  "tower",
  "train",
  "tunnel",
  "vault",
  "village",
  "ward",
  "warehouse",
  "woods",
  "yard",
];

/** Verbs of thought and feeling: "X thought", "X realised" mark whose head we are in. */
export const INNER_VERBS: readonly string[] = [
  "thought",
  "thinks",
  "felt",
  "feels",
  "wondered",
  "wonders",
  "realised",
  "realized",
  "realises",
  "realizes",
  "knew",
  "decided",
  "remembered",
  "recalled",
  "hoped",
  "feared",
  "wished",
  "noticed",
  "watched",
  "saw",
  "heard",
  "smelled",
  "smelt",
  "considered",
  "imagined",
  "supposed",
  "mused",
  "worried",
  "guessed",
];

/**
 * The verbs of `INNER_VERBS` in the forms it leaves out, read only after a pronoun or a name for
 * the scene's POV (not as a subject's weight). The present ("she sees", for stories told in it)
 * and past forms of verbs of mind that list lacks ("than she expected") stand alone or behind
 * "had".
 */
export const INNER_VERB_FINITE: readonly string[] = [
  "knows",
  "decides",
  "remembers",
  "recalls",
  "hopes",
  "fears",
  "wishes",
  "notices",
  "watches",
  "sees",
  "hears",
  "smells",
  "imagines",
  "worries",
  "expected",
  "expects",
  "believed",
  "believes",
  "understood",
  "understands",
  "sensed",
  "senses",
];

/**
 * Bare forms, read only behind a modal or "do" ("she could see", "he didn't know"): alone they
 * follow an object ("let Ada know", "made Piet see"), and after "had" they are nouns ("had sense
 * enough", "had hope").
 */
export const INNER_VERB_BARE: readonly string[] = [
  "think",
  "feel",
  "wonder",
  "realise",
  "realize",
  "know",
  "decide",
  "remember",
  "recall",
  "hope",
  "fear",
  "wish",
  "notice",
  "watch",
  "see",
  "hear",
  "smell",
  "imagine",
  "worry",
  "expect",
  "believe",
  "understand",
  "sense",
];

/** Participles read only behind "had" or "has" ("had known", "has seen"). */
export const INNER_VERB_PARTICIPLES: readonly string[] = ["known", "seen"];

/** Speech tags: a speaker named in one is present, a weaker sign of point of view. */
export const SPEECH_VERBS: readonly string[] = [
  "said",
  "says",
  "asked",
  "replied",
  "answered",
  "yelled",
  "shouted",
  "called",
  "cried",
  "whispered",
  "muttered",
  "murmured",
  "snapped",
  "stated",
  "told",
  "added",
  "laughed",
  "teased",
  "yelped",
  "screamed",
  "growled",
  "hissed",
];
