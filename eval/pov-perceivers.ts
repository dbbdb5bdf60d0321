/**
 * `npx tsx eval/pov-perceivers.ts DIR [DIR...] [--list]`: over every gold scene with a named
 * third-person POV (read over its own paragraphs, `goldSpanScenes`), how often the gold POV is
 * today's reading, and how often it would be with the perceiver reading
 * (`eval/perceiver-reading.ts`) alone, and added to the scene's POV evidence at a grid of weights:
 * `mind` (verbs of perception and thought with the character as subject, pronouns resolved to
 * the nearest name of that sex), `body` (the body felt from inside), `questions` (free
 * indirect questions and exclamations after the one followed), less `acted` times acted on.
 * Each row gives gains and losses against today, pooled and by file-name halves of each folder.
 * Only scenes whose reading is the plain top of the evidence are re-read (not the narrator's,
 * not a newcomer's). Then, per sign, how often its single top character is the gold POV; and
 * a gated turn (today's reading has no verb of mind, another viewpoint has `k` or more and a
 * `share` of today's evidence). `--list` names the turned scenes (of the weights in M, B, Q, A,
 * default 1, 2, 1, 0.5, and of each gate) and refuses the check sets.
 */
import { StoryAnalyzer } from "../core/analyzer";
import { NARRATOR, paragraphFeatures, scoreSections } from "../core/scenes";
import { compileCast } from "../core/scenes/compiled-cast";
import { pronounsOf } from "../core/scenes/pov-evidence";
import { perceivers, type Perceived } from "./perceiver-reading";
import { parseStory } from "../core/story";
import { refuseCheckSets } from "./check-sets";
import { goldSpanScenes } from "./gold-span-pov";
import { povCanonical } from "./pov-judge";
import { sceneGold } from "./scenes";
import { loadStories } from "./stories";

const list = process.argv.includes("--list");
const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (list) refuseCheckSets("pov-perceivers --list", "names stories", dirs);

interface Case {
  readonly label: string;
  readonly half: string;
  readonly want: string;
  readonly today: string | null;
  readonly total: Record<string, number>;
  readonly read: Record<string, Perceived>;
}
const cases: Case[] = [];
for (const dir of dirs) {
  const stories = (await loadStories(dir)).sort((a, b) => a.name.localeCompare(b.name));
  stories.forEach((story, index) => {
    const gold = sceneGold(story.gold);
    if (!gold?.povs) return;
    const half = `${dir.split("/").at(-1)} ${index < stories.length / 2 ? "A" : "B"}`;
    const analysis = new StoryAnalyzer(story.cast ? { cast: story.cast } : {}).analyze(
      story.text,
      story.file,
    );
    const cast = analysis.characters.filter((c) => !c.unnamed);
    const canonical = povCanonical(analysis.characters, "exact");
    const narrator = analysis.characters.find((c) => c.narrator)?.name;
    const parsed = parseStory(story.text);
    const paragraphs = parsed.paragraphs;
    const { sections } = scoreSections(parsed, { characters: cast });
    const evidence = new Map<number, Readonly<Record<string, number>>>();
    for (const s of sections)
      s.povEvidence.forEach((e, k) => evidence.set(s.firstParagraph + k, e));
    const features = paragraphs
      .filter((p) => !p.isBreak)
      .map((p) => paragraphFeatures(p.text, cast));
    const pronounOf = pronounsOf(features, true);
    const compiled = compileCast(cast);
    const spans = goldSpanScenes(
      story.text,
      analysis.characters,
      [0, ...gold.boundaries],
      analysis.paragraphs - 1,
    );
    spans.forEach((s, k) => {
      const named = gold.povs![k];
      if (named === undefined || named === null) return;
      const want = canonical(named);
      if (want === NARRATOR || want === narrator || s.pov === NARRATOR || s.pov === narrator)
        return;
      const total: Record<string, number> = {};
      let first = true;
      for (let p = s.firstParagraph; p <= s.lastParagraph; p++) {
        const e = evidence.get(p);
        if (!e) continue;
        for (const n in e) total[n] = (total[n] ?? 0) + e[n]! * (first ? 2 : 1);
        first = false;
      }
      let top: string | null = null;
      for (const n in total) if (top === null || total[n]! > total[top]!) top = n;
      if (top !== s.pov) return;
      const texts = paragraphs
        .slice(s.firstParagraph, s.lastParagraph + 1)
        .filter((p) => !p.isBreak)
        .map((p) => p.text);
      const read = perceivers(texts, compiled.mention, compiled.canonical, pronounOf);
      cases.push({ label: `${story.name} ${k}`, half, want, today: s.pov, total, read });
    });
  });
}

function choose(
  c: Case,
  w: { mind: number; body: number; questions: number; acted: number },
  onlyKnown: boolean,
): string | null {
  const score: Record<string, number> = { ...c.total };
  for (const n in c.read) {
    if (onlyKnown && !(n in score)) continue;
    const r = c.read[n]!;
    score[n] =
      (score[n] ?? 0) +
      w.mind * r.mind +
      w.body * r.body +
      w.questions * r.questions -
      w.acted * r.actedOn;
  }
  let top: string | null = null;
  for (const n in score) if (top === null || score[n]! > score[top]!) top = n;
  return top;
}

// The perceiver reading alone: the top of mind, body and questions less half of acted on.
{
  let right = 0;
  let none = 0;
  for (const c of cases) {
    const score = (n: string): number => {
      const r = c.read[n]!;
      return r.mind + r.body + r.questions - r.actedOn / 2;
    };
    const ranked = Object.keys(c.read)
      .filter((n) => c.read[n]!.mind + c.read[n]!.body + c.read[n]!.questions > 0)
      .sort((a, b) => score(b) - score(a));
    if (ranked.length === 0) none++;
    else if (ranked[0] === c.want) right++;
  }
  console.log(`the perceiver reading alone: right in ${right}, no perceiver in ${none}`);
}
// Per sign: in how many scenes it has a single top character, and how often that top is the
// gold POV, beside how often today's reading is right in those same scenes.
for (const sign of ["mind", "body", "questions", "actedOn"] as const) {
  let has = 0;
  let topRight = 0;
  let todayRight = 0;
  for (const c of cases) {
    const ranked = Object.keys(c.read)
      .filter((n) => c.read[n]![sign] > 0)
      .sort((a, b) => c.read[b]![sign] - c.read[a]![sign]);
    if (ranked.length === 0) continue;
    if (ranked.length > 1 && c.read[ranked[0]!]![sign] === c.read[ranked[1]!]![sign]) continue;
    has++;
    if (ranked[0] === c.want) topRight++;
    if (c.today === c.want) todayRight++;
  }
  console.log(
    `${sign}: a single top in ${has} scenes; it is the gold POV in ${topRight}, today right in ${todayRight}`,
  );
}

const rows: [string, { mind: number; body: number; questions: number; acted: number }][] = [];
for (const mind of [0, 1, 2])
  for (const body of [0, 2])
    for (const questions of [0, 1, 2])
      for (const acted of [-2, -1, -0.5, 0, 0.5, 1])
        rows.push([`m${mind} b${body} q${questions} a${acted}`, { mind, body, questions, acted }]);
const base = cases.filter((c) => c.today === c.want).length;
console.log(`${cases.length} scenes re-read, today right ${base}`);
const halves = [...new Set(cases.map((c) => c.half))];
for (const onlyKnown of [true, false])
  for (const [label, w] of rows) {
    let gain = 0;
    let loss = 0;
    const byHalf = new Map<string, number>();
    for (const c of cases) {
      const now = choose(c, w, onlyKnown);
      const d = (now === c.want ? 1 : 0) - (c.today === c.want ? 1 : 0);
      if (d > 0) gain++;
      if (d < 0) loss++;
      byHalf.set(c.half, (byHalf.get(c.half) ?? 0) + d);
    }
    if (gain === 0 && loss === 0) continue;
    console.log(
      `${onlyKnown ? "viewpoints" : "anyone    "} ${label}: +${gain} -${loss} | ${halves.map((h) => `${h} ${byHalf.get(h) ?? 0}`).join(", ")}`,
    );
  }
// A gated turn: today's reading has no verb of mind, another viewpoint has at least `k` and at
// least `share` of today's evidence.
function gated(c: Case, k: number, share: number): string | null {
  const today = c.today;
  if (today === null || (c.read[today]?.mind ?? 0) > 0) return today;
  let best: string | null = null;
  for (const n in c.total) {
    const m = c.read[n]?.mind ?? 0;
    if (m < k || c.total[n]! < share * c.total[today]!) continue;
    if (best === null || m > c.read[best]!.mind) best = n;
  }
  return best ?? today;
}
for (const k of [1, 2, 3, 4])
  for (const share of [0.25, 0.5, 0.75]) {
    let gain = 0;
    let loss = 0;
    const byHalf = new Map<string, number>();
    const turned: string[] = [];
    for (const c of cases) {
      const now = gated(c, k, share);
      const d = (now === c.want ? 1 : 0) - (c.today === c.want ? 1 : 0);
      if (d > 0) gain++;
      if (d < 0) loss++;
      if (now !== c.today) turned.push(`${c.label} (${d > 0 ? "+" : d < 0 ? "-" : "="})`);
      byHalf.set(c.half, (byHalf.get(c.half) ?? 0) + d);
    }
    console.log(
      `gated k${k} share${share}: +${gain} -${loss} | ${halves.map((h) => `${h} ${byHalf.get(h) ?? 0}`).join(", ")}${list ? ` | ${turned.join(", ")}` : ""}`,
    );
  }
if (list) {
  const w = {
    mind: Number(process.env.M ?? 1),
    body: Number(process.env.B ?? 2),
    questions: Number(process.env.Q ?? 1),
    acted: Number(process.env.A ?? 0.5),
  };
  for (const c of cases) {
    const now = choose(c, w, true);
    if (now !== c.today)
      console.log(
        `${c.label}: gold ${c.want}, today ${c.today}, now ${now} ${JSON.stringify(c.read[now ?? ""])}`,
      );
  }
}
