/**
 * Cue words for finding characters and speakers. Data, not code: every list is a plain set of
 * lowercase words, reviewed by eye. Nothing here names a particular story's people or places.
 */

/** A word list; a word with an apostrophe is also held with the curly one ("I\u2019d"). */
const set = (words: string): ReadonlySet<string> =>
  new Set(
    words
      .trim()
      .split(/\s+/)
      .flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, "\u2019")] : [w])),
  );

/** Verbs that introduce or close a line of dialogue ("she said", "asked Tom"). */
export const SPEECH_VERBS = set(`
  said says say asked asks ask replied replies reply answered answers yelled yells shouted shouts
  screamed screams cried cries whispered whispers muttered mutters murmured murmurs called calls
  added adds continued continues began begins exclaimed exclaims snapped snaps snarled snarls
  growled growls hissed hisses sighed sighs laughed laughs giggled giggles chuckled chuckles
  sobbed sobs stated states told tells commented comments remarked remarks responded responds
  retorted retorts demanded demands insisted insists suggested suggests explained explains
  agreed agrees offered offers protested protests complained complains claimed claims whined
  whines teased teases mocked mocks grumbled grumbles mumbled mumbles stammered stammers
  stuttered stutters breathed breathes croaked croaks barked barks drawled drawls purred purrs
  gasped gasps squeaked squeaks yelped yelps groaned groans moaned moans pleaded pleads begged
  begs warned warns announced announces declared declares interrupted interrupts prompted
  prompts repeated repeats inquired inquires enquired enquires wondered wonders admitted admits
  corrected corrects countered counters concluded concludes blurted blurts chirped chirps
  quipped quips joked jokes scoffed scoffs sneered sneers spat spits roared roars bellowed
  bellows ordered orders shrieked shrieks wailed wails huffed huffs piped pipes ventured
  ventures conceded concedes confessed confesses observed observes noted notes returned
  rejoined urged mused faltered pursued persisted resumed asserted challenged proposed intimated
  lamented interposed instructed queried ejaculated objected assented
  resumes rejoins urges hinted hints spoke speaks
`);

/**
 * Verbs of thinking that tag a quoted thought as a speech verb tags a line ('"The darling!"
 * thought Newland', '"Too late," she thought'): the thinker's line. Only tags read them;
 * discovery and the rest keep to SPEECH_VERBS.
 */
export const THOUGHT_VERBS = set(`thought thinks`);

/** Nouns that name a spoken line ("came the reply", "was his answer"). */
export const REPLY_NOUNS = set(`
  reply answer response retort command question comment words order greeting voice call
`);

/** Titles that fold into the name they precede ("Inspector Hale" is Hale). */
export const TITLES = set(`
  mr mrs ms miss mister missus madam madame sir dame lord lady dr doctor prof professor
  captain capt colonel major general lieutenant sergeant sgt officer detective inspector
  constable agent father mother sister brother aunt auntie uncle grandma grandpa granny nan
  king queen prince princess duke duchess count countess baron rev reverend pastor bishop
  coach nurse judge senator president principal headmaster headmistress master mistress
  pc dc ds dci
`);

/** A word as the title sets hold it: lower case, its abbreviation's stop dropped ("Mr." -> "mr"). */
export function titleKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, "");
}

/** Subject pronouns and their gender; "i" and "they" have none we can use. */
export const PRONOUN_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ["he", "m"],
  ["him", "m"],
  ["his", "m"],
  ["himself", "m"],
  ["she", "f"],
  ["her", "f"],
  ["hers", "f"],
  ["herself", "f"],
]);

const FEMALE_PERSONS = `girl woman lady waitress mother mum mom sister aunt grandmother queen
  princess wife barmaid nun maid actress landlady mommy mummy mama mamma momma mam mammy ma
  grandma granny nana gran nan nanna gramma grandmama`;
const MALE_PERSONS = `boy man guy waiter father dad brother uncle grandfather king prince husband
  daddy papa pa pappy grandpa granddad grandad grampa gramps grandpapa
  barman monk lad bloke fellow gentleman policeman landlord doorman postman milkman fisherman
  parson vicar rector curate chaplain squire clergyman seaman workman horseman watchman
  nobleman huntsman countryman tradesman woodman`;
const OTHER_PERSONS = `cashier clerk bartender barkeep shopkeeper driver guard soldier officer
  stranger voice child kid teacher professor doctor nurse student receptionist vendor customer
  passenger porter servant butler cook chef manager owner pilot captain sergeant priest
  librarian neighbour neighbor bouncer figure newcomer operator detective inspector
  groundskeeper caretaker gardener warden farmer shepherd deckhand sailor steward stewardess
  conductor ticket-collector attendant clerk secretary assistant official guide tourist visitor
  traveller traveler witness victim suspect prisoner convict inmate patient surgeon dentist vet
  pharmacist baker butcher grocer barber hairdresser tailor cabbie cabdriver taxi-driver
  lawyer solicitor barrister magistrate jailer jailor sentry messenger courier dealer seller
  buyer merchant trader peddler beggar tramp thief burglar robber mugger gunman soldier
  lieutenant corporal private constable sheriff deputy marshal ranger rider stranger passer-by
  youngster teenager toddler baby infant pupil schoolteacher tutor lecturer dean registrar
  janitor cleaner housekeeper nanny governess footman valet coachman groom bride host hostess
  innkeeper publican barmaid mechanic plumber electrician builder labourer laborer miner
  engineer scientist reporter journalist photographer announcer presenter singer dancer
  musician drummer guitarist piper fiddler actor player coach referee umpire captain skipper
  mate helmsman ferryman boatman lifeguard paramedic medic firefighter fireman`;

/** Family words: what someone is to someone else ("a mother of two", "Robin's husband"). */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set(
  `mother father wife husband son daughter aunt uncle sister brother cousin niece nephew
  grandmother grandfather widow widower`.split(/\s+/),
);

/** Person nouns for unnamed speakers ("the cashier said"), with a gender when the word has one. */
export const PERSON_NOUNS: ReadonlyMap<string, "m" | "f" | null> = new Map([
  ...[...set(FEMALE_PERSONS)].map((w) => [w, "f"] as const),
  ...[...set(MALE_PERSONS)].map((w) => [w, "m"] as const),
  ...[...set(OTHER_PERSONS)].map((w) => [w, null] as const),
]);

/** Person nouns that say no one in particular ("the voice said"): someone not yet seen. */
export const DISEMBODIED: ReadonlySet<string> = new Set(["voice", "figure"]);

/** Words that introduce a noun phrase: a capitalised word after them is a thing, not a name. */
export const DETERMINERS = set(`
  the a an his her my your our their its this that these those some any every no each another
`);

/**
 * Prepositions after which a capitalised word is more likely a place than a person. "at",
 * "to", "from" and "towards" are left out: people are looked at and walked towards as often.
 */
export const PLACE_PREPOSITIONS = set(`
  in into near outside inside across through around via onto
`);

/** Words that, following a capitalised word, make it a place or thing ("Elm Street"). */
export const PLACE_HEADS = set(`
  street st road rd lane avenue ave drive way close square place park cemetery graveyard
  church chapel cathedral abbey hall house manor castle tower bridge station hospital school
  college university academy high library museum hotel inn pub bar tavern arms club cafe
  restaurant diner market mall shop store bank city town village county river lake sea ocean
  mountain mountains hill hills valley forest wood woods island islands beach bay harbour harbor
  airport court gardens garden row terrace crescent heath common green mews palace heights
  landing grove lodge grange farm hollow
`);

/**
 * Continents, planets, countries and large cities, one word each: a capitalised word here is a
 * place even when a sentence has it act ("Geneva was", "America subdued"). Names that are as
 * often a person's are left out (Florence, Georgia, Virginia, Sydney, Paris, Jackson, Turkey).
 */
export const PLACE_NAMES = set(`
  africa america asia europe australia antarctica arctic
  mars venus jupiter saturn neptune uranus pluto
  england scotland wales ireland britain france germany spain italy russia china japan india
  canada mexico egypt greece holland belgium switzerland austria hungary poland sweden norway
  denmark portugal brazil argentina chile peru persia arabia palestine syria prussia bavaria
  bohemia siberia algeria morocco abyssinia ethiopia turkestan afghanistan burma siam
  ceylon java sumatra borneo jamaica cuba haiti iceland finland greenland lapland
  london rome berlin vienna venice naples milan madrid lisbon geneva brussels amsterdam moscow
  petersburg warsaw prague budapest constantinople athens cairo jerusalem calcutta bombay delhi
  madras peking shanghai tokyo boston chicago philadelphia baltimore pittsburgh cincinnati
  manhattan brooklyn liverpool manchester edinburgh glasgow dublin oxford cambridge bristol
  brighton canterbury vancouver toronto montreal quebec melbourne soho
`);

/**
 * Capitalised words that are never a character on their own: pronouns, interjections,
 * days, months, languages and nationalities, religions, common sentence openers. A greeting
 * before a vocative ("Hiya, Dad.") stands where a name would ("Zoe, Dad."), so every common
 * greeting is here, British and American, and radio's answers ("Copy, Control.").
 */
export const NOT_NAMES = set(`
  i i'm i'll i've i'd me my we us our you your he him his she her they them their it its
  the a an and but or nor so yet for if then than when while where what who whom whose why how
  this that these those there here not no yes yeah yep nope ok okay oh ah uh um hmm er erm eh
  hey hi hello hiya heya howdy hullo goodbye goodnight cheerio cheers ciao yo bye well now please thanks thank sorry cool right sure fine great good
  god gosh jesus christ lord damn dammit hell heaven bloody crap shit fuck wow whoa ow ouch
  just only even still also too very really maybe perhaps anyway besides after before later
  soon once again always never sometimes today tonight tomorrow yesterday morning evening
  night afternoon noon midnight sunday monday tuesday wednesday thursday friday saturday
  sundays mondays tuesdays wednesdays thursdays fridays saturdays weekends
  january february march july september october november december
  christmas easter halloween english british american french german spanish italian russian
  chinese japanese irish scottish welsh dutch greek latin arabic hebrew hindi polish swedish
  norwegian danish finnish portuguese canadian australian european african asian mexican
  christian catholic protestant jewish muslim buddhist hindu north south east west northern
  southern eastern western mum mom dad mummy mommy daddy sir ma'am madam miss mister mr mrs
  ms dr everyone everybody someone somebody anyone anybody nobody nothing something anything
  everything all both none one two three four five six seven eight nine ten first second
  last next other another such with without about above below under over into onto upon
  from by at in on of off out up down to as like unlike because since until though although
  unless whether whatever whoever whenever wherever however meanwhile suddenly finally
  tv ok internet web email
  therefore thus hence accordingly moreover furthermore nevertheless nonetheless indeed
  otherwise instead presently afterwards consequently likewise having being don't didn't can't
  won't isn't wasn't alas aye ay pray hush hallo halloa
  did does do is was are were has have had can could would shall should must am
  copy affirmative negative wilco
`);

/**
 * Months that are also given names ("said June"): always capitalised, so never seen in
 * lowercase, but like a word seen in lowercase they name a person only where they tag speech.
 */
export const MONTH_NAMES = set(`april may june august`);

/** Past-tense and modal verbs that show a capitalised word is acting ("Tom ran", "Tom could"). */
export const ACTION_VERBS = set(`
  was were had has is did does could would should will can might must may shall went came
  got gave took made saw knew thought felt ran sat stood left found told kept held brought
  bought caught fell threw grew drew drove rode wrote spoke broke chose woke wore tore swore
  began sang rang drank swam shook struck stuck hung led met paid put set let cut hit hurt
  read heard meant sent spent lent built bent slept swept wept crept leant leapt dreamt
  burnt learnt lost shot fought sought taught stole froze hid bit lit slid spun won dug
  seemed looked turned walked smiled grinned nodded shrugged sighed laughed frowned glanced
  stared watched waited wanted needed tried moved pulled pushed opened closed reached
  rolled stepped jumped kissed hugged grabbed picked dropped stopped started finished
  leaned blinked winced gasped paused
`);

/**
 * Present-tense verbs of the same kind ("Mum puts the kettle on", "Harper closes her book"):
 * a story told in the present shows its people acting with these. Listed, not guessed from a
 * final "s", as a plural noun after a capitalised word ("Mum jeans") ends the same way.
 */
export const PRESENT_ACTION_VERBS = set(`
  is has does goes comes gets gives takes makes sees knows thinks feels runs sits stands leaves
  finds tells keeps holds brings buys catches falls throws grows draws drives rides writes
  breaks wakes wears begins drinks shakes pays puts sets lets cuts hits reads hears means sends
  spends builds sleeps sweeps loses wins hides slides spins digs seems looks turns walks smiles
  grins nods shrugs frowns glances stares watches waits wants needs tries moves pulls pushes
  opens closes reaches rolls steps jumps kisses hugs grabs picks drops stops starts finishes
  leans blinks winces pauses hands pours wipes rubs folds carries lifts fills washes stirs hangs
`);

/** Titles that say a person's sex ("Mrs. Bennet" is a woman whatever the pronouns near her). */
export const FEMALE_TITLES = set(`
  mrs ms miss missus madam madame mme mlle lady dame aunt auntie mother sister grandma granny
  queen princess duchess countess baroness
`);
export const MALE_TITLES = set(`
  mr mister sir lord master uncle father brother grandpa king prince duke count baron monsieur
`);
/**
 * Military ranks and clergy ("Captain Eldridge", "Parson Tringham", "Rev. Eager"): held by men
 * in most fiction, but not surely (a modern Captain may be a woman), so they say "he" only where
 * neither a given name nor the story's pronouns say anything.
 */
export const MOSTLY_MALE_TITLES = set(`
  captain capt colonel col major general lieutenant lt sergeant sgt corporal admiral commodore
  commander parson vicar rector rev reverend pastor bishop abbot friar
`);

/**
 * Common English given names, by sex: a prior for a character's gender before the narration's
 * pronouns say. Only names that are rarely given to the other sex.
 */
export const FEMALE_NAMES = set(`
  abigail ada adelaide agatha agnes alice amelia amy ann anna anne annie arabella audrey
  augusta barbara beatrice bella bertha bess bessie betsy betty blanche camilla caroline
  catherine cecilia cecily charlotte clara clarissa constance cora cordelia daisy delia diana
  dinah dora dorothea dorothy edith edna eleanor elinor eliza elizabeth ella ellen elsie emily
  emma emmeline esther ethel eugenia eva evangeline eve evelyn fanny flora florence frances
  georgiana grace hannah harriet harriot helen henrietta hester honora ida isabel isabella jane
  janet jean jennie jenny jessie joan josephine judith julia kate katharine katherine kathleen
  kitty laura lavinia letitia lilian lillian lizzie lizzy lois louisa louise lucille lucinda
  lucy lydia mabel madeline maggie margaret maria marian marianne martha mary matilda maud may
  meg mildred millicent millie minnie miriam molly nancy nell nellie nettie nora olive olivia
  ophelia pamela pauline peggy phoebe polly priscilla rachel rebecca rhoda rosalie rosalind
  rose ruth sally sarah selina sibyl sophia sophie susan susanna susannah sylvia tabitha
  theodosia theresa viola violet virginia vivian winifred
`);
export const MALE_NAMES = set(`
  adam albert alexander alfred allan ambrose amos andrew anthony archibald arthur augustus
  barnaby benjamin bernard bill bob caleb charles charlie christopher clarence cornelius cyril
  daniel david dick ebenezer edgar edmund edward edwin eli elias elijah enoch ephraim ernest
  everett ezra felix frank fred frederick george gerald gideon gilbert godfrey harold harry
  henry herbert hiram horace horatio hugh humphrey jabez jack jacob james jasper jeremiah
  jethro jim jimmy joe john jonathan joseph josiah laurence lawrence leonard levi lewis lionel
  louis lucius marcus martin matthew michael nathan nathaniel ned nicholas nigel noah obadiah
  oliver oswald patrick paul percival peter philip ralph reuben richard robert roger rowland
  rufus rupert samuel sebastian seth simeon stanley stephen thaddeus theodore thomas timothy
  tom tommy vincent walter wilfred william willie zachariah
`);

/**
 * Listed given names another language or the other sex gives as often ("Jean" Valjean, Evelyn
 * Waugh, a Scots "Jessie", a Polish "Marian", a "Charlie" of either sex): a prior the cast may
 * weigh against the story's pronouns, but too weak to give a pronoun alone.
 */
export const EITHER_SEX_GIVEN_NAMES = set(`jean evelyn vivian marian charlie willie jessie`);

/**
 * Words shaped like a past participle ("-ed", "-en", "-wn", "-ne", "-ht") that are none: after
 * "had" they are owned, not done ("Mum had golden hair", "Dad had brown eyes", "had eight").
 */
export const NOT_PARTICIPLES = set(`
  golden wooden woollen woolen silken leaden sudden seven eleven chicken kitchen children women
  garden often heaven linen hundred sacred wicked naked ragged rugged crooked beloved kindred
  brown crown clown eight light night right fight sight someone everyone anyone
`);

/** A lower-case word the given-name lists hold ("nora", "tom"), of either gender. */
export const isListedGivenName = (lower: string): boolean =>
  FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower);

/**
 * What a family word means, whichever form the story uses: "Dad", "Pa" and "her father" are one
 * person to a family's children, as "Mom", "Mum" and "their mother" are.
 */
const kin = (meaning: string, words: string): (readonly [string, string])[] =>
  [...set(words)].map((w) => [w, meaning] as const);
export const KIN_TERMS: ReadonlyMap<string, string> = new Map([
  ...kin("father", "father dad daddy pa papa da pappy pops"),
  ...kin("mother", "mother mom mum mommy mummy ma mama mamma momma mam mammy"),
  ...kin("grandfather", "grandfather grandpa granddad grandad grampa gramps grandpapa"),
  ...kin("grandmother", "grandmother grandma granny nana gran nan nanna gramma grandmama"),
]);

/**
 * "me mum", "me nan", "me da": the dialect possessive "me" for "my" (British, Irish), read so only
 * before a lowercase family word; anywhere else "me" is the object pronoun ("told me Sam").
 */
export function isDialectMy(word: string, next: string | undefined): boolean {
  return word === "me" && next !== undefined && KIN_TERMS.has(next);
}

/** The sex a family word says ("Mum", "Grandpa"), or null for a word that is none. */
export function kinSex(word: string): "m" | "f" | null {
  const kin = KIN_TERMS.get(word.toLowerCase());
  return kin === undefined ? null : kin.endsWith("mother") ? "f" : "m";
}

/**
 * Auxiliaries and modals: verbs that say no deed of their own. "had Ann known", "so was Ann" put
 * the subject after them (refs.ts), and "Naturally did", "Threepence had a" show that a word
 * opening a sentence with one is no person acting (discover.ts).
 */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  "was is were are be been had has have did does do could would should might must will shall can may".split(
    " ",
  ),
);
