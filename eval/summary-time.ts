/**
 * `npx tsx eval/summary-time.ts DIR [DIR...]`: is a time cue a summary's time or a scene's
 * opening (Genette's summary and scene)? For every paragraph after a section's first where the
 * detector's time or clock cue fires, or whose opening sentence tells a duration or a relative
 * time ("for several days", "some fourteen weeks had passed", "not till a year after this",
 * "After that"), it reads the paragraph and the next for the marks of summary (the iterative
 * "would", "used to", frequency words, plural times, "for years", a run of the past perfect)
 * and the paragraph and the next two for the marks of a scene (a singular time, "one morning",
 * "that evening"; a line of talk). A firing is at gold when a gold boundary lies within one
 * paragraph (the eval's tolerance); in a folder without scene gold every firing is false.
 * Pooled counts per class, and `--simulate` chooses the boundaries again with the time cue
 * silenced inside summary (a summary mark at it and in the paragraph before, no talk in the two
 * before: `gate`) or where summary marks stand and no scene mark does (`plain`), with a bonus
 * (`--bonus=0.35`) at a duration or relative opening, no time cue, not inside summary (`lift`),
 * and with the time cue silenced, or halved, before any talk in its section (`early`,
 * `earlyHalf`). `--by-set` counts each class per folder too. Counts only, so it may run on any
 * folder.
 */
import { BOUNDARY_WEIGHTS, chooseBoundaries } from "../core/scenes";
import type { BoundaryCandidate } from "../core/scenes/boundary-weights";
import { f1Of, matchBoundaries, sceneGold, sectionsAsAnalyzed } from "./scenes";
import { narration, openingSentence } from "./narration-text";
import { loadStories } from "./stories";

const NUMBER =
  "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|fifty|a hundred|some|several|many|a few|a couple of|few|\\d+)";
const SPAN = "(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|seasons?)";
/** A duration or a relative time anywhere in the opening sentence. */
const DURATION = new RegExp(
  [
    `(?:not|n['’]t) (?:till|until) `,
    `${NUMBER}(?: \\p{L}+)? ${SPAN}(?: or so)? (?:later|afterwards?|after|passed|had passed|went by|had gone by|wore on|elapsed|had elapsed)`,
    `for ${NUMBER}(?: \\p{L}+)? ${SPAN}`,
    `^(?:after that|after this|afterwards?|after a (?:while|time)|some time after|towards? the end|in the course of|in (?:a|the) (?:few|next|following) ${SPAN})`,
  ]
    .map((p) => `(?:${p})`)
    .join("|"),
  "iu",
);

/** The marks of summary: the iterative, frequency, plural times, "for years", the past perfect. */
const SUMMARY_MARKS: readonly [string, RegExp][] = [
  ["would", /(?<![\p{L}])(?:would|used to)\s+(?!have\b|not\b|be\b|you\b|I\b)\p{Ll}+/u],
  [
    "frequency",
    /(?<![\p{L}])(?:every|always|often|usually|sometimes|generally|frequently|daily|nightly|seldom|rarely)(?![\p{L}])/iu,
  ],
  [
    "plural",
    /(?<![\p{L}])(?:mornings|afternoons|evenings|nights|days|weeks|months|years|winters|summers|Sundays)(?![\p{L}])/u,
  ],
  [
    "perfectRun",
    /(?:(?<![\p{L}])(?:had|['’]d)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne|t)\b.*){3}/su,
  ],
];
/** Genette's iterative in the paragraph itself: "would" twice, or "used to". */
const WOULD = /(?<![\p{L}])would\s+(?!have\b|not\b|be\b)\p{Ll}+/gu;
const iterative = (text: string): boolean =>
  /(?<![\p{L}])used to(?![\p{L}])/u.test(text) || (text.match(WOULD) ?? []).length >= 2;
const FOR_SPAN = new RegExp(`for ${NUMBER}(?: \\p{L}+)? ${SPAN}`, "iu");

/** The marks of a scene: a singular time ("one morning", "that evening"). */
const SINGULAR =
  /(?<![\p{L}])(?:one|that|this|the next|the following|on the) (?:morning|afternoon|evening|night|day)(?![\p{L}s])/iu;

/** `--by-set`: each class counted per folder too. */
const BY_SET = process.argv.includes("--by-set");

interface Row {
  firings: number;
  gold: number;
  chosen: number;
  chosenGold: number;
  stories: Set<string>;
  goldStories: Set<string>;
  folders: Set<string>;
}
const row = (): Row => ({
  firings: 0,
  gold: 0,
  chosen: 0,
  chosenGold: 0,
  stories: new Set(),
  goldStories: new Set(),
  folders: new Set(),
});

interface Firing {
  readonly k: number;
  readonly time: boolean;
  readonly duration: boolean;
  readonly summary: readonly string[];
  readonly scene: readonly string[];
  /** The paragraph before holds summary marks and no talk, nor the one before it. */
  readonly inside: boolean;
  /** No paragraph of the section before it holds talk: still the section's opening exposition. */
  readonly early: boolean;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dirs = argv.filter((a) => !a.startsWith("--"));
  const bonus = Number(argv.find((a) => a.startsWith("--bonus="))?.slice(8) ?? 0.35);
  const rows = new Map<string, Row>();
  const sims = new Map<
    string,
    Map<string, { h: number; p: number; g: number; below: number; n: number }>
  >();
  const tally = (name: string, story: string, folder: string, atGold: boolean, chosen: boolean) => {
    const r = rows.get(name) ?? row();
    r.firings++;
    r.stories.add(story);
    r.folders.add(folder);
    if (atGold) {
      r.gold++;
      r.goldStories.add(story);
    }
    if (chosen) {
      r.chosen++;
      if (atGold) r.chosenGold++;
    }
    rows.set(name, r);
  };
  for (const dir of dirs) {
    for (const story of await loadStories(dir)) {
      const gold = sceneGold(story.gold)?.boundaries ?? [];
      const { parsed, sections } = sectionsAsAnalyzed(story);
      const modes = ["base", "gate", "plain", "lift", "gate+lift", "early", "earlyHalf"];
      const outs = new Map(modes.map((m) => [m, [] as number[]]));
      sections.forEach((s, i) => {
        const texts = s.features.map((_, k) => parsed.paragraphs[s.firstParagraph + k]!.text);
        const talk = (k: number) => k < s.features.length && s.features[k]!.dialogue > 0;
        const chosen = chooseBoundaries(s.features, s.candidates).map((c) => c.paragraph);
        const firings: Firing[] = [];
        for (let k = 1; k < s.features.length; k++) {
          const c = s.candidates[k]!.cues ?? {};
          const time = (c.time ?? 0) > 0 || (c.clock ?? 0) > 0;
          const duration = DURATION.test(openingSentence(texts[k]!));
          if (!time && !duration) continue;
          const read = narration(texts[k]! + "\n" + (texts[k + 1] ?? ""));
          const summary = SUMMARY_MARKS.filter(([, re]) => re.test(read)).map(([n]) => n);
          const scene: string[] = [];
          if (SINGULAR.test(read)) scene.push("singular");
          if (talk(k) || talk(k + 1) || talk(k + 2)) scene.push("talk");
          const prior = narration(texts[k - 1]!);
          const summaryBefore = !talk(k - 1) && SUMMARY_MARKS.some(([, re]) => re.test(prior));
          const runBefore = summaryBefore && (k < 2 || !talk(k - 2));
          let talkBefore = false;
          for (let j = 0; j < k && !talkBefore; j++) talkBefore = talk(j);
          firings.push({
            early: !talkBefore,
            k,
            time,
            duration,
            summary,
            scene,
            inside: runBefore && summary.length > 0,
          });
          const at = gold.some((g) => Math.abs(g - (s.firstParagraph + k)) <= 1);
          const ch = chosen.includes(k);
          const classes: string[] = [];
          if (time) {
            classes.push("time: all");
            if (summary.length > 0 && scene.length === 0)
              classes.push("time: summary, no scene mark");
            if (summary.length > 0) classes.push("time: any summary mark");
            for (const m of summary) classes.push(`time: summary ${m}`);
            if (summary.length >= 2) classes.push("time: two summary marks");
            if (scene.length > 0) classes.push("time: a scene mark");
            if (scene.includes("talk")) classes.push("time: talk within two");
            if (scene.includes("singular")) classes.push("time: singular time");
            if (summary.length === 0 && scene.length > 0)
              classes.push("time: scene, no summary mark");
            if (runBefore && summary.length > 0)
              classes.push("time: inside summary (before and at)");
            if (runBefore && summary.length > 0 && !talk(k) && !talk(k + 1))
              classes.push("time: inside summary, no talk at or after");
            if (talk(k - 1)) classes.push("time: after talk");
            let talkSeen = false;
            for (let j = 0; j < k && !talkSeen; j++) talkSeen = talk(j);
            classes.push(
              talkSeen
                ? "time: talk told before it in the section"
                : "time: no talk yet in the section",
            );
            if (!talkSeen && summary.length > 0) classes.push("time: no talk yet, a summary mark");
            if (iterative(narration(texts[k]!)))
              classes.push("time: iterative at it (would twice, used to)");
            if (!talk(k - 1) && !summaryBefore)
              classes.push("time: after narration, no summary mark");
          }
          if (duration) {
            classes.push("duration: all");
            if (!time) classes.push("duration: no time cue");
            if (scene.length > 0) classes.push("duration: a scene mark");
            if (scene.length > 0 && !time) classes.push("duration: a scene mark, no time cue");
            if (scene.length > 0 && summary.length === 0)
              classes.push("duration: scene, no summary mark");
            if (summary.length > 0 && scene.length === 0)
              classes.push("duration: summary, no scene mark");
            if (talk(k - 1)) classes.push("duration: after talk");
            const open = openingSentence(texts[k]!);
            if (!time && FOR_SPAN.test(open)) classes.push("duration: for a span, no time cue");
            if (!time && !FOR_SPAN.test(open)) classes.push("duration: relative, no time cue");
            if (runBefore && summary.length > 0) classes.push("duration: inside summary");
            if (!runBefore) classes.push("duration: not inside summary");
            if (!runBefore && !time) classes.push("duration: not inside summary, no time cue");
          }
          for (const name of classes) {
            tally(name, story.name, dir, at, ch);
            if (BY_SET) tally(`${dir.split("/").pop()} ${name}`, story.name, dir, at, ch);
          }
        }
        for (const mode of modes) {
          const out = outs.get(mode)!;
          if (i > 0) out.push(s.firstParagraph);
          const byK = new Map(firings.map((f) => [f.k, f]));
          const candidates: BoundaryCandidate[] = s.candidates.map((c, k) => {
            const f = byK.get(k);
            if (!f) return c;
            let score = c.score;
            if (mode.includes("gate") && f.time && f.inside)
              score -=
                (c.cues?.time ?? 0) * BOUNDARY_WEIGHTS.time +
                (c.cues?.clock ?? 0) * BOUNDARY_WEIGHTS.clock;
            if (mode === "plain" && f.time && f.summary.length > 0 && f.scene.length === 0)
              score -=
                (c.cues?.time ?? 0) * BOUNDARY_WEIGHTS.time +
                (c.cues?.clock ?? 0) * BOUNDARY_WEIGHTS.clock;
            if (mode.startsWith("early") && f.time && f.early)
              score -=
                (mode === "earlyHalf" ? 0.5 : 1) *
                ((c.cues?.time ?? 0) * BOUNDARY_WEIGHTS.time +
                  (c.cues?.clock ?? 0) * BOUNDARY_WEIGHTS.clock);
            if (mode.includes("lift") && f.duration && !f.inside && !f.time) score += bonus;
            return { ...c, score };
          });
          for (const c of chooseBoundaries(s.features, candidates))
            out.push(s.firstParagraph + c.paragraph);
        }
      });
      for (const mode of modes) {
        const out = outs.get(mode)!;
        const folder = sims.get(mode) ?? new Map();
        sims.set(mode, folder);
        const r = folder.get(dir) ?? { h: 0, p: 0, g: 0, below: 0, n: 0 };
        const h = matchBoundaries(out, gold);
        r.h += h;
        r.p += out.length;
        r.g += gold.length;
        r.n++;
        if (f1Of(h, out.length, gold.length)[2] < 0.7) r.below++;
        folder.set(dir, r);
      }
    }
  }
  console.log("| class | firings (stories, sets) | at gold (stories) | P | chosen (at gold) |");
  console.log("|---|--:|--:|--:|--:|");
  for (const [name, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(
      `| ${name} | ${r.firings} (${r.stories.size}, ${r.folders.size}) | ${r.gold} (${r.goldStories.size}) | ${(r.gold / Math.max(1, r.firings)).toFixed(2)} | ${r.chosen} (${r.chosenGold}) |`,
    );
  if (!argv.includes("--simulate")) return;
  for (const [mode, folder] of sims)
    for (const [dir, r] of folder) {
      const [p, rc, f] = f1Of(r.h, r.p, r.g);
      console.log(
        `${mode} ${dir}: F1 ${f.toFixed(3)} (P ${p.toFixed(2)} R ${rc.toFixed(2)}; ${r.h}/${r.p}/${r.g}), below 0.7 ${r.below} of ${r.n}`,
      );
    }
}

void main();
