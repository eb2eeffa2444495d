import type { Context } from "./conversation.js";
import type { Knowledge } from "./knowledge/load.js";
import type { Background, Topic } from "./knowledge/schema.js";
import { hasTopic } from "./knowledge/coverage.js";
import type { PayScope } from "./understand/lexicon.js";
import type { Understanding } from "./understand/understand.js";

/** What the advisor has decided to do with a question, before any words are chosen. */
export type Intent =
  | { kind: "answer"; careers: string[]; topics: Topic[]; scopes: PayScope[]; highest: boolean; why: boolean; background?: Background }
  | { kind: "compare"; careers: string[]; topic: Topic }
  | { kind: "glossary"; terms: string[] }
  | { kind: "sources" }
  | { kind: "which-career"; topic: Topic; options: string[] }
  | { kind: "which-comparison"; topic: Topic }
  | { kind: "did-you-mean"; careers: string[]; topic: Topic }
  | { kind: "other-career" }
  | { kind: "smalltalk"; about: "greeting" | "thanks" | "goodbye" | "help" }
  | { kind: "not-understood" };

const MAX_TOPICS = 3;

export function decide(u: Understanding, context: Context | undefined, knowledge: Knowledge): Intent {
  if (!u.words.length) return { kind: "not-understood" };

  let topics = u.topics.length ? u.topics : u.weakTopics;
  if (u.asksWhatTheyDo && topics.every((t) => t === "overview")) topics = ["duties"];
  if (topics.length > 1) topics = topics.filter((t) => t !== "overview");
  // A pay group ("in hospitals", "executives") is a pay question, unless the conversation is about workplaces.
  if (u.scopes.length && !topics.includes("pay") && topics.every((t) => t === "workplaces") && context?.topic !== "workplaces") {
    topics = ["pay"];
  }
  topics = topics.slice(0, MAX_TOPICS);

  const aboutThemselves = u.cues.has("selfReference") || topics.includes("paths");
  const background = aboutThemselves ? u.backgrounds[0] : undefined;
  let careers = [...u.careers];

  if (!careers.length && u.terms.length && topics.every((t) => ["overview", "certifications", "education"].includes(t))) {
    return { kind: "glossary", terms: u.terms };
  }
  if (u.cues.has("sources") && u.topics.every((t) => ["overview", "pay", "outlook"].includes(t))) return { kind: "sources" };
  if (!careers.length && !background && (u.occupations.length || u.backgrounds.length)) return { kind: "other-career" };
  if (!careers.length && context?.offered.length && u.cues.has("affirm")) careers = context.offered;
  if (!careers.length && u.doubtfulCareers.length) {
    return { kind: "did-you-mean", careers: u.doubtfulCareers, topic: topics[0] ?? context?.topic ?? "overview" };
  }

  const followsUp = u.cues.has("followUp") || u.cues.has("why") || topics.length > 0 || u.scopes.length > 0;
  const ownSubject = u.unknown.length > 0 && !u.cues.has("followUp");
  const remembered = context && followsUp && !ownSubject ? context.careers : [];
  const topicFromContext = context?.topic && (u.cues.has("followUp") || u.cues.has("why") || context.clarifying) ? context.topic : undefined;
  const why = u.cues.has("why");

  if (u.cues.has("compare")) {
    const pair = careers.length >= 2 ? careers : [...careers, ...remembered.filter((id) => !careers.includes(id))].slice(0, 2);
    const topic = topics[0] ?? (u.cues.has("highest") ? "pay" : undefined) ?? topicFromContext ?? "pay";
    if (pair.length >= 2) return { kind: "compare", careers: pair, topic };
    if (!careers.length) return { kind: "which-comparison", topic };
  }
  if (!careers.length && context?.comparing && topics.length && remembered.length >= 2) {
    return { kind: "compare", careers: remembered.slice(0, 2), topic: topics[0]! };
  }
  if (!careers.length && remembered.length) careers = remembered.slice(0, 1);
  if (!careers.length && u.scopes.length && !ownSubject) careers = [...new Set(u.scopes.map((s) => s.careerId))];

  if (!topics.length) topics = topicFromContext ? [topicFromContext] : careers.length ? ["overview"] : [];
  if (!careers.length) {
    if (background) return answer(careersWithPath(knowledge, background), ["paths"]);
    const topic = topics[0];
    if (topic && topic !== "overview" && !ownSubject) {
      const options = [...knowledge.careers.keys()].filter((id) => hasTopic(knowledge, id, topic));
      if (options.length === 1) return answer(options, topics);
      if (options.length > 1) return { kind: "which-career", topic, options };
    }
    for (const about of ["help", "greeting", "thanks", "goodbye"] as const) if (u.cues.has(about)) return { kind: "smalltalk", about };
    return ownSubject || topics.length || u.occupations.length ? { kind: "other-career" } : { kind: "not-understood" };
  }
  return answer(careers, topics);

  function answer(ids: string[], answerTopics: Topic[]): Intent {
    return { kind: "answer", careers: ids, topics: answerTopics, scopes: u.scopes, highest: u.cues.has("highest"), why, background };
  }
}

function careersWithPath(knowledge: Knowledge, background: Background): string[] {
  return [...knowledge.careers.values()].filter((career) => career.paths[background]?.length).map((career) => career.id);
}
