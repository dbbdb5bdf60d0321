/**
 * One paragraph's step of the speaker walk: a chapter or scene break, the narration read in
 * order, each quote's speaker from its tag, an introduction, a quote left open, or a guess, and
 * then what the paragraph hands the next (the speaker, the addressee, the entrance, who is away).
 * It is the only writer of the walk's between-paragraph state besides the steps it calls.
 */

import { PRONOUN_GENDER } from "./cues";
import type { ParagraphReading, Ref, Sentence } from "./refs";
import { tagAfter, tagBefore, type Tag } from "./tags";
import { opensChapter } from "./chapter-start";
import { asksOrGivesName, calledAtOpen, calledIn } from "./line-calls";
import type { TagKind } from "./ranker";
import { actsIn } from "./role-bonus";
import { readNarration } from "./walk-narration";
import { answersAsDescribed, describedTurnTaker } from "./walk-descriptions";
import { otherSpeaker, switchTurn, spoke, goingOn } from "./walk-turns";
import { tagSpeaker, kindOfTag, introduce, toldIn, addressedIn, addresseeOf } from "./walk-tags";
import {
  noteOpening,
  dropBystanders,
  keepFloorAfterSilence,
  talkingIn,
  leave,
} from "./walk-presence";
import { quoteContext, weighRef, guessSpeaker } from "./walk-context";
import type { Walk } from "./walk-state";
import type { AttributedQuote } from "./speakers";

/**
 * The walk's step over paragraph r: each quote's speaker, read before the walk moves past it
 * (a scene break, `sceneBreak`, ends the exchange as a chapter heading does).
 */
export function walkParagraph(
  walk: Walk,
  r: ParagraphReading,
  firstPerson = true,
  sceneBreak = false,
): AttributedQuote[] {
  // A scene break ("***") ends the exchange as a chapter heading does: the last scene's
  // speakers take no turn in the next until its narration names them.
  if (
    sceneBreak ||
    (r.quotes.length === 0 && r.segments.length === 1 && opensChapter(r.segments[0]!.text))
  )
    walk.newChapter();
  else if (walk.carried.length > 0) walk.takeUpCarried(r);
  walk.firstPerson = firstPerson;
  walk.paragraphOffset = r.offset;
  walk.resolved.clear();
  walk.before.clear();
  walk.goneHere.clear();
  const out: AttributedQuote[] = [];
  let previous: string | null = null;
  let consumed: Sentence | null = null;
  // An interrupted quote's two halves share one tag: decide it once.
  let lastTag: { sentence: Sentence; key: string | null; tag: Tag } | null = null;
  let lastAddressee: string | null = null;
  const introduced = walk.introduced;
  walk.introduced = null;
  walk.tagRefs = new Set();
  r.quotes.forEach((_, k) => {
    const tag = tagAfter(r.segments[k + 1]!) ?? tagBefore(r.segments[k]!);
    if (tag && !("other" in tag.target)) walk.tagRefs.add(tag.target.ref);
  });
  // Each quote's calls are read once: as the line after one quote, then as its own.
  let calledNext = calledIn(walk.scare, r, 0);
  walk.calledNearby = calledNext;
  walk.calledByLine = walk.calledNearby;
  readNarration(walk, r, r.segments[0]!, calledAtOpen(walk.scare, r, 0));
  r.quotes.forEach((q, k) => {
    const before = r.segments[k]!;
    const after = r.segments[k + 1]!;
    // The narration after a quote is read before the quote is attributed: its tag may need it.
    walk.calledByLine = calledNext;
    calledNext = calledIn(walk.scare, r, k + 1);
    walk.calledNearby = [...walk.calledByLine, ...calledNext];
    readNarration(walk, r, after, calledAtOpen(walk.scare, r, k + 1));
    const beforeConsumed =
      consumed !== null && before.sentences[before.sentences.length - 1] === consumed;
    // '"Are you for a walk," said Tom to his friend, as they rose; "or shall we ride?"': a
    // quote broken by its tag goes on after a comma or semicolon, under the same tag.
    const resumed =
      beforeConsumed && lastTag?.tag && /[,;:\u2014\u2013-]\s*$/.test(before.text)
        ? lastTag.tag
        : null;
    const tag = tagAfter(after) ?? tagBefore(before) ?? resumed;
    let key: string | null = null;
    let confidence = 0;
    let evidence: AttributedQuote["evidence"] = "none";
    consumed = null;
    let tagKind: TagKind | null = null;
    let tagKey: string | null = null;
    if (tag) {
      key = tagSpeaker(walk, tag, previous ?? walk.lastParagraphSpeaker);
      tagKind = kindOfTag(walk, tag);
      tagKey = key;
      const opensParagraph = k === 0 && before.sentences.length === 0;
      const goesOn = goingOn(walk, tag, previous ?? walk.lastParagraphSpeaker);
      if (goesOn) key = goesOn;
      else if (
        key &&
        opensParagraph &&
        !("other" in tag.target) &&
        tag.target.ref.kind === "pronoun" &&
        tag.target.ref.key !== "i"
      ) {
        const g = PRONOUN_GENDER.get(tag.target.ref.key)!;
        const addressee = walk.addressee;
        const resolvedTo = key;
        // The one the last line was said to answers: when their sex is known it must fit;
        // when it is not yet known, a named person ("..., Fergus," said I) may be either.
        const addresseeGender = addressee ? walk.genderOf(addressee) : null;
        if (
          addressee &&
          addressee !== key &&
          addressee !== walk.narrator &&
          (addresseeGender === g || (addresseeGender === null && walk.named.has(addressee)))
        ) {
          key = addressee;
          const e = walk.salience.get(addressee);
          if (e) e.gender ??= g;
        } else key = switchTurn(walk, key, tag);
        const saved = walk.before.get(tag.target.ref);
        if (key !== resolvedTo && saved) walk.salience.set(resolvedTo, saved);
      } else if (
        key &&
        opensParagraph &&
        !("other" in tag.target) &&
        answersAsDescribed(walk, tag.target.ref, key)
      )
        key = walk.addressee!;
      else if (
        key &&
        opensParagraph &&
        !("other" in tag.target) &&
        describedTurnTaker(walk, tag.target.ref, key)
      )
        key = otherSpeaker(walk, key)!;
      if (lastTag?.sentence === tag.sentence) key = lastTag.key;
      lastTag = { sentence: tag.sentence, key, tag };
      if (key) {
        evidence = "tag";
        // A name is sure; a pronoun or a description read as a named person ("the mother")
        // is an inference; "came the reply" is turn-taking.
        confidence =
          "other" in tag.target
            ? 0.7
            : tag.target.ref.kind === "name" && !walk.unnamed.has(tag.target.ref.key)
              ? 0.95
              : tag.target.ref.kind === "pronoun" || walk.named.has(key)
                ? 0.85
                : 0.95;
      }
      if (tag.sentence === after.sentences[0]) consumed = tag.sentence;
    }
    if (!key && k === 0 && before.sentences.length === 0 && introduced) {
      key = introduced.key;
      confidence = introduced.confidence;
      // Without a speech verb the one introducing the line is read from the narration, as a
      // beat is: an anchor for the conversation, not a tag.
      evidence = introduced.byTag ? "tag" : "beat";
      if (introduced.byTag) [tagKind, tagKey] = ["intro", introduced.key];
    }
    if (!key && k === 0 && before.sentences.length === 0 && walk.continuing) {
      // The previous paragraph's quote never closed: this one carries on the same speech.
      key = walk.continuing;
      confidence = 0.8;
      evidence = "continued";
    }
    if (!key) {
      const guess = guessSpeaker(walk, r, k, before, after, beforeConsumed, previous);
      key = guess.key;
      confidence = guess.confidence;
      evidence = guess.evidence;
    }
    walk.contexts.push(
      quoteContext(walk, r, k, tag, tagKind, tagKey, before, after, beforeConsumed, key),
    );
    if (key) spoke(walk, key, r.offset + (after.sentences[0]?.to ?? q.to - r.offset));
    // '"Martin." Ada didn't look up. "Go home."': a speaker's next line in the paragraph that
    // calls no one is said to the one their line before called.
    const own = addresseeOf(
      walk,
      r,
      k,
      key,
      beforeConsumed ? undefined : before.sentences[before.sentences.length - 1],
    );
    lastAddressee =
      own ??
      (tag ? toldIn(walk, tag.sentence, key) : null) ??
      (k > 0 && key !== null && key === previous ? lastAddressee : null);
    previous = key;
    const isUnnamed = key !== null && !walk.named.has(key);
    out.push({
      paragraph: q.paragraph,
      index: q.index,
      from: q.from,
      to: q.to,
      text: q.text,
      speaker: isUnnamed ? null : key,
      confidence: Math.round(confidence * 100) / 100,
      evidence,
      ...(isUnnamed ? { unnamed: key! } : {}),
    });
  });
  const lastQuote = r.quotes[r.quotes.length - 1];
  walk.continuing = lastQuote && lastQuote.close === "" && !lastQuote.dash ? previous : null;
  const narration = r.segments.flatMap((s) => s.sentences);
  const closing = narration[narration.length - 1];
  const lastSegment = r.segments[r.segments.length - 1]!;
  if (out.length === 0 && /:\s*$/.test(lastSegment.text))
    walk.introduced = introduce(walk, lastSegment);
  // The one who spoke goes on acting for a while after the tag ('"In the drawer," said Bo. He
  // went on reading. After a while Bo stood up.'): the next paragraph's bare line is theirs
  // again, as after a paragraph of narration about them. A tag and one beat ('Pruitt said. He
  // poured himself some tea.') still hand the word to the other.
  const carriesOn =
    out.length > 0 &&
    lastSegment.sentences.length >= 3 &&
    closing !== undefined &&
    closing.refs.some((ref) => actsIn(ref) && walk.resolved.get(ref) === previous);
  // One other person, alone acting in the sentence that closes a paragraph after its last line
  // ("'Very well, sir.' The boy was taken away. His mother sobbed."), is whom the next line
  // turns to.
  const actors = new Set(
    closing?.refs.flatMap((ref) => (actsIn(ref) ? [walk.resolved.get(ref)] : [])) ?? [],
  );
  const [actor] = actors;
  const closingActor =
    out.length > 0 &&
    lastSegment.sentences.length >= 2 &&
    actors.size === 1 &&
    actor !== undefined &&
    actor !== previous &&
    actor !== walk.narrator;
  // A paragraph that shows no one ("There was nobody on the step.") leaves the word with
  // whom the narration before it showed: the entrance stays as it was.
  let aside: string[] = [];
  const showsNoOne =
    out.length === 0 && !narration.some((s) => s.refs.some((ref) => walk.resolved.has(ref)));
  if (out.length > 0 && !carriesOn && !closingActor) walk.entrance = [];
  else if (closing && !showsNoOne) {
    // A paragraph of narration that ends on a thing ("There was a groove across the
    // fingers.") hands the word to the last person it showed acting.
    const shown =
      out.length === 0
        ? (narration.findLast((s) => s.refs.some((ref) => walk.resolved.has(ref))) ?? closing)
        : closing;
    // "The mailbox Dad had painted": a family word no cast member answers to is someone
    // remembered, not on stage.
    const onStage = (ref: Ref): boolean =>
      !ref.kinName || walk.named.has(walk.resolved.get(ref) ?? "");
    walk.entrance = shown.refs.filter(onStage).flatMap((ref) => weighRef(walk, ref, 1.5, shown));
    const talker = out.length === 0 ? talkingIn(walk, shown) : undefined;
    if (talker) walk.entrance = [...walk.entrance, { key: talker, weight: 1.5 }];
    if (out.length === 0) aside = dropBystanders(walk, shown);
  }
  keepFloorAfterSilence(walk, out.length === 0 ? narration : lastSegment.sentences);
  // Only a speaker the line's tag or beat gives is sure enough to keep in: a guess by turns
  // is often the very one the line speaks of.
  const sure = out.map((q) => (q.evidence === "tag" || q.evidence === "beat" ? q.speaker : null));
  leave(walk, r, lastSegment, sure);
  for (const k of aside)
    if (walk.recent.includes(k) && !walk.away.includes(k)) walk.away = [...walk.away, k];
  walk.addressee = out.length > 0 ? lastAddressee : null;
  if (out.length > 0) walk.namesAsked = asksOrGivesName(r, r.quotes.length - 1);
  walk.entranceAddressee = out.length === 0 && closing ? addressedIn(walk, closing) : null;
  if (out.length > 0) walk.lastParagraphSpeaker = previous;
  else if (narration.length > 0) walk.lastParagraphSpeaker = null;
  noteOpening(walk, out, narration);
  return out;
}
