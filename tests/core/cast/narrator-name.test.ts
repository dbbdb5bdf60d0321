/**
 * The first-person narrator's name read from the story: self-naming and the names others call
 * the narrator in the turns around "I said"; weak or split evidence names no one.
 */
import { describe, expect, it } from "vitest";
import { StoryAnalyzer } from "../../../core/analyzer";
import { narratorClues } from "../../../core/cast/narrator-clues";
import { inferNarrator, nameOwners } from "../../../core/cast/narrator-name";
import { quotesInParagraph } from "../../../core/cast/quotes";
import type { Character } from "../../../core/model";

const person = (name: string, aliases: string[] = []): Character => ({
  name,
  aliases,
  voice: "unknown",
});

/** Paragraphs split on blank lines, read with double quotes. */
function paragraphs(text: string) {
  return text.split("\n\n").map((t) => ({
    text: t,
    isBreak: false,
    quotes: quotesInParagraph(t, "double"),
  }));
}

const anyName = (name: string) => ({ name, known: false });

const EXCHANGE = [
  `"Nell, you are late again," said the ferryman.`,
  `"The tide was against me," I answered.`,
  `"Sit down, Nell. The kettle is on."`,
  `"Thank you," I said, and took the stool by the stove.`,
  `"And the letters, Nell?"`,
  `"In my coat," said I.`,
].join("\n\n");

describe("narratorClues", () => {
  it("sees 'I said', 'said I' and 'I asked him,' as the narrator's tags", () => {
    const tagged = [`"Go," I said.`, `"Go," said I.`, `I asked him, "Where?"`];
    for (const t of tagged)
      expect(narratorClues(t, quotesInParagraph(t, "double")).narratorSpeaks).toBe(true);
    const said = [`Says I, "Not me."`, `"Not me," I answered, and went.`];
    for (const t of said)
      expect(narratorClues(t, quotesInParagraph(t, "double")).narratorSpeaks).toBe(true);
    // Reported speech after someone else's quote: "I answered that ..." is no tag of it.
    const reported = `"Do you know the day?" I answered that it was the first of May.`;
    expect(narratorClues(reported, quotesInParagraph(reported, "double")).narratorSpeaks).toBe(
      false,
    );
    const t = `"Go," she said. I nodded.`;
    expect(narratorClues(t, quotesInParagraph(t, "double")).narratorSpeaks).toBe(false);
  });

  it("keeps each pattern's answer, so names asked in turn do not test the text again", () => {
    const t = `"Nell, you are late," said Moss.`;
    const clues = narratorClues(t, quotesInParagraph(t, "double"));
    let tests = 0;
    const counted = (source: string) => {
      const pattern = new RegExp(source, "u");
      const test = pattern.test.bind(pattern);
      pattern.test = (s: string) => (tests++, test(s));
      return pattern;
    };
    const [nell, moss] = [counted("\\bNell\\b"), counted("\\bMoss\\b")];
    for (let pass = 0; pass < 3; pass++) {
      expect(clues.holds(nell)).toBe(true);
      expect(clues.holds(moss)).toBe(true);
    }
    expect(tests).toBe(2);
  });

  it("reads self-naming in the narration, never a common word after 'I am'", () => {
    const t = `My name is Orla Reyes, and I keep the lamp. I am Sure of nothing. I am tired.`;
    expect(narratorClues(t, []).selfNames).toEqual(["Orla Reyes"]);
    const u = `The boys at the yard called me Wren. Call me what you like.`;
    expect(narratorClues(u, []).selfNames).toEqual(["Wren"]);
  });
});

describe("inferNarrator", () => {
  it("names the narrator from the names others call in the turns around 'I said'", () => {
    expect(inferNarrator(paragraphs(EXCHANGE), anyName)).toBe("Nell");
  });

  it("names no one the narration tags a line with: a listener called beside 'I said' is not 'I'", () => {
    const coach = [
      `"The bus is here, Mr. Hale," said Cara.`,
      `"I see it," I said.`,
      `"Mr. Hale, shall we load the bags?" asked Cara.`,
      `"Yes," I said.`,
      `"Good," Mr. Hale said, and started the engine.`,
    ].join("\n\n");
    // Without the tag the same calls name him, so the tag is what rules him out.
    expect(inferNarrator(paragraphs(coach.replace(/ Mr\. Hale said/, " he said")), anyName)).toBe(
      "Mr. Hale",
    );
    expect(inferNarrator(paragraphs(coach), anyName)).toBeNull();
  });

  it("names no one the narration shows acting in two paragraphs ('Mr. Hale started the engine')", () => {
    const coach = [
      `"The bus is here, Mr. Hale," said Cara.`,
      `"I see it," I said.`,
      `"Mr. Hale, shall we load the bags?" asked Cara.`,
      `"Yes," I said.`,
      `Mr. Hale started the engine and I sat down behind him.`,
      `At the lights Mr. Hale turned round to count us.`,
    ].join("\n\n");
    expect(inferNarrator(paragraphs(coach), anyName)).toBeNull();
    // Acting in one paragraph only (a preface, a heading) or only inside a quote: still named.
    const once = coach.replace(/\n\nAt the lights.*$/, "");
    expect(inferNarrator(paragraphs(once), anyName)).toBe("Mr. Hale");
    const talk = coach.replace(/At the lights Mr\. Hale/, `"Mr. Hale turned," said Cara, and I`);
    expect(inferNarrator(paragraphs(talk), anyName)).toBe("Mr. Hale");
  });

  it("counts a name called in a line said to the narrator ('he says to me'), far from 'I say'", () => {
    const told = (to: string) =>
      [
        `"Brin, the kettle," says the ferryman.`,
        `"On it," I say.`,
        `The boat rocks. Gulls wheel over the pier.`,
        `Later the ferryman leans on the rail.`,
        `"You did well today, Brin," he says ${to}, low.`,
      ].join("\n\n");
    // A name no list holds, so only the two calls can name her.
    expect(inferNarrator(paragraphs(told("to me")), anyName)).toBe("Brin");
    // Said to someone else, the same call is one more bystander's.
    expect(inferNarrator(paragraphs(told("to Tom")), anyName)).toBeNull();
  });

  it("names no one on a single call", () => {
    const one = [`"Nell, you are late," said the ferryman.`, `"I know," I said.`].join("\n\n");
    expect(inferNarrator(paragraphs(one), anyName)).toBeNull();
  });

  it("counts self-naming as one call, the short name folded into the full one", () => {
    const text =
      `My name was Nell Ashby then.\n\n` + EXCHANGE.split("\n\n").slice(0, 2).join("\n\n");
    expect(inferNarrator(paragraphs(text), anyName)).toBe("Nell Ashby");
  });

  it("takes a name the narrator gives in so many words as enough alone, 'I am' not", () => {
    const own = [`"Is it far?" asked the ferryman.`, `"An hour," I said.`].join("\n\n");
    expect(inferNarrator(paragraphs(`My name is Nell Ashby.\n\n${own}`), anyName)).toBe(
      "Nell Ashby",
    );
    expect(inferNarrator(paragraphs(`So I called myself Pim.\n\n${own}`), anyName)).toBe("Pim");
    expect(inferNarrator(paragraphs(`I am Nell Ashby.\n\n${own}`), anyName)).toBeNull();
    // The contractions say the same: "my name's" is enough alone, "I'm" counts once.
    expect(inferNarrator(paragraphs(`My name's Nell Ashby.\n\n${own}`), anyName)).toBe(
      "Nell Ashby",
    );
    expect(inferNarrator(paragraphs(`I'm Nell Ashby.\n\n${own}`), anyName)).toBeNull();
    const twice = [`I'm Nell.`, `"Nell, sit down," said the ferryman.`, `"Thanks," I said.`];
    expect(inferNarrator(paragraphs(twice.join("\n\n")), anyName)).toBe("Nell");
  });

  it("names no one when two names are called about as often", () => {
    const split = [
      `"Nell, look," said the ferryman.`,
      `"Yes," I said.`,
      `"Come here, Dora."`,
      `"No," said I.`,
      `"Quick, Nell!"`,
      `"Why?" I asked.`,
      `"Now, Dora."`,
    ].join("\n\n");
    expect(inferNarrator(paragraphs(split), anyName)).toBeNull();
  });

  it("names no one when a second name is the narrator's in a later part (two journals)", () => {
    const part = (name: string) =>
      [`"Good day, ${name}," said the clerk.`, `"Good day," I said.`, `"Sit, ${name}."`].join(
        "\n\n",
      );
    const first = Array.from({ length: 5 }, () => part("Nell")).join("\n\n");
    expect(inferNarrator(paragraphs(first), anyName)).toBe("Nell");
    const both = [first, part("Dora"), part("Dora")].join("\n\n");
    expect(inferNarrator(paragraphs(both), anyName)).toBeNull();
  });

  it("ignores names called in the narrator's own lines", () => {
    const own = [`"Go on, Tom," I said.`, `"Sit, Tom," said I.`, `"Tom, stop," I cried.`];
    expect(inferNarrator(paragraphs(own.join("\n\n")), anyName)).toBeNull();
  });

  it("counts no name in words put in someone's mouth, nor two prose paragraphs away", () => {
    const told = [
      `"Say 'Good night, Nell.' at the door," said the ferryman.`,
      `"Thank you," I said.`,
      `"And say 'Sorry, Nell.' to her."`,
      `"Tell her yourself," said I.`,
    ].join("\n\n");
    expect(inferNarrator(paragraphs(told), anyName)).toBeNull();
    const far = [`"The rope, Nell!"`, `The boat swung.`, `The rain came.`, `"Now?" I asked.`];
    // Kept apart by prose both ways: "Now?" I asked, then "The rope, Nell!" would be a turn.
    const apart = [...far, `The boat swung.`, `The rain came.`, ...far];
    expect(inferNarrator(paragraphs(apart.join("\n\n")), anyName)).toBeNull();
    const near = far.filter((t) => t !== "The rain came.");
    expect(inferNarrator(paragraphs([...near, ...near].join("\n\n")), anyName)).toBe("Nell");
  });

  it("takes the narrator's own line that is only a full name as the name given", () => {
    const met = (answer: string) =>
      [`The woman at the door bowed. "The English gentleman?"`, answer].join("\n\n");
    const given = met(`"Yes," I said, "Tobias Venn." She smiled.`);
    expect(inferNarrator(paragraphs(given), anyName)).toBe("Tobias Venn");
    expect(inferNarrator(paragraphs(met(`"Tobias Venn," said I.`)), anyName)).toBe("Tobias Venn");
    // Asked or cried, a name calls someone else; one word alone may answer "who?".
    expect(inferNarrator(paragraphs(met(`"Tobias Venn?" I said.`)), anyName)).toBeNull();
    expect(inferNarrator(paragraphs(met(`"Tobias Venn!" I cried.`)), anyName)).toBeNull();
    expect(inferNarrator(paragraphs(met(`"Yes," I said, "Tobias."`)), anyName)).toBeNull();
  });

  it("names no one for a word the narrator echoes that the story also writes in lowercase", () => {
    const echo = [
      `Gran sat in the back with her eyes shut. I drove her home through the rain.`,
      `"Right," she said. "Home."`,
      `"Home," I said.`,
    ].join("\n\n");
    expect(inferNarrator(paragraphs(echo), anyName)).toBeNull();
    // A known character of that spelling keeps it: discovery or the writer took it for a name.
    expect(inferNarrator(paragraphs(echo), (name) => ({ name, known: true }))).toBe("Home");
    // Never written in lowercase, the same exchange names the narrator as before.
    expect(inferNarrator(paragraphs(echo.replace(" her home", " her back")), anyName)).toBe("Home");
  });

  it("counts once more the one name called that the narration never writes", () => {
    const known = (name: string) => ({ name, known: true });
    const once = [
      `Moss was at the table when I came in, and Moss did not look up.`,
      `"Nell, you are late," said Moss.`,
      `"The tide was against me," I answered.`,
    ];
    expect(inferNarrator(paragraphs(once.join("\n\n")), known)).toBe("Nell");
    // The narration writing the name ("Nell sat") is a third person's, not the narrator's.
    const told = [...once, `Nell sat down.`].join("\n\n");
    expect(inferNarrator(paragraphs(told), known)).toBeNull();
    // Two unwritten names called: neither is the one the narration hides.
    const two = [...once, `"Pass the salt, Dora."`, `"Here," I said.`].join("\n\n");
    expect(inferNarrator(paragraphs(two), known)).toBeNull();
    // One more call for a name below the leader never takes the leader's name away.
    const led = [
      `Everyone on the river knew Nell by her red coat.`,
      EXCHANGE,
      `"Pass the salt, Dora."`,
      `"Here," I said.`,
    ].join("\n\n");
    expect(inferNarrator(paragraphs(led), known)).toBe("Nell");
    // A single word no one knows as a name is no one's ("My Friend.--"), a titled name is.
    expect(inferNarrator(paragraphs(once.join("\n\n")), anyName)).toBeNull();
    const titled = once.join("\n\n").replace("Nell, you are late", "You are late, Mrs. Ashby");
    expect(inferNarrator(paragraphs(titled), anyName)).toBe("Mrs. Ashby");
  });

  it("without a cast, counts once more a name discovery does not list, written only in a fuller name", () => {
    // Discovery lists Moss (he acts in the narration); Venn is only described.
    const discovered = (name: string) => ({ name, known: name === "Moss" });
    const story = [
      `Picture a small grey man of sixty, and you have Tobias Venn, as the harbour knows him.`,
      `Moss came in out of the rain and sat down by the stove.`,
      `"Well, Venn, where are we going?" said Moss.`,
      `"North," I said.`,
    ];
    expect(inferNarrator(paragraphs(story.join("\n\n")), discovered)).toBe("Venn");
    // Listed by discovery, or a lone word the narration never writes in a fuller name: no one.
    expect(inferNarrator(paragraphs(story.join("\n\n")), () => null)).toBeNull();
    const listed = (name: string) => ({ name, known: true });
    expect(inferNarrator(paragraphs(story.join("\n\n")), listed)).toBeNull();
    const bare = [story[1]!, story[2]!, story[3]!].join("\n\n");
    expect(inferNarrator(paragraphs(bare), discovered)).toBeNull();
  });

  it("without a cast, takes a lone given name the narration never writes, called twice", () => {
    const story = [
      `"You must be the cousin," said the porter.`,
      `"That's right."`,
      `"Edith, isn't it? She told me about you."`,
      `"All of it good, I hope."`,
      `The porter took my case and we walked to the gate.`,
      `"Edith."`,
      `"I'll write," I said.`,
    ];
    expect(inferNarrator(paragraphs(story.join("\n\n")), anyName)).toBe("Edith");
    // Called once only, or a word no list holds as a given name: no one.
    const once = story.filter((t) => !t.startsWith(`"Edith,`));
    expect(inferNarrator(paragraphs(once.join("\n\n")), anyName)).toBeNull();
    const word = story.map((t) => t.replace(/Edith/g, "Captain"));
    expect(inferNarrator(paragraphs(word.join("\n\n")), anyName)).toBeNull();
  });

  it("without a cast, takes a lone given name that opens the reply straight after 'I asked'", () => {
    const story = [
      `"What did the doctor say?" I asked.`,
      `"Edith, I won't be questioned in my own hall. Sit down and be still."`,
      `I sat by the window and watched the rain.`,
    ];
    expect(inferNarrator(paragraphs(story.join("\n\n")), anyName)).toBe("Edith");
    // The call later in the reply, the reply a paragraph further on, or the name written by
    // the narration: one call to anyone in the room, no one named.
    const inside = story.map((t) => t.replace(`"Edith, I won't`, `"I won't, Edith,`));
    expect(inferNarrator(paragraphs(inside.join("\n\n")), anyName)).toBeNull();
    const later = [story[0]!, `The old woman put down her cup.`, story[1]!];
    expect(inferNarrator(paragraphs(later.join("\n\n")), anyName)).toBeNull();
    // (Discovery lists a name the narration shows acting.)
    const written = [...story, `Edith went up to bed.`];
    const listed = (name: string) => ({ name, known: true });
    expect(inferNarrator(paragraphs(written.join("\n\n")), listed)).toBeNull();
  });

  it("in a story that never tags 'I said', takes the one given name called twice that the narration never writes", () => {
    const story = [
      `Dev drove. Marnie had the passenger seat and I had the back.`,
      `"Nell, you take the solo on the low strings."`,
      `"Fine."`,
      `Marnie turned the radio off. Dev looked at me in the mirror.`,
      `"Nell."`,
      `"What?"`,
      `"Thanks, Marnie," Dev said.`,
    ];
    expect(inferNarrator(paragraphs(story.join("\n\n")), anyName)).toBe("Nell");
    // Called once, or written by the narration ("Nell shrugged"): anyone in the room.
    const once = story.filter((t) => t !== `"Nell."`);
    expect(inferNarrator(paragraphs(once.join("\n\n")), anyName)).toBeNull();
    // (Discovery lists a name the narration shows acting.)
    const written = [...story, `Nell shrugged and looked out at the road.`];
    const listed = (name: string) => ({ name, known: true });
    expect(inferNarrator(paragraphs(written.join("\n\n")), listed)).toBeNull();
    expect(inferNarrator(paragraphs(story.join("\n\n")), listed)).toBe("Nell");
    // Two such names: a guess between them.
    const two = [...story, `"Tom, wake up."`, `"Come on, Tom."`];
    expect(inferNarrator(paragraphs(two.join("\n\n")), anyName)).toBeNull();
    // A third-person story whose narration never says "I": the name it hides is its hero's
    // ("the youth"), not a narrator's.
    const third = story.map((t) =>
      t.replace("and I had the back", "and the youth the back").replace(" me ", " him "),
    );
    expect(inferNarrator(paragraphs(third.join("\n\n")), anyName)).toBeNull();
  });

  it("in a story that never tags 'I said', takes the name given in a line ('I'm Cass.') that another line calls and the narration never writes", () => {
    const story = [
      `The desk was a door laid across two filing cabinets. I worked it four nights a week.`,
      `"Hand me the lantern, would you? Thanks, Cass." Dmitri took it from me and went.`,
      `A girl came in backwards out of the rain and stood dripping in front of me.`,
      `"Please tell me you're open."`,
      `"We're open. I'm Cass. I'm on the desk till two."`,
      `"You want tea, Walter?" Dmitri asked the old man by the window.`,
      `"I do not."`,
      `"Walter, the stove works now."`,
    ];
    // Walter, a listed name called twice that the narration never writes, is not the one.
    expect(inferNarrator(paragraphs(story.join("\n\n")), anyName)).toBe("Cass");
    // A word the story also writes in lowercase, given as a name in so many words.
    const will = story.map((t) =>
      t.replace("I'm Cass.", "My name's Will.").replace("Thanks, Cass.", "Thanks, Will. I will."),
    );
    expect(inferNarrator(paragraphs(will.join("\n\n")), anyName)).toBe("Will");
    // Whoever introduces themself so and the narration names is a third person ("Cass sat").
    // Walter's one call left ("Walter, the stove works now.") names no one: the other is said to
    // the old man.
    const written = [...story, `Cass sat down behind the desk.`];
    expect(inferNarrator(paragraphs(written.join("\n\n")), anyName)).toBeNull();
    // Given but never called by another line: no evidence it is said by "I".
    const uncalled = story.map((t) => t.replace(" Thanks, Cass.", ""));
    expect(inferNarrator(paragraphs(uncalled.join("\n\n")), anyName)).toBeNull();
  });

  it("takes a name called once, closing its sentence after a comma, that 'I' answers, where nothing else names the narrator", () => {
    const story = [
      `The waiting room smelled of floor polish. I sat by the window with the form on my knee.`,
      `"Honestly, this queue never moves."`,
      `"Sit still, Wren."`,
      `Then she squeezed my hand, hard, the way she did when I was small.`,
      `"Next," the receptionist called.`,
    ];
    const read = (lines: readonly string[]) =>
      inferNarrator(paragraphs(lines.join("\n\n")), anyName);
    expect(read(story)).toBe("Wren");
    // Answered by someone else: the line was said to a listener, not to "I".
    expect(
      read(story.map((t) => (t.startsWith("Then") ? `"Leave her be," said the nurse.` : t))),
    ).toBeNull();
    // A name opening the line, or standing alone, is as often a word given in answer.
    expect(
      read(story.map((t) => (t === `"Sit still, Wren."` ? `"Wren. Sit still."` : t))),
    ).toBeNull();
    expect(read(story.map((t) => (t === `"Sit still, Wren."` ? `"Wren."` : t)))).toBeNull();
    // Two names so called: a guess between them.
    expect(read([...story, `"Quiet now, Ada."`, `I looked at the floor.`])).toBeNull();
    // A name the narration writes is someone it speaks of, not "I".
    expect(read([...story, `Wren looked at the clock.`])).toBeNull();
    // A name the narrator's own line calls is someone else's, however the untagged call read.
    expect(read([...story, `"Wren, stop it," I said.`])).toBeNull();
    // So is one a line said to someone else calls.
    expect(read([...story, `"Hush, Wren," Mum said to the woman beside her.`])).toBeNull();
    // A third-person story: the narration never says "I".
    const third = story.map((t) =>
      t
        .replace("I sat", "The girl sat")
        .replace("my knee", "her knee")
        .replace("my hand", "her hand")
        .replace("I was", "the girl was"),
    );
    expect(read(third)).toBeNull();
  });

  it("takes no self-introduction from a line tagged as someone else's ('I'm Dora,' she said)", () => {
    const bus = [
      `I had been on the night bus for an hour when the woman across the aisle leaned over.`,
      `"I'm Dora," she said. "You look like you need a biscuit."`,
      `I took one. The bus swung round the ring road and I watched the lights go past.`,
      `"Where are you headed?" she asked.`,
      `"Leeds. My sister's."`,
      `The driver looked back at us in his mirror. "Dora, you're not feeding the passengers again?"`,
      `"Only the nice ones."`,
      `I laughed and ate my biscuit.`,
    ];
    expect(inferNarrator(paragraphs(bus.join("\n\n")), anyName)).toBeNull();
    const said = bus.map((t) => t.replace(`"I'm Dora," she said.`, `"I'm Dora," said the woman.`));
    expect(inferNarrator(paragraphs(said.join("\n\n")), anyName)).toBeNull();
    // Untagged, the same line is the narrator's own introduction.
    const untagged = bus.map((t) => t.replace(`"I'm Dora," she said. "You`, `"I'm Dora. You`));
    expect(inferNarrator(paragraphs(untagged.join("\n\n")), anyName)).toBe("Dora");
  });

  it("lets the name called twice win over a self-introduction ('Nora' twice, 'I'm Dora')", () => {
    const hostel = [
      `Friday night I worked the late shift at the hostel, and the power went at nine.`,
      `"Nora, have you got the torch?" Dmitri shouted from the back.`,
      `"Under the desk."`,
      `A woman came in out of the rain with a rucksack as big as she was.`,
      `"I'm Dora," she said. "I booked a bed. Online."`,
      `"Nora, check her in, would you? I'll do the fuse."`,
      `I found her booking by torchlight and handed her a key.`,
      `"Room six, Dora. Top of the stairs."`,
      `"Thanks."`,
    ];
    expect(inferNarrator(paragraphs(hostel.join("\n\n")), anyName)).toBe("Nora");
    // Untagged too: the calls are the surer evidence.
    const untagged = hostel.map((t) => t.replace(`"I'm Dora," she said. "I`, `"I'm Dora. I`));
    expect(inferNarrator(paragraphs(untagged.join("\n\n")), anyName)).toBe("Nora");
  });

  it("takes no self-introduction the narration writes in a short form ('I'm Theodore' beside 'Theo minded the cable')", () => {
    const hall = [
      `I was stacking chairs in the church hall when a boy in a wet anorak put his head round the door.`,
      `"I'm Theodore. Mum said you needed help with the jumble."`,
      `I gave him the chairs at the far end to stack, and I carried on with mine.`,
      `The vicar came through with a tea urn. "Theodore, mind the cable!"`,
      `Theo minded the cable and tripped over the urn instead.`,
    ];
    expect(inferNarrator(paragraphs(hall.join("\n\n")), anyName)).toBeNull();
    const unwritten = hall.map((t) => t.replace("Theo minded", "He minded"));
    expect(inferNarrator(paragraphs(unwritten.join("\n\n")), anyName)).toBe("Theodore");
  });

  it("beside 'I said' lines that no call answers, takes the one listed name called twice that the narration never writes", () => {
    const story = [
      `Friday night is chippy night, and my mum shouted up the stairs at six.`,
      `"Tamsin, go and get your brother. We're leaving."`,
      `"Coming."`,
      `My brother was lying on his bed with his headphones on. I pulled one off.`,
      `"Chippy," I said. He did not move.`,
      `We drove down the hill. The chippy's windows were all steamed up.`,
      `At the counter the man looked up from the fryer.`,
      `"That you, Tamsin? Usual?"`,
      `"Please."`,
    ];
    // Discovery lists the name (called in two lines); no list of given names holds it.
    const listed = (name: string) => ({ name, known: true });
    expect(inferNarrator(paragraphs(story.join("\n\n")), listed)).toBe("Tamsin");
    // A name no one lists and no list holds is a word answered; once called, anyone's.
    expect(inferNarrator(paragraphs(story.join("\n\n")), anyName)).toBeNull();
    const once = story.map((t) => t.replace("That you, Tamsin? Usual?", "Usual?"));
    expect(inferNarrator(paragraphs(once.join("\n\n")), listed)).toBeNull();
    // Written by the narration ("Tamsin shrugged" twice), it is someone the story speaks of.
    const written = [...story, `Tamsin shrugged.`, `Tamsin paid.`];
    expect(inferNarrator(paragraphs(written.join("\n\n")), listed)).toBeNull();
  });

  it("reads a story as told by 'I' by its narration, not by the 'she said' its lines are tagged with", () => {
    const story = [
      `I had worked the late shift at the diner for six months, and I knew every regular by now.`,
      `"Dana," he said. "Seven letters. To give up."`,
      `"Abandon?"`,
      `"Doesn't fit," he said.`,
      `"Try submit," she said.`,
      `"Then I don't know," I said.`,
      `"No," he said.`,
      `"Six," she said.`,
      `"Sacrifice," he said.`,
      `"You did tell us," she said. "Go home, Dana."`,
    ];
    // Seven of the eight paragraphs with words outside the quotes are a tag alone, which tells
    // nothing of who narrates: the narration (the first paragraph) says "I". (Discovery lists
    // "Dana", called in two lines.)
    const listed = (name: string) => ({ name, known: true });
    expect(inferNarrator(paragraphs(story.join("\n\n")), listed)).toBe("Dana");
    // Narration that never says "I" (a third-person story) still names no one.
    const third = story.map((t) =>
      t
        .replace("I had worked", "Kim had worked")
        .replace("and I knew", "and she knew")
        .replace(" I said", " Kim said"),
    );
    expect(inferNarrator(paragraphs(third.join("\n\n")), listed)).toBeNull();
  });

  it("still reads short narration as narration: a line of its own ('I froze.') or a sentence after a tag ('\"Run,\" he said. I ran.')", () => {
    const outside = [
      `The man at the gate wore a long grey coat and carried a lantern in his left hand.`,
      `The dogs behind him pulled at their chains and barked at the dark line of trees.`,
      `The lantern swung towards the hedge where the ditch ran down to the road.`,
    ];
    const calls = [`"Dana," he called. "Come out of there."`, `"Not yet."`, `"Dana, it's cold."`];
    const listed = (name: string) => ({ name, known: true });
    const alone = [`I froze.`, `I waited.`, `I ducked.`];
    const told = outside.flatMap((p, k) => [p, alone[k]!]).concat(calls);
    expect(inferNarrator(paragraphs(told.join("\n\n")), listed)).toBe("Dana");
    const afterTags = [
      `"Run," he said. I ran.`,
      `"Stop," he said. I stopped.`,
      `"Hide," he said. I hid.`,
    ];
    const tagged = outside.flatMap((p, k) => [p, afterTags[k]!]).concat(calls);
    expect(inferNarrator(paragraphs(tagged.join("\n\n")), listed)).toBe("Dana");
  });

  it("reads each paragraph's narration once, with its clues: a tag alone is none, 'I' is first", () => {
    const read = (text: string, style: "double" | "single") =>
      narratorClues(text, quotesInParagraph(text, style)).narration;
    expect(read(`'Go home,' she said.`, "single")).toBe("none");
    // Read with the other marks the same text has no quote: all of it is narration.
    expect(read(`'Go home,' she said.`, "double")).toBe("other");
    expect(read(`"Run," he said. I ran.`, "double")).toBe("first");
    expect(read(`"Yes."`, "double")).toBe("none");
  });

  it("reads a paragraph's clues again when the story's quote marks change (the analyzer keeps them by text and marks)", () => {
    const diner = [
      `I had worked the late shift at the diner for six months, and I knew every regular by now.`,
      `'Dana,' he said. 'Seven letters. To give up.'`,
      `'Abandon?'`,
      `'Doesn't fit,' he said.`,
      `'Try submit,' she said.`,
      `'Then I don't know,' I said.`,
      `'No,' he said.`,
      `'Six,' she said.`,
      `'Sacrifice,' he said.`,
      `'You did tell us,' she said. 'Go home, Dana.'`,
    ];
    // Double quotes above: the story's marks are double, and the lines below read as narration.
    const orders = ["Come in", "Coffee", "Eggs", "Toast", "Later", "Pie", "Now", "Again"];
    const more = ["Out", "Done", "Go", "Wait", "Sit", "Stay"];
    const first = [...orders, ...more].map((o) => `"${o}," said the cook. I nodded and I sat.`);
    const analyzer = new StoryAnalyzer({});
    // Read with double quotes, the lines below are narration: no narrator is named.
    const before = analyzer.analyze([...first, ...diner].join("\n\n"));
    expect(before.characters.some((c) => c.narrator)).toBe(false);
    const after = analyzer.analyze(diner.join("\n\n"));
    expect(after).toEqual(new StoryAnalyzer({}).analyze(diner.join("\n\n")));
    expect(after.characters.find((c) => c.narrator)?.name).toBe("Dana");
  });

  it("keeps only names the caller accepts, as the member who owns them", () => {
    const resolve = (n: string) => (n === "Nell" ? { name: "Nell Ashby", known: true } : null);
    expect(inferNarrator(paragraphs(EXCHANGE), resolve)).toBe("Nell Ashby");
    expect(inferNarrator(paragraphs(EXCHANGE), () => null)).toBeNull();
  });
});

describe("nameOwners", () => {
  it("gives a form to its one owner, a shared form to no one, an exact name to its bearer", () => {
    const owners = nameOwners([
      person("Nell Ashby"),
      person("Tom Ashby", ["Tommy"]),
      person("Moss"),
      person("Captain Moss", ["Moss"]),
    ]);
    expect(owners.resolve("Nell", false)).toEqual({ name: "Nell Ashby", known: true });
    expect(owners.resolve("tommy", false)).toEqual({ name: "Tom Ashby", known: true });
    expect(owners.resolve("Ashby", false)).toBeNull();
    expect(owners.resolve("Moss", false)).toEqual({ name: "Moss", known: true });
    expect(owners.resolve("Dora", false)).toBeNull();
    expect(owners.resolve("Dora", true)).toEqual({ name: "Dora", known: false });
    const toms = owners.formsOf("Tom Ashby");
    expect(toms).toEqual(expect.arrayContaining(["Tom", "Tom Ashby", "Tommy"]));
    for (const f of toms) expect(owners.resolve(f, false)?.name).toBe("Tom Ashby");
    expect(owners.formsOf("Dora")).toEqual(["Dora"]);
  });
});

describe("the analyzer's inferred narrator", () => {
  it("gives the narrator's lines the inferred name, a cast member's", () => {
    const cast = [person("Nell Ashby", ["Nell"]), person("Moss")];
    const out = new StoryAnalyzer({ cast }).analyze(EXCHANGE);
    const mine = out.quotes.filter((q) => q.paragraph % 2 === 1).map((q) => q.speaker);
    expect(mine).toEqual(["Nell Ashby", "Nell Ashby", "Nell Ashby"]);
  });

  it("names the one member called beside 'I said' whom the narration never writes", () => {
    const cast = [person("Nell Ashby", ["Nell"]), person("Moss")];
    const story = [
      `Moss was at the table when I came in, and Moss did not look up.`,
      `"Nell, you are late," said Moss.`,
      `"The tide was against me," I answered.`,
      `Moss poured the tea.`,
      `"Will it turn by noon?" I asked.`,
    ].join("\n\n");
    const out = new StoryAnalyzer({ cast }).analyze(story);
    expect(out.quotes.filter((q) => q.paragraph !== 1).map((q) => q.speaker)).toEqual([
      "Nell Ashby",
      "Nell Ashby",
    ]);
    // Written in the narration by an alias alone ("Wren"), the member is a third person.
    const aliased = [person("Nell Ashby", ["Nell", "Wren"]), person("Moss")];
    const told = story.replace("Moss poured the tea.", "Wren poured the tea.");
    const again = new StoryAnalyzer({ cast: aliased }).analyze(told);
    expect(again.quotes.filter((q) => q.paragraph !== 1).map((q) => q.speaker)).toEqual([
      "narrator",
      "narrator",
    ]);
  });

  it("never gives a 'he' tag to the narrator, however the ranker weighs them", () => {
    const cast = [{ ...person("Mr. Lockwood"), narrator: true }, person("Mr. Heath")];
    const story = [
      `I rode up to the gate of the farm at noon.`,
      `"Mr. Heath?" I said.`,
      `A nod was the answer.`,
      `"Mr. Lockwood, your new tenant, sir. I hope I have not come too early, for I heard you had some thoughts of the sale--"`,
      `"The farm is my own, sir," he interrupted, wincing.`,
    ].join("\n\n");
    const out = new StoryAnalyzer({ cast }).analyze(story);
    expect(out.quotes.at(-1)!.speaker).toBe("Mr. Heath");
  });

  it("lets the cast's own narrator win over the story's evidence", () => {
    const cast = [person("Nell"), { ...person("Moss"), narrator: true }];
    const out = new StoryAnalyzer({ cast }).analyze(EXCHANGE);
    expect(out.quotes[1]!.speaker).toBe("Moss");
  });

  it("takes a found name as the narrator when the cast is the writer's start on one (the app's)", () => {
    const untagged = EXCHANGE.replace(`"In my coat," said I.`, `"In my coat."`);
    const cast = [person("Moss")];
    const mine = (out: { quotes: readonly { paragraph: number; speaker: string | null }[] }) =>
      out.quotes.filter((q) => q.paragraph % 2 === 1).map((q) => q.speaker);
    // A cast given as the whole cast (the command line's): only its members tell the story.
    expect(mine(new StoryAnalyzer({ cast }).analyze(untagged))).toContain("narrator");
    expect(mine(new StoryAnalyzer({ cast, castIsPartial: true }).analyze(untagged))).toEqual([
      "Nell",
      "Nell",
      "Nell",
    ]);
  });

  it("adds the narrator as a character when there is no cast, who answers when called", () => {
    const untagged = EXCHANGE.replace(`"In my coat," said I.`, `"In my coat."`);
    const out = new StoryAnalyzer().analyze(untagged);
    expect(out.quotes.filter((q) => q.paragraph % 2 === 1).map((q) => q.speaker)).toEqual([
      "Nell",
      "Nell",
      "Nell",
    ]);
    expect(out.characters.filter((c) => c.name === "Nell")).toHaveLength(1);
  });

  it("after an edit removes the evidence, reads as a fresh analyzer does", () => {
    const reused = new StoryAnalyzer();
    reused.analyze(EXCHANGE);
    const edited = EXCHANGE.replace(/Nell/g, "friend");
    const again = reused.analyze(edited);
    const fresh = new StoryAnalyzer().analyze(edited);
    expect(again.quotes.map((q) => q.speaker)).toEqual(fresh.quotes.map((q) => q.speaker));
    expect(again.characters.map((c) => c.name)).toEqual(fresh.characters.map((c) => c.name));
    expect(again.quotes[1]!.speaker).toBe("narrator");
  });
});
