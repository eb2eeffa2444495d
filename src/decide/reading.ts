import type { Knowledge } from "../knowledge/load.js";
import type { Background, Topic } from "../knowledge/schema.js";
import type { ConversationState, Referent } from "../state.js";
import { saysPhrase } from "../understand/normalise.js";
import type { Understanding } from "../understand/understand.js";
import { typedReferent } from "./pointers.js";
import { describedRoute } from "./routes.js";
import { careersByTermSource } from "./term-sources.js";

export type Smalltalk = "greeting" | "thanks" | "goodbye" | "help";

const MAX_TOPICS = 3;
const SMALLTALK: readonly Smalltalk[] = ["help", "greeting", "thanks", "goodbye"];

/**
 * A question read in the light of its conversation: everything the rules look at, worked out once.
 * Careers come in three widening circles: those the question names, those it picks from a question back,
 * and those it inherits from the conversation.
 */
export type Reading = {
  u: Understanding;
  state: ConversationState | undefined;
  knowledge: Knowledge;
  topics: Topic[];
  /** The conversation's topic, when the question points back to it or answers a question back. */
  topicFromContext?: Topic;
  background?: Background;
  /** Careers of the conversation, most recent first. */
  remembered: string[];
  /** Careers the question names, or picks from what the last reply offered ("yes", "the second one"). */
  chosen: string[];
  /** Careers the answer is about: `chosen`, else those the conversation was about, else a level's career. */
  subject: string[];
  /** Careers a shortened name fits when it fits several, none of them more than the others: ask which. */
  nameOptions: string[];
  smalltalk?: Smalltalk;
  /** What the question points at: by an ordinal ("the second one") in the list offered, or by its type ("that source"). */
  referent?: Referent;
  /** The question points back: a pronoun, "why", "any others?". */
  pointsBack: boolean;
  comparing: boolean;
};

export function read(u: Understanding, state: ConversationState | undefined, knowledge: Knowledge): Reading {
  const last = state?.last;
  const pointsBack = u.cues.has("followUp") || u.cues.has("why") || u.cues.has("moreOfSame");
  const answersQuestionBack = last?.kind === "which-career" || last?.kind === "which-comparison" || last?.kind === "did-you-mean";
  // "In 2025?", "can I work from home?": a condition alone asks what the conversation was asking, under it.
  const onlyCondition = u.conditions.length > 0 && !u.topics.length && !u.weakTopics.length && !u.unknown.length;
  const topicFromContext = state?.topic && (pointsBack || answersQuestionBack || onlyNames(u) || onlyCondition) ? state.topic : undefined;
  const topics = readTopics(u, knowledge, u.cues.has("moreOfSame") ? topicFromContext : undefined);
  // "The two-year route": a way in described by its words picks its career, and asks about its schooling or that way in.
  const route = !u.careers.length && !u.ordinal ? describedRoute(u, [...(state?.careers ?? []), ...(state?.offered ?? []).map((r) => r.id)], knowledge) : undefined;
  const askedOfRoute = u.topics.filter((t) => t !== "paths" && t !== "overview");
  if (route) topics.splice(0, topics.length, ...(askedOfRoute.length ? askedOfRoute : [route.by === "education" ? ("education" as const) : ("paths" as const)]));
  // "Teacher" may be the asker or the subject; "no degree" can only be the asker.
  // "No degree needed" in a claim is the claim, not the asker's background.
  const aboutThemselves = u.cues.has("selfReference") || topics.includes("paths") || (u.backgrounds.includes("no-degree") && !u.claims.length);
  const background = (route && route.by !== "education" ? route.by : undefined) ?? (aboutThemselves ? u.backgrounds[0] : undefined) ?? state?.background;
  // Someone telling their background asks how to get in; for someone without a degree, schooling is the way in.
  // Told earlier, it only makes a question that asks nothing in particular a question about the way in
  // ("how many years would that be" after a way in asks about the schooling), unless schooling is the way in.
  const toldNow = aboutThemselves && u.backgrounds.length > 0;
  const waysIn = toldNow || background === "no-degree" ? ["education", "overview", "paths"] : ["overview", "paths"];
  // A follow-up that carries the conversation's topic keeps it: "what about DBAs there?" after pay asks their pay.
  const carriesTopic = !toldNow && topicFromContext !== undefined && !waysIn.includes(topicFromContext);
  if (background && !carriesTopic && topics.every((t) => waysIn.includes(t))) topics.splice(0, topics.length, "paths");
  const remembered = state?.careers ?? [];

  let chosen = [...u.careers];
  if (!chosen.length && last?.kind === "did-you-mean" && u.cues.has("affirm")) chosen = [...last.careers];
  // A noun for a type ("the first certification") picks among the kept things of that type, not from the last list.
  const referent = typedReferent(u, state, knowledge) ?? pointedAt(u, state) ?? route ?? (pointsAtFigure(u, knowledge) ? latestFigure(state) : undefined);
  const picked = referent?.kind === "career" || referent?.kind === "route" ? referent.id : undefined;
  if (!chosen.length && picked) chosen = [picked];
  // "The tech one": the career whose name has that word, among those just offered or discussed if several do.
  const offered = last?.kind === "which-career" ? last.options : remembered;
  const byWord = u.pickedByWord.length > 1 ? u.pickedByWord.filter((id) => offered.includes(id)) : u.pickedByWord;
  if (!chosen.length && byWord.length === 1) chosen = [...byWord];
  // "The techs", "the managers": the one career the shortened name fits, among those in the conversation if any fit there.
  // Someone telling their background ("more into the tech side") speaks of themselves, not of a career.
  const shortNamed = aboutThemselves && u.backgrounds.length ? [] : u.shortNamed;
  const fits = shortNamed.map((careers) => {
    const inContext = careers.filter((id) => offered.includes(id));
    return inContext.length ? inContext : careers;
  });
  const ambiguous = fits.find((careers) => careers.length > 1);
  // A figure claimed for a name that fits several careers is checked against all of them, not asked back.
  const claimsFigure = u.cues.has("premise") && (u.amounts.length > 0 || u.percents.length > 0);
  if (!chosen.length && fits.length && (!ambiguous || claimsFigure)) chosen = [...new Set(fits.flat())];
  const nameOptions = chosen.length || !ambiguous ? [] : ambiguous;

  let subject = nameOptions.length ? [] : chosen;
  const followsUp = pointsBack || topics.length > 0 || u.scopes.length > 0 || onlyCondition;
  if (!subject.length && !nameOptions.length && u.cues.has("theOther") && remembered.length > 1) subject = remembered.slice(1, 2);
  if (!subject.length && !nameOptions.length && followsUp && last?.kind === "glossary") subject = careersByTermSource(knowledge, state?.terms ?? [], topics[0]);
  // "They" after a comparison means both careers compared.
  if (!subject.length && !nameOptions.length && followsUp && remembered.length) subject = (last?.kind === "answer" && last.together) || last?.kind === "compare" ? [...remembered] : remembered.slice(0, 1);
  // A level of seniority ("executives") belongs to the career whose figures name it; a place ("in schools") does not.
  if (!subject.length) subject = [...new Set(u.levels.map((s) => s.careerId))];

  return {
    u,
    state,
    knowledge,
    topics,
    topicFromContext,
    background,
    remembered,
    chosen,
    subject,
    nameOptions,
    smalltalk: SMALLTALK.find((about) => u.cues.has(about)),
    ...(referent ? { referent } : {}),
    pointsBack,
    comparing: u.cues.has("compare") && !u.cues.has("versusAll"),
  };
}

/**
 * "Web developers?", "vs data analysts?", "vs the web job?": careers named and nothing asked of them, so the question
 * asks what the conversation was asking, of them.
 */
function onlyNames(u: Understanding): boolean {
  return (u.careers.length > 0 || u.pickedByWord.length > 0 || u.shortNamed.length > 0) && !u.topics.length && !u.weakTopics.length && !u.unknown.length && !u.terms.length && !u.asksWhatItIs && !u.asksWhatTheyDo && !u.claims.length;
}

/** "Is that figure reliable?": the question points at a figure by the vocabulary's words for one. */
function pointsAtFigure(u: Understanding, knowledge: Knowledge): boolean {
  return knowledge.vocabulary.figures.some((phrase) => saysPhrase(u.words, phrase));
}

function latestFigure(state: ConversationState | undefined): Referent | undefined {
  return state?.referents?.find((r) => r.kind === "figure");
}

/** The offered thing an ordinal picks, counted from 1, or from the end when negative. A question naming a career picks none. */
function pointedAt(u: Understanding, state: ConversationState | undefined): Referent | undefined {
  if (!u.ordinal || u.careers.length || !state?.offered) return undefined;
  return state.offered.at(u.ordinal > 0 ? u.ordinal - 1 : u.ordinal);
}

export function termTopics(u: Understanding, knowledge: Knowledge): Topic[] {
  return u.terms.flatMap((id) => knowledge.glossary.find((t) => t.id === id)?.topic ?? []);
}

/** The topics a question asks about: its own topic words first, then what its acronyms imply, then weaker words. */
function readTopics(u: Understanding, knowledge: Knowledge, sameAsBefore: Topic | undefined): Topic[] {
  const implied = termTopics(u, knowledge);
  let topics = u.topics.length ? [...u.topics] : sameAsBefore ? [sameAsBefore] : [...u.weakTopics, ...implied];
  // A claim names its topic even when no topic word does ("since the jobs are shrinking"), and comes first:
  // "required by law" asks about certification, whatever "required" says of schooling.
  topics.unshift(...u.claims);
  // "The other job you mentioned" points back; it does not ask for related careers.
  if (u.cues.has("theOther")) topics = topics.filter((t) => t !== "related");
  // "Compared with other jobs" measures against every occupation; it is not a question about related careers.
  if (u.cues.has("versusAll")) topics = topics.filter((t) => t !== "related");
  if (u.asksWhatTheyDo) topics = ["duties", ...topics.filter((t) => t !== "overview" && t !== "duties")];
  if (topics.length > 1 && !u.asksWhatItIs) topics = topics.filter((t) => t !== "overview");
  if (u.asksWhatItIs && !topics.includes("overview")) topics.unshift("overview");
  if (topics.includes("pay") && u.cues.has("highest")) topics = ["pay"];
  return [...new Set(topics)].slice(0, MAX_TOPICS);
}
