import type { Context } from "./conversation.js";
import type { Knowledge } from "./knowledge/load.js";
import type { Background, Topic } from "./knowledge/schema.js";
import { hasTopic } from "./knowledge/coverage.js";
import type { PayScope } from "./understand/lexicon.js";
import type { Understanding } from "./understand/understand.js";

export type SourcesFocus = "all" | "survey";
type Smalltalk = "greeting" | "thanks" | "goodbye" | "help";

/** What the advisor has decided to do with a question, before any words are chosen. */
export type Intent =
  | { kind: "answer"; careers: string[]; topics: Topic[]; scopes: PayScope[]; highest: boolean; why: boolean; background?: Background }
  | { kind: "compare"; careers: string[]; topic: Topic }
  | { kind: "glossary"; terms: string[] }
  | { kind: "sources"; focus: SourcesFocus; careers: string[] }
  | { kind: "which-career"; topic: Topic; options: string[] }
  | { kind: "which-comparison"; topic: Topic }
  | { kind: "did-you-mean"; careers: string[]; topic: Topic }
  | { kind: "other-career" }
  | { kind: "smalltalk"; about: Smalltalk }
  | { kind: "not-understood" };

const MAX_TOPICS = 3;
const SMALLTALK: readonly Smalltalk[] = ["help", "greeting", "thanks", "goodbye"];

export function decide(u: Understanding, context: Context | undefined, knowledge: Knowledge): Intent {
  if (!u.words.length) return { kind: "not-understood" };
  const named = u.careers.length + u.terms.length + u.backgrounds.length + u.occupations.length + u.scopes.length;
  const smalltalk = SMALLTALK.find((about) => u.cues.has(about));
  if (smalltalk && !named && !u.topics.length && !u.weakTopics.length) return { kind: "smalltalk", about: smalltalk };

  const topics = readTopics(u, context, knowledge);
  const aboutThemselves = u.cues.has("selfReference") || topics.includes("paths");
  const background = aboutThemselves ? u.backgrounds[0] ?? context?.background : undefined;
  if (background && !u.topics.length) topics.splice(0, topics.length, "paths");
  let careers = [...u.careers];

  if (u.cues.has("expand") && (u.terms.length || context?.terms.length)) {
    return { kind: "glossary", terms: u.terms.length ? u.terms : context!.terms };
  }
  if (!careers.length && u.terms.length && u.topics.every((t) => ["overview", "certifications", "education"].includes(t))) {
    return { kind: "glossary", terms: u.terms };
  }
  const plainTopics = u.topics.every((t) => ["overview", "pay", "outlook"].includes(t));
  if ((u.cues.has("sources") || u.cues.has("survey")) && plainTopics) {
    return { kind: "sources", focus: u.cues.has("survey") ? "survey" : context?.sourcesFocus ?? "all", careers };
  }
  if (context?.sourcesFocus && !careers.length && !u.topics.length && u.cues.has("followUp")) {
    return { kind: "sources", focus: context.sourcesFocus, careers: [] };
  }
  if (!careers.length && !background && (u.occupations.length || u.backgrounds.length)) return { kind: "other-career" };
  if (!careers.length && context?.offered.length && u.cues.has("affirm")) careers = context.offered;
  if (!careers.length && u.doubtfulCareers.length) {
    return { kind: "did-you-mean", careers: u.doubtfulCareers, topic: topics[0] ?? context?.topic ?? "overview" };
  }
  // Unknown words with nothing recognisable beside them name something this advisor does not cover.
  const nothingKnown = !careers.length && !topics.length && !u.scopes.length && !u.cues.has("why");
  if (nothingKnown && u.unknown.length) return { kind: "other-career" };

  const remembered = context?.careers ?? [];
  const topicFromContext = context?.topic && (u.cues.has("followUp") || u.cues.has("why") || context.clarifying) ? context.topic : undefined;

  if (careers.length >= 2 && context?.comparing && context.clarifying) {
    return { kind: "compare", careers, topic: topics[0] ?? context.topic ?? "overview" };
  }
  if (u.cues.has("compare") && !u.cues.has("versusAll")) {
    const pair = careers.length >= 2 ? careers : [...careers, ...remembered.filter((id) => !careers.includes(id))].slice(0, 2);
    const topic = topics[0] ?? (u.cues.has("highest") ? "pay" : topicFromContext) ?? "overview";
    if (pair.length >= 2) return { kind: "compare", careers: pair, topic };
    if (!careers.length) return { kind: "which-comparison", topic };
  }
  if (!careers.length && context?.comparing && topics.length && remembered.length >= 2) {
    return { kind: "compare", careers: remembered.slice(0, 2), topic: topics[0]! };
  }
  const followsUp = u.cues.has("followUp") || u.cues.has("why") || topics.length > 0 || u.scopes.length > 0;
  if (!careers.length && followsUp && remembered.length) careers = remembered.slice(0, 1);
  if (!careers.length && u.scopes.length) careers = [...new Set(u.scopes.map((s) => s.careerId))];

  if (!careers.length) {
    if (background) return answer(careersWithPath(knowledge, background), ["paths"]);
    const topic = topics[0] ?? topicFromContext;
    if (topic && topic !== "overview") {
      const options = [...knowledge.careers.keys()].filter((id) => hasTopic(knowledge, id, topic));
      if (options.length === 1) return answer(options, [topic]);
      if (options.length > 1) return { kind: "which-career", topic, options };
    }
    return smalltalk ? { kind: "smalltalk", about: smalltalk } : { kind: "not-understood" };
  }
  if (!topics.length) topics.push(topicFromContext ?? "overview");
  return answer(careers, coveredTopics(knowledge, careers, topics));

  function answer(ids: string[], answerTopics: Topic[]): Intent {
    return { kind: "answer", careers: ids, topics: answerTopics, scopes: u.scopes, highest: u.cues.has("highest"), why: u.cues.has("why"), background };
  }
}

/** The topics a question asks about: strong words first, weak ones only when there are no strong ones. */
function readTopics(u: Understanding, context: Context | undefined, knowledge: Knowledge): Topic[] {
  const termTopics = u.terms.flatMap((id) => knowledge.glossary.find((t) => t.id === id)?.topic ?? []);
  let topics = u.topics.length ? [...u.topics] : termTopics.length ? termTopics : [...u.weakTopics];
  // "Compared with other jobs" measures against every occupation; it is not a question about related careers.
  if (u.cues.has("versusAll")) topics = topics.filter((t) => t !== "related");
  if (u.asksWhatTheyDo && topics.every((t) => t === "overview")) topics = ["duties"];
  if (topics.length > 1) topics = topics.filter((t) => t !== "overview");
  // A pay group ("in hospitals", "executives") is a pay question, unless the conversation is about workplaces.
  if (u.scopes.length && !topics.includes("pay") && topics.every((t) => t === "workplaces") && context?.topic !== "workplaces") {
    topics = ["pay"];
  }
  if (topics.includes("pay") && u.cues.has("highest")) topics = ["pay"];
  return topics.slice(0, MAX_TOPICS);
}

/** Drops topics none of the careers has anything on, keeping them all when none is covered so the reply can say so. */
function coveredTopics(knowledge: Knowledge, careers: readonly string[], topics: readonly Topic[]): Topic[] {
  const covered = topics.filter((topic) => topic === "paths" || careers.some((id) => hasTopic(knowledge, id, topic)));
  return covered.length ? covered : [...topics];
}

function careersWithPath(knowledge: Knowledge, background: Background): string[] {
  return [...knowledge.careers.values()].filter((career) => career.paths[background]?.length).map((career) => career.id);
}
