/**
 * Attribution rules on small stories of our own: name forms, shared surnames, first-person
 * narration, conversations and dash dialogue. Each story is a list of paragraphs.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { findQuotes } from "../../../core/cast/quotes";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";
import { attributeSpeakers, readSpeakers } from "../../../core/cast/speakers";
import { isVocative, namesSelf } from "../../../core/cast/vocatives";

/** The rules' answers before the ranker weighs them (what the ranker's main feature is). */
function ruleSpeakers(cast: Character[], ...paragraphs: string[]): (string | null)[] {
  const story = storyFromParagraphs(paragraphs);
  return readSpeakers(story, findQuotes(story), cast).quotes.map((q) => q.speaker);
}

describe("name forms", () => {
  it("links a first name or a surname to the cast's full name", () => {
    const cast = [person("Bill Gorton"), person("Jake Barnes")];
    expect(speakers(cast, '"Well," said Bill.', '"Fine," Barnes said.')).toEqual([
      "Bill Gorton",
      "Jake Barnes",
    ]);
  });

  it("links Mr without a stop to Mr. and keeps a shared surname apart", () => {
    const cast = [person("Mr. Hale"), person("Mrs. Hale")];
    expect(speakers(cast, '"Tea?" said Mrs Hale.', '"Thank you," said Mr Hale.')).toEqual([
      "Mrs. Hale",
      "Mr. Hale",
    ]);
    const matcher = compileCastMatcher(cast);
    expect(mentionsInParagraph("Hale came in.", matcher)).toEqual([]);
  });
});

describe("sentences", () => {
  it("reads no sentence end at marks followed by a lower-case word ('GLASS!!! and put it')", () => {
    expect(
      ruleSpeakers(
        [person("Ann"), person("Bo")],
        '"Where were you?" Bo asked.',
        '"Out," said Ann.',
        "Ann came back with a crate marked GLASS!!! and put it on the table.",
        '"I found it in the cellar."',
      ),
    ).toEqual(["Bo", "Ann", "Ann"]);
  });

  it("reads a title's stop as no sentence end ('Mrs. Hale put down the pot and said')", () => {
    const cast = [person("Ann"), person("Mr. Hale"), person("Mrs. Hale")];
    expect(
      speakers(
        cast,
        '"Is it ready?" asked Ann.',
        '"Not yet," said Mr. Hale.',
        'Mrs. Hale put down the pot and said, "Nearly."',
      ),
    ).toEqual(["Ann", "Mr. Hale", "Mrs. Hale"]);
  });
});

describe("pronouns", () => {
  it("reads a name straight after a verb as its object, so 'she' stays with the subject", () => {
    expect(
      speakers(
        [person("Nell"), person("Kate")],
        '"We are all well," said Kate. "I was afraid you were ill."',
        "Nell smiled. She had expected Kate early; she had known the news would bring her.",
        '"Oh, no, I am quite well," she said.',
      ),
    ).toEqual(["Kate", "Kate", "Nell"]);
  });

  it("gives a tag's 'he' to the one its own paragraph has just shown", () => {
    expect(
      speakers(
        [person("Tom"), person("Peter")],
        '"Where is the key?" asked Tom.',
        'A slow grin spread over the face of Peter. "It is in the drawer," he said.',
      ),
    ).toEqual(["Tom", "Peter"]);
  });

  it("lets 'he' mean a cast member written as a description, as it may mean 'the guide'", () => {
    expect(
      speakers(
        [person("John"), person("Our last guide")],
        '"Where now?" asked John.',
        "The guide stood on the bank, well pleased with our excitement.",
        '"Come down," he said, pointing to the falls.',
      ),
    ).toEqual(["John", "Our last guide"]);
  });
});

describe("pronoun tags", () => {
  it("never gives 'said he to Tom' to Tom, the one it is said to", () => {
    expect(
      speakers(
        [person("Tom"), person("Will")],
        "Will stood by the window. Tom came in and sat down by the fire.",
        '"You are late," said he to Tom.',
      ),
    ).toEqual(["Will"]);
  });

  it("never gives '\"Have a mint, Tom,\" he said' to Tom, the one the line calls by name", () => {
    expect(
      speakers(
        [person("Tom"), person("Will")],
        "Will walked beside him to the gate. Tom's pace grew brisker, and his cough annoyed his friend.",
        '"Have a mint, Tom," he said.',
      ),
    ).toEqual(["Will"]);
  });
});

describe("description tags", () => {
  it("gives a description's answer to the one the line before called by name, over its run's replies", () => {
    expect(
      speakers(
        [person("Ann"), person("Bo"), person("Cy")],
        "Ann stood in the studio beside the easel.",
        '"I shall never exhibit this picture," said the artist.',
        '"Never, Cy?" asked Ann.',
        '"You could sell it tomorrow, Bo," said Ann.',
        '"You don\'t understand me," answered the artist.',
      ).at(-1),
    ).toBe("Bo");
  });

  it("gives 'said the lady' to the woman who spoke last, not one only mentioned since", () => {
    expect(
      speakers(
        [person("Tom"), person("Rose"), person("Lady Jane")],
        "Tom and Rose sat in the hall after breakfast.",
        '"The hair runs in the family," said Rose.',
        "Tom rose and bowed to the portrait of Lady Jane.",
        '"Do take that picture away, Tom," said the lady.',
      ),
    ).toEqual(["Rose", "Rose"]);
  });

  it("gives 'said the man' to the man the replies to it call by name", () => {
    expect(
      speakers(
        [person("Mr. Hale"), person("Ann")],
        "Ann sat at the desk when the door opened.",
        '"You are late again," said the man.',
        '"Sorry, Mr. Hale, the bus was slow."',
        '"See that it does not happen again," said the man.',
      ),
    ).toEqual(["Mr. Hale", "Ann", "Mr. Hale"]);
  });

  it("gives 'said the clerk' to the name the narration gives him ('The clerk, whose name was Webb')", () => {
    expect(
      speakers(
        [person("Webb"), person("Ann")],
        "Ann went up to the desk.",
        '"Next, please," said the clerk.',
        '"A ticket to Leeds," said Ann.',
        "The clerk, whose name was Webb, counted out her change.",
        '"Mind the step," said the clerk.',
      ),
    ).toEqual(["Webb", "Ann", "Webb"]);
  });

  it("gives 'said the stranger' to the cast member whose first name tag follows the run", () => {
    expect(
      speakers(
        [person("Ann"), person("Mr. Pike")],
        "Ann was sweeping the step when a stranger stopped at the gate.",
        '"Is this the way to the mill?" asked the stranger.',
        '"Straight on, past the church," said Ann.',
        '"And is it far?" said the stranger.',
        '"Two miles, no more," said Ann.',
        '"Then I shall be late again," said Mr. Pike, and walked on.',
      ),
    ).toEqual(["Mr. Pike", "Ann", "Mr. Pike", "Ann", "Mr. Pike"]);
  });

  it("reads 'cried the ladies' as the cast's group 'The ladies', written with a list's capital", () => {
    expect(
      speakers(
        [person("Tom"), person("The ladies")],
        "Tom stood by the fire.",
        '"It is late," said Tom.',
        '"Stay!" cried the ladies by the window.',
      ),
    ).toEqual(["Tom", "The ladies"]);
  });

  it("gives the lines of 'the old woman' to the name the narration gives her next ('Aunt Mabel sighed')", () => {
    expect(
      speakers(
        [person("Aunt Mabel"), person("Jo")],
        "The old woman put down her knitting and looked about the kitchen.",
        '"Where has that boy got to now?"',
        "The old woman went to the door. The boy ran past her into the yard. Aunt Mabel sighed.",
        '"Well, I never did see the like of it!"',
      ),
    ).toEqual(["Aunt Mabel", "Aunt Mabel"]);
  });

  it("does not give 'the old woman' to an owner the narration names next ('Aunt Mabel's cat ran in')", () => {
    const given = speakers(
      [person("Aunt Mabel"), person("Jo")],
      "The old woman put down her knitting and looked about the kitchen.",
      '"Where has that boy got to now?"',
      "The old woman went to the door. Aunt Mabel's cat ran in.",
      '"Well, I never did see the like of it!"',
    );
    expect(given[0]).not.toBe("Aunt Mabel");
  });

  it("does not give 'the old woman' to a man the narration names next", () => {
    const given = speakers(
      [person("Mr. Hobb"), person("Jo")],
      "The old woman put down her knitting and looked about the kitchen.",
      '"Where has that boy got to now?"',
      "The old woman went to the door. Mr. Hobb sighed.",
      '"Well, I never did see the like of it!"',
    );
    expect(given[0]).not.toBe("Mr. Hobb");
  });

  it("does not give 'said the stranger' to a cast member the story showed before the run", () => {
    const given = speakers(
      [person("Ann"), person("Mr. Pike")],
      "Mr. Pike had gone to town. Ann was sweeping the step when a stranger stopped at the gate.",
      '"Is this the way to the mill?" asked the stranger.',
      '"Straight on, past the church," said Ann.',
      '"And is it far?" said the stranger.',
      '"Two miles, no more," said Ann.',
      '"You are back early," said Mr. Pike, coming up the lane.',
    );
    expect(given[0]).not.toBe("Mr. Pike");
    expect(given[2]).not.toBe("Mr. Pike");
  });

  it("reads 'Her name was Miss Lowe' after 'his teacher's kindness' as naming the teacher", () => {
    expect(
      speakers(
        [person("Miss Lowe"), person("Tom")],
        "Tom never forgot his teacher's kindness. Her name was Miss Lowe.",
        '"Sit down, please," said the teacher.',
        '"Yes," said Tom.',
      ),
    ).toEqual(["Miss Lowe", "Tom"]);
  });

  it("takes the reply under another's name tag in the same paragraph ('Ah, Ellen,' cried Ann)", () => {
    expect(
      speakers(
        [person("Ann"), person("Ellen")],
        "Ann came into the kitchen.",
        '"The fire is out," sobbed the servant. "Ah, Ellen," cried Ann, "we shall manage."',
      ),
    ).toEqual(["Ellen", "Ann", "Ann"]);
  });

  it("keeps that link to the run of tags the replies answer: a story's 'the man' is many men", () => {
    const later = Array.from({ length: 100 }, () => "The train ran on through the wet fields.");
    const got = speakers(
      [person("Mr. Hale"), person("Ann")],
      "Ann sat at the desk when the door opened.",
      '"You are late again," said the man.',
      '"Sorry, Mr. Hale, the bus was slow."',
      ...later,
      '"Tickets, please," said the man.',
    );
    expect(got).toEqual(["Mr. Hale", "Ann", null]);
  });

  it("gives 'said my uncle' opening a reply to the man the last line called by name", () => {
    expect(
      speakers(
        [person("Mr. Lane"), person("Tom"), person("Ned")],
        "Mr. Lane and Tom sat by the fire with us.",
        '"Am I right, Ned?" asked Mr. Lane.',
        '"You are," said my uncle.',
      ),
    ).toEqual(["Mr. Lane", "Ned"]);
  });
});

describe("name tags", () => {
  it("reads 'said the burly Moze' as Moze's name tag, as sure as 'said Moze'", () => {
    const story = storyFromParagraphs([
      '"Where is the grub?" asked Snake.',
      "Snake sat down by the fire.",
      '"Fire feels good," said the burly Moze, who was as broad as he was dark.',
    ]);
    const got = attributeSpeakers(story, findQuotes(story), [person("Moze"), person("Snake")]);
    expect(got.map((q) => [q.speaker, q.confidence])).toEqual([
      ["Snake", 0.95],
      ["Moze", 0.95],
    ]);
  });

  it("reads the older tag verbs ('returned Ann', 'he rejoined') as tags", () => {
    const story = storyFromParagraphs([
      '"Ready?" said Bo.',
      '"It is late," returned Ann.',
      '"Not so late," he rejoined.',
    ]);
    const got = attributeSpeakers(story, findQuotes(story), [person("Ann"), person("Bo")]);
    expect(got.map((q) => q.speaker)).toEqual(["Bo", "Ann", "Bo"]);
    expect(got[1]!.confidence).toBe(0.95);
  });
});

describe("interrupted quotes", () => {
  it("keeps a quote's second half, after the tag's comma or semicolon, under the same tag", () => {
    const story = storyFromParagraphs([
      '"Are you for a walk," said Tom to his friend, as they rose from the table; "or shall we ride?" Ben preferred the walk.',
    ]);
    const got = attributeSpeakers(story, findQuotes(story), [person("Tom"), person("Ben")]);
    expect(got.map((q) => q.speaker)).toEqual(["Tom", "Tom"]);
    expect(got[1]!.confidence).toBe(0.95);
  });
});

describe("first-person narration", () => {
  it("gives 'I said' and 'said I' to the narrator", () => {
    const cast = [person("Tom")];
    expect(speakers(cast, '"Where to?" I said.', '"North," said Tom.', '"Why?" said I.')).toEqual([
      "narrator",
      "Tom",
      "narrator",
    ]);
  });

  it("gives the narrator's lines to the cast member marked as the narrator", () => {
    const cast = [person("Tom"), { ...person("Cal"), narrator: true }];
    expect(speakers(cast, '"Where to?" I said.', '"North," said Tom.', '"Why?" said I.')).toEqual([
      "Cal",
      "Tom",
      "Cal",
    ]);
  });

  it("makes no narrator of a stray 'I' in third-person narration", () => {
    const cast = [person("Tom"), person("Ann")];
    const got = speakers(
      cast,
      "Tom and Ann met on the stair.",
      "Chapter I",
      '"Hello."',
      '"Hi," said Ann.',
    );
    expect(got).not.toContain("narrator");
  });

  it("reads the older 'said he' and never gives 'he' to the narrator", () => {
    const cast = [person("Holmes")];
    expect(
      speakers(
        cast,
        "Holmes lit his pipe." +
          " I watched the fog in the street below for a long while.".repeat(6),
        '"Well?" said he.',
        '"Nothing," said I.',
      ),
    ).toEqual(["Holmes", "narrator"]);
  });

  it("never lets 'she continued' or a turn-taking 'said he' go on as the narrator", () => {
    expect(
      ruleSpeakers(
        [person("Rose")],
        "Rose looked up from her book.",
        '"Is it true?" she asked.',
        '"Quite true," I said.',
        '"Then it can wait," she continued.',
      ),
    ).toEqual(["Rose", "narrator", "Rose"]);
    expect(
      ruleSpeakers(
        [person("Holmes")],
        "I sat by the fire. I read the paper. I waited.",
        '"You are up early," said Holmes.',
        '"I have a case," said he.',
      ),
    ).toEqual(["Holmes", "Holmes"]);
  });

  it("gives a pronoun tag's reply to the one the narrator's line called by name", () => {
    expect(
      ruleSpeakers(
        [person("Fergus"), person("Rose")],
        "Rose sat sewing by the lamp, and her brother lay on the rug.",
        '"You should find work, Fergus," said I.',
        '"What can I do?" replied he.',
      ),
    ).toEqual(["narrator", "Fergus"]);
  });

  it("gives a bare reply to the narrator before the narrator has spoken, over a named bystander", () => {
    expect(
      ruleSpeakers(
        [person("Marta"), person("Jonah")],
        "I found Marta on the back steps when I got home, and I sat down by her. Jonah was in the kitchen, washing up.",
        '"You\'re early," she said.',
        '"The bus was quick."',
        '"It never is."',
      ),
    ).toEqual(["Marta", "narrator", "Marta"]);
  });

  it("gives a bare line to the narrator when the exchange is the narrator's with one other, over a third named later", () => {
    expect(
      ruleSpeakers(
        [person("Marta"), person("Jonah")],
        "I carried the ladder round the house with Marta while Jonah followed us. I was tired.",
        '"Mind the roses," Jonah said.',
        '"Left a bit," I said.',
        '"It is left," Marta said, stepping over the hose Jonah had left on the path.',
        '"Hold it steady, then."',
      ),
    ).toEqual(["Jonah", "narrator", "Marta", "narrator"]);
  });

  it("gives the reply to a line said after one 'nodded at me' to the narrator", () => {
    expect(
      ruleSpeakers(
        [person("Rosa"), person("Hal")],
        "I was wiping the counter at the café. I had been there a week, and I still broke things.",
        '"Sorry," I said.',
        '"Careful with the cups," said Rosa.',
        "Hal came in out of the rain and nodded at me.",
        '"You must be the new one," he said.',
        '"That is me."',
      ),
    ).toEqual(["narrator", "Rosa", "Hal", "narrator"]);
  });

  it("uses the name the cast gives the narrator", () => {
    const cast = [person("Tom"), person("Nell", "narrator")];
    expect(speakers(cast, '"Where to?" I asked Tom.')).toEqual(["Nell"]);
  });
});

describe("conversations", () => {
  it("gives a bare line to 'you two' to someone besides the last two speakers", () => {
    expect(
      ruleSpeakers(
        [person("Ann"), person("Bo"), person("Cy")],
        "Ann, Bo and Cy sat round the kitchen table.",
        '"Morning," said Cy.',
        '"Is it raining?" Ann asked.',
        '"Not yet," said Bo.',
        '"You two and your weather."',
      ),
    ).toEqual(["Cy", "Ann", "Bo", "Cy"]);
  });

  it("reads the 'he' that opens the turn after a line calling him by name as the one called", () => {
    expect(
      ruleSpeakers(
        [person("Tom"), person("Lee"), person("Kim")],
        "Tom sat with his coat still on, folding a receipt into smaller and smaller squares.",
        '"You are quiet tonight," says Kim.',
        '"He is always quiet," Lee says. He grins at her and rubs his eyes.',
        '"Not like this. Tom, what is it?"',
        'He puts the receipt down. "They sold the shop."',
      ),
    ).toEqual(["Kim", "Lee", "Kim", "Tom"]);
  });

  it("fills a long untagged exchange by turns from its tagged lines", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        cast,
        '"Ready?" Ann asked.',
        '"Almost," said Bo.',
        "The clock struck.",
        '"Well?"',
        '"Nearly there."',
        '"Hurry."',
        '"I am."',
      ),
    ).toEqual(["Ann", "Bo", "Ann", "Bo", "Ann", "Bo"]);
  });

  it("takes turns back from the tagged line that ends an untagged run after narration", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        cast,
        '"Is the car ready?" Ann asked.',
        '"Almost," said Bo.',
        "Rain drummed on the roof of the garage.",
        '"The battery was flat this morning."',
        '"Can you charge it?"',
        '"It is charging now," said Bo.',
      ),
    ).toEqual(["Ann", "Bo", "Bo", "Ann", "Bo"]);
  });

  it("gives a bare line to the speaker the narration after their tag goes on with", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        cast,
        '"Where are the keys?" asked Ann.',
        '"In the drawer," said Bo. He went on reading. After a while Bo put the paper down and stood up.',
        '"I will drive you myself."',
      ),
    ).toEqual(["Ann", "Bo", "Bo"]);
  });

  it("gives a bare line to the last speaker when a paragraph of narration about them comes between", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        cast,
        '"Where are the keys?" asked Ann.',
        '"In the drawer," said Bo.',
        "Bo folded the paper and put his cup in the sink.",
        '"I will drive you myself."',
      ),
    ).toEqual(["Ann", "Bo", "Bo"]);
  });

  it("gives a bare line to the one heard speaking, not to the one who hears", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        cast,
        '"Where are the keys?" asked Ann.',
        '"In the drawer," said Bo.',
        "Ann went out to look. After a while Bo heard her calling from the hall.",
        '"They are not here!"',
      ),
    ).toEqual(["Ann", "Bo", "Ann"]);
  });

  it("still gives a bare line to one who hears a sound, not a voice", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        cast,
        '"Where are the keys?" asked Ann.',
        '"In the drawer," said Bo.',
        "Ann went out. Bo heard footsteps on the stair.",
        '"Is that you?"',
      ),
    ).toEqual(["Ann", "Bo", "Bo"]);
  });

  it("gives an opening untagged line to the one the tagged reply after it calls by name last", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    expect(
      speakers(
        cast,
        "The rain had stopped at last.",
        '"Is the car ready?"',
        '"Cy, hold the door," said Bo. "Ann, get in."',
      ),
    ).toEqual(["Ann", "Bo", "Bo"]);
  });

  it("gives a conversation's opening bare line to the one the narration before it shows, not by turns from the tags after it", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    expect(
      speakers(
        cast,
        "The rain had stopped at last. Ann crossed the room to the window, smiling:",
        '"Is the car ready?"',
        '"Not yet," said Bo.',
        '"Then we wait," said Cy.',
      ),
    ).toEqual(["Ann", "Bo", "Cy"]);
  });

  it("gives the line after narration ending in a colon to the one acting there, with no speech verb", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        cast,
        "The rain had stopped at last. Bo lifted his glass toward the window:",
        '"To the rain."',
        '"And to the sun," said Bo.',
        '"Cheers," said Ann.',
      ),
    ).toEqual(["Bo", "Bo", "Ann"]);
  });

  it("reads 'thought Ann' after a quote as a tag: a thought is the thinker's line", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    expect(
      speakers(
        cast,
        '"Is it late?" asked Bo.',
        '"Nearly ten," said Cy.',
        '"He never wears a watch," thought Ann.',
      ),
    ).toEqual(["Bo", "Cy", "Ann"]);
  });

  it("reads a speech verb of two words after a quote as a tag ('broke in Ann')", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    expect(
      speakers(
        cast,
        '"Is it late?" asked Bo.',
        '"Nearly ten," said Cy.',
        '"Surely not," broke in Ann, "the bells have not rung."',
      ),
    ).toEqual(["Bo", "Cy", "Ann", "Ann"]);
  });

  it("takes no one as called by a line who is not in the exchange ('Who told you?' / 'Cy.')", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    const lines = [
      "Ann and Bo sat on the steps of the hall.",
      '"Who told you about the party?"',
      '"Cy."',
      '"Did he?" asked Ann.',
      '"He did," said Bo.',
    ];
    expect(speakers(cast, ...lines)).toEqual(["Ann", "Bo", "Ann", "Bo"]);
    // Once Cy is in the exchange, a call still hands the turn back to him.
    expect(
      speakers(cast, "Ann, Bo and Cy sat on the steps of the hall.", ...lines.slice(1)),
    ).toEqual(["Cy", "Bo", "Ann", "Bo"]);
  });

  it("gives a bare line to the one other person acting after the line before, not the one it called", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    const opening = ['"Morning," said Cy.', '"Is the kettle on?" Ann asked.', '"It is," said Bo.'];
    expect(
      speakers(
        cast,
        ...opening,
        '"Tea, Bo?" said Ann. The kettle began to sing. Cy looked up from his book.',
        '"Is there any cake left?"',
      ),
    ).toEqual(["Cy", "Ann", "Bo", "Ann", "Cy"]);
    // Two people acting there say nothing about who speaks next: the one called answers.
    expect(
      speakers(
        cast,
        ...opening,
        '"Tea, Bo?" said Ann. The kettle began to sing. Cy looked up as Bo sat down.',
        '"Is there any cake left?"',
      ),
    ).toEqual(["Cy", "Ann", "Bo", "Ann", "Bo"]);
  });

  it("takes a title called as a name ('He did it, aunt.') as a call to the cast's one aunt", () => {
    const cast = [person("Tom"), person("Sid"), person("Aunt Polly")];
    expect(
      speakers(
        cast,
        '"Sid broke the bowl," said Tom.',
        '"I never did," said Sid.',
        '"You did it, I saw you. Didn\'t he do it, aunt?"',
        '"Hush, both of you."',
      ),
    ).toEqual(["Tom", "Sid", "Tom", "Aunt Polly"]);
    // At a sentence's start too.
    expect(
      speakers(
        [person("Curt"), person("Flo"), person("Uncle Jim")],
        '"I know nothing of it," said Flo.',
        '"You know my wish. Uncle, you approve of it, do you not?" said Curt.',
        '"I do, my boy."',
      ),
    ).toEqual(["Flo", "Curt", "Uncle Jim"]);
  });

  it("gives an untagged line to the one the last line called by name", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    expect(
      speakers(cast, '"Morning," said Ann.', '"Cy, are you coming?" Bo asked.', '"In a minute."'),
    ).toEqual(["Ann", "Bo", "Cy"]);
  });
});

describe("dash dialogue", () => {
  it("reads paragraphs that open with a dash as speech, tags left out", () => {
    const story = storyFromParagraphs([
      "—Come up, Kinch! Mulligan called.",
      "Kinch climbed the stair.",
      "—Back to barracks! Mulligan said sternly. Shut your eyes.",
      "—Why? Stephen asked.",
      "--Because.",
    ]);
    const quotes = attributeSpeakers(story, findQuotes(story), [
      person("Mulligan"),
      person("Stephen"),
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Come up, Kinch!", "Mulligan"],
      ["Back to barracks!", "Mulligan"],
      ["Shut your eyes.", "Mulligan"],
      ["Why?", "Stephen"],
      ["Because.", "Mulligan"],
    ]);
  });

  it("reads a tag with its verb first and a name of whole words (', said Ned Lamb,') as a tag", () => {
    const story = storyFromParagraphs([
      "—Stand back, said Ned Lamb. You will get wet.",
      "—I am wet already, Tess Quill answered.",
      "—Then wetter, said Ned Lamb.",
    ]);
    const quotes = attributeSpeakers(story, findQuotes(story), [
      person("Ned Lamb"),
      person("Tess Quill"),
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Stand back,", "Ned Lamb"],
      ["You will get wet.", "Ned Lamb"],
      ["I am wet already,", "Tess Quill"],
      ["Then wetter,", "Ned Lamb"],
    ]);
  });

  it("leaves 'He turned…' after a tag to the narration, up to a dash that resumes the speech", () => {
    const story = storyFromParagraphs([
      "—You found it, said Ned. He turned the bucket over in his hands.",
      "—Under the stairs, Tess said. It was behind the mop.",
      "—Well, said Ned. She laughed at him. —Don't laugh.",
    ]);
    expect(findQuotes(story).map((q) => q.text)).toEqual([
      "You found it,",
      "Under the stairs,",
      "It was behind the mop.",
      "Well,",
      "Don't laugh.",
    ]);
  });

  it("keeps 'I said' with words after it that no tag ends with inside the speech", () => {
    const story = storyFromParagraphs([
      "—You never listen. I said the green bucket, not the red.",
      "—You did not, Omar said.",
      "—I did. He said it too, he said you'd forget.",
    ]);
    expect(findQuotes(story).map((q) => q.text)).toEqual([
      "You never listen. I said the green bucket, not the red.",
      "You did not,",
      "I did. He said it too, he said you'd forget.",
    ]);
  });
});

describe("dash dialogue set with en dashes (qa-29)", () => {
  it("reads paragraphs that open with an en dash ('– Are you coming?') as speech, as an em dash", () => {
    // Swedish and much European fiction, and Word's own "space hyphen space", set speech so.
    const story = storyFromParagraphs([
      "The ferry was late again.",
      "– Are you coming? Siobhán said.",
      "– I'm thinking about it, said Declan. He was still on the wall.",
      "– Think faster. It's cold.",
      "She laughed – despite herself – and the ferry came.",
    ]);
    const quotes = attributeSpeakers(story, findQuotes(story), [
      person("Siobhán"),
      person("Declan"),
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Are you coming?", "Siobhán"],
      ["I'm thinking about it,", "Declan"],
      ["Think faster. It's cold.", "Siobhán"],
    ]);
  });
});

describe("a spaced dash in the narration after a dash speech's tag (qrev-29)", () => {
  it("is a parenthesis, not the speech resumed: only a dash after a sentence's end resumes it", () => {
    // British prose sets a parenthesis with spaced en dashes ("the wall – or the edge of it –").
    for (const dash of ["\u2013", "\u2014"]) {
      const story = storyFromParagraphs([
        `${dash} Are you coming? Siobhán said.`,
        `${dash} I'm thinking about it, said Declan. He sat on the wall ${dash} or the edge of it ${dash} and waited.`,
        `${dash} Think faster, she said. She laughed. ${dash} It's cold.`,
      ]);
      expect(findQuotes(story).map((q) => q.text)).toEqual([
        "Are you coming?",
        "I'm thinking about it,",
        "Think faster,",
        "It's cold.",
      ]);
    }
  });
});

describe("descriptions", () => {
  it("reads 'his wife' as the Mrs. of his Mr., and 'the lady' as no titled Lady", () => {
    const cast = [person("Mr. Hale"), person("Mrs. Hale"), person("Lady Grey")];
    const [wife, lady] = speakers(
      cast,
      "Mr. Hale came in and sat down.",
      '"You are late," said his wife.',
      '"Am I?" said the lady at the door.',
    );
    expect(wife).toBe("Mrs. Hale");
    expect(lady).not.toBe("Lady Grey");
  });

  it("reads 'said the mother' as the woman named just before", () => {
    const cast = [person("Mrs. Morel"), person("William")];
    expect(
      speakers(
        cast,
        "Mrs. Morel looked up from the table. William ran in.",
        '"Can I have my dinner?" he cried.',
        '"When it is done," said the mother.',
      ),
    ).toEqual(["William", "Mrs. Morel"]);
  });

  it("reads 'the doctor' as Dr. Archie even when discovery listed 'the doctor' too", () => {
    const cast = [
      person("Dr. Howard Archie", "Dr. Archie"),
      person("Thea"),
      { name: "the doctor", aliases: [], voice: "unknown" as const, unnamed: true },
    ];
    expect(
      speakers(cast, "Dr. Archie came in. The doctor sat down.", '"Well, Thea," said the doctor.'),
    ).toEqual(["Dr. Howard Archie"]);
  });

  it("reads 'the parson' and 'the farmer' as the cast's Parson Hobb and Farmer Lusk", () => {
    const cast = [person("Parson Hobb"), person("Farmer Lusk"), person("Ned")];
    expect(
      speakers(
        cast,
        "Ned met the two of them at the stile.",
        '"Evening," said the parson.',
        '"A wet one," the farmer said.',
      ),
    ).toEqual(["Parson Hobb", "Farmer Lusk"]);
  });

  it("reads 'said her mother' after a line to Lizzy as the mother of the one spoken to", () => {
    const cast = [person("Mr. Bennet"), person("Mrs. Bennet"), person("Elizabeth", "Lizzy")];
    expect(
      speakers(
        cast,
        "Mrs. Bennet sat by the fire. Mr. Bennet turned to his daughter.",
        '"I hope he will like it, Lizzy," said Mr. Bennet.',
        '"We do not know what he likes," said her mother.',
      ),
    ).toEqual(["Mr. Bennet", "Mrs. Bennet"]);
  });
});

describe("vocatives", () => {
  it("reads a name given as one's own ('I'm Detective Sergeant Bo'), not 'I'm Bo's sister'", () => {
    const at = (text: string, name: string): [string, number, number] => [
      text,
      text.indexOf(name),
      text.indexOf(name) + name.length,
    ];
    expect(namesSelf(...at("Evening. I'm Detective Sergeant Bo, and this is Ann.", "Bo"))).toBe(
      true,
    );
    expect(namesSelf(...at("My name is Ann Dale.", "Ann Dale"))).toBe(true);
    expect(namesSelf(...at("I'm Bo's sister, you know.", "Bo"))).toBe(false);
    expect(namesSelf(...at("I am sure Bo knows.", "Bo"))).toBe(false);
    expect(namesSelf(...at("My son's name is Bo.", "Bo"))).toBe(false);
  });

  it("reads a rank and a name that open a line calling someone else ('Inspector Dale, Mrs Kerr.') as one's own", () => {
    const at = (text: string, name: string): [string, number, number] => [
      text,
      text.indexOf(name),
      text.indexOf(name) + name.length,
    ];
    expect(namesSelf(...at("Detective Constable Dale, Mrs Kerr. May I come in?", "Dale"))).toBe(
      true,
    );
    expect(namesSelf(...at("Sergeant Bo, ma'am. We spoke on the phone.", "Sergeant Bo"))).toBe(
      true,
    );
    // A call, then an order: the one called is someone else.
    expect(namesSelf(...at("Sergeant Bo, come and look at this.", "Bo"))).toBe(false);
    expect(namesSelf(...at("Ann, Mrs Kerr is here.", "Ann"))).toBe(false);
  });

  it("takes 'my dear Anna' as an address, not 'a word for my little Lizzy'", () => {
    const text = "Oh, my dear Anna, a good word for my little Lizzy.";
    expect(isVocative(text, text.indexOf("Anna"), text.indexOf("Anna") + 4)).toBe(true);
    expect(isVocative(text, text.indexOf("Lizzy"), text.indexOf("Lizzy") + 5)).toBe(false);
    const alias = text.indexOf("my little Lizzy");
    expect(isVocative(text, alias, alias + "my little Lizzy".length)).toBe(false);
    const call = "Scared, are ya lil Red?";
    expect(isVocative(call, call.indexOf("lil Red"), call.length - 1)).toBe(true);
  });

  it("takes the name after a title's stop as no address ('Mrs. Tom Webb, the baker's wife')", () => {
    const text = "It was Mrs. Tom Webb, the baker's wife. Thanks, Tom Webb, and goodbye.";
    const first = text.indexOf("Tom Webb");
    expect(isVocative(text, first, first + 8)).toBe(false);
    const second = text.lastIndexOf("Tom Webb");
    expect(isVocative(text, second, second + 8)).toBe(true);
  });

  it("takes a name given in answer with 'sir' as no address ('Pip, sir.'), a call as one", () => {
    const at = (text: string, name: string) =>
      isVocative(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at("Nell, sir.", "Nell")).toBe(false);
    expect(at("Nell. Nell, ma'am.", "Nell")).toBe(false);
    expect(at("Nell, sit down, sir.", "Nell")).toBe(true);
    expect(at("Nell!", "Nell")).toBe(true);
  });

  it("does not make a husband the addressee who answers, when his wife is named by title", () => {
    const story = storyFromParagraphs([
      '"Who keeps you?" said the man to Pip.',
      '"My aunt, sir,--Mrs. Tom Webb,--the baker\'s wife."',
      '"The baker, eh?" said he.',
    ]);
    const cast = [person("Tom Webb"), person("Pip")];
    const got = attributeSpeakers(story, findQuotes(story), cast);
    expect(got.map((q) => q.speaker ?? q.unnamed)).toEqual(["the man", "Pip", "the man"]);
  });
});

describe("narration that shows someone talking as it ends", () => {
  it("hands the next bare line to the one talking, not the sentence's main subject", () => {
    const text = [
      '"Is the kettle on?" Pell asked.',
      '"It\'s always on," Juno said.',
      "Pell spent the afternoon on the ladder by the window while Juno sorted the parcels on the floor below him, talking the whole time.",
      '"Half of these are for the bakery, you know."',
      '"I didn\'t know."',
      '"Well, now you do."',
    ].join("\n\n");
    const cast = [
      { name: "Pell Harker", aliases: ["Pell"], voice: "unknown" as const },
      { name: "Juno Vale", aliases: ["Juno"], voice: "unknown" as const },
    ];
    const speakers = analyzeStory(text, { file: "shop.txt", cast }).quotes.map((q) => q.speaker);
    expect(speakers.slice(2)).toEqual(["Juno Vale", "Pell Harker", "Juno Vale"]);
  });
});
