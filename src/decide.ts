import type { Context } from "./conversation.js";
import type { Knowledge } from "./knowledge/load.js";
import type { Background, Topic } from "./knowledge/schema.js";
import { careersWith, careersWithPath } from "./knowledge/coverage.js";
import type { PayScope } from "./understand/lexicon.js";
import type { Understanding } from "./understand/understand.js";

export type SourcesFocus = "all" | "survey";
type Smalltalk = "greeting" | "thanks" | "goodbye" | "help";

/** What the advisor has decided to do with a question, before any words are chosen. */
export type Intent =
  | {
      kind: "answer";
      careers: string[];
      topics: Topic[];
      scopes: PayScope[];
      why: boolean;
      background?: Background;
      /** The question asked about something the knowledge has no words for, so the answer is only the general picture. */
      unmatched?: boolean;
    }
  | { kind: "compare"; careers: string[]; topic: Topic }
  | { kind: "glossary"; terms: string[] }
  | { kind: "sources"; focus: SourcesFocus; careers: string[]; topic?: Topic }
  | { kind: "which-career"; topic: Topic; options: readonly string[] }
  | { kind: "which-comparison"; topic: Topic }
  | { kind: "did-you-mean"; careers: string[]; topic: Topic }
  | { kind: "other-career" }
  | { kind: "smalltalk"; about: Smalltalk }
  | { kind: "not-understood" };

const MAX_TOPICS = 3;
/** Careers one ranking sets side by side. */
const MAX_COMPARED = 4;
/** Careers one "how do I get in" answer covers when the asker named none. */
const MAX_PATH_CAREERS = 3;
const SMALLTALK: readonly Smalltalk[] = ["help", "greeting", "thanks", "goodbye"];

/** Reads a question in the light of its conversation and decides what kind of reply it needs. */
export function decide(u: Understanding, context: Context | undefined, knowledge: Knowledge): Intent {
  if (!u.words.length) return { kind: "not-understood" };
  const named = u.careers.length + u.terms.length + u.backgrounds.length + u.occupations.length + u.scopes.length;
  const smalltalk = SMALLTALK.find((about) => u.cues.has(about));
  if (smalltalk && !named && !u.topics.length && !u.weakTopics.length) return { kind: "smalltalk", about: smalltalk };

  const pointsBack = u.cues.has("followUp") || u.cues.has("why") || u.cues.has("moreOfSame");
  const topicFromContext = context?.topic && (pointsBack || context.clarifying) ? context.topic : undefined;
  const topics = readTopics(u, knowledge, u.cues.has("moreOfSame") ? topicFromContext : undefined);
  // "Nurse" may be the asker or the subject; "no degree" can only be the asker.
  const aboutThemselves = u.cues.has("selfReference") || topics.includes("paths") || u.backgrounds.includes("no-degree");
  const background = (aboutThemselves ? u.backgrounds[0] : undefined) ?? context?.background;
  // Someone telling their background asks how to get in; for someone without a degree, schooling is the way in.
  if (background && topics.every((t) => t === "education" || t === "overview" || t === "paths")) topics.splice(0, topics.length, "paths");
  const remembered = context?.careers ?? [];
  let careers = [...u.careers];

  if (u.cues.has("expand") && (u.terms.length || context?.terms.length)) {
    return { kind: "glossary", terms: u.terms.length ? u.terms : context!.terms };
  }
  const aboutEarlierCareer = remembered.length > 0 && u.cues.has("followUp");
  if (!careers.length && u.terms.length && !aboutEarlierCareer && !u.cues.has("survey") && u.topics.every((t) => ["overview", "certifications", "education"].includes(t))) {
    return { kind: "glossary", terms: u.terms };
  }
  if ((u.cues.has("sources") || u.cues.has("survey")) && u.topics.every((t) => ["overview", "pay", "outlook"].includes(t))) {
    // "Says who?" asks about the last answer; "where does your data come from?" asks about the advisor.
    const lastAnswer = !careers.length && !u.cues.has("survey") && context?.topic && !u.words.some((w) => w === "you" || w === "your");
    return {
      kind: "sources",
      focus: u.cues.has("survey") ? "survey" : context?.sourcesFocus ?? "all",
      careers: lastAnswer ? remembered : careers,
      topic: lastAnswer ? context.topic : topics.find((t) => t !== "overview"),
    };
  }
  if (context?.sourcesFocus && !careers.length && !u.topics.length && u.cues.has("followUp")) {
    return { kind: "sources", focus: context.sourcesFocus, careers: [] };
  }
  if (!careers.length && !background && (u.occupations.length || u.backgrounds.length || u.unknownJobs.length)) {
    return { kind: "other-career" };
  }
  if (!careers.length && context?.offered.length && u.cues.has("affirm")) careers = context.offered;
  const picked = u.ordinal ? context?.options[u.ordinal - 1] : undefined;
  if (!careers.length && picked) careers = [picked];
  if (!careers.length && u.doubtfulCareers.length) {
    return { kind: "did-you-mean", careers: u.doubtfulCareers, topic: topics[0] ?? context?.topic ?? "overview" };
  }
  // Unknown words with nothing recognisable beside them name something this advisor does not cover.
  const onlyLooseWords = !topics.length || (!u.topics.length && !termTopics(u, knowledge).length && !u.cues.has("moreOfSame"));
  if (!careers.length && onlyLooseWords && !u.scopes.length && !u.cues.has("why") && u.unknown.length) return { kind: "other-career" };

  if (careers.length >= 2 && context?.comparing && context.clarifying) {
    return { kind: "compare", careers, topic: topics[0] ?? context.topic ?? "overview" };
  }
  const comparing = u.cues.has("compare") && !u.cues.has("versusAll");
  if (comparing) {
    const pair = careers.length >= 2 ? careers : [...careers, ...remembered.filter((id) => !careers.includes(id))].slice(0, 2);
    const topic = topics[0] ?? (u.cues.has("highest") ? "pay" : topicFromContext) ?? "overview";
    if (pair.length >= 2 && !(careers.length < 2 && u.scopes.length)) return { kind: "compare", careers: pair, topic };
    if (!careers.length && !remembered.length) return { kind: "which-comparison", topic };
  }
  if (!careers.length && context?.comparing && topics.length && remembered.length >= 2) {
    return { kind: "compare", careers: remembered.slice(0, 2), topic: topics[0]! };
  }
  const followsUp = pointsBack || topics.length > 0 || u.scopes.length > 0;
  if (!careers.length && followsUp && remembered.length) careers = context?.together ? [...remembered] : remembered.slice(0, 1);
  // A level of seniority ("executives") belongs to the career whose figures name it; a place ("hospitals") does not.
  if (!careers.length) careers = [...new Set(u.scopes.filter((s) => isLevel(knowledge, s)).map((s) => s.careerId))];
  // "Which career pays the most?" ranks every career the sources give figures for.
  const superlative = u.cues.has("highest") && topics.some((t) => t === "pay" || t === "outlook");
  if (!careers.length && superlative) {
    const topic = topics.includes("pay") ? "pay" : "outlook";
    const ranked = careersWith(knowledge, topic);
    if (ranked.length > 1) return { kind: "compare", careers: ranked.slice(0, MAX_COMPARED), topic };
  }

  if (!careers.length) {
    if (background) return answer(careersWithPath(knowledge, background).slice(0, MAX_PATH_CAREERS), ["paths"], []);
    const topic = topics[0] ?? topicFromContext;
    if (topic && topic !== "overview") {
      const options = careersWith(knowledge, topic);
      if (options.length === 1) return answer([...options], [topic], []);
      if (options.length > 1) return { kind: "which-career", topic, options };
    }
    return smalltalk ? { kind: "smalltalk", about: smalltalk } : { kind: "not-understood" };
  }

  const scopes = u.scopes.filter((s) => careers.includes(s.careerId));
  // A pay group ("in hospitals", "executives") is a pay question, unless the conversation is about workplaces.
  if (scopes.length && !topics.includes("pay") && !topics.some((t) => t !== "workplaces") && context?.topic !== "workplaces") {
    topics.splice(0, topics.length, "pay");
  }
  // "Pay in hospitals": the place names the pay group, it does not ask where they work.
  if (scopes.length && topics.includes("pay") && topics.includes("workplaces")) topics.splice(topics.indexOf("workplaces"), 1);
  const unmatched = u.cues.has("beyondSources") || (!topics.length && !topicFromContext && u.unknown.length > 0);
  if (!topics.length) topics.push(topicFromContext ?? "overview");
  if (topics.includes("pay") && u.cues.has("highest")) scopes.push(...highestPaid(knowledge, careers));
  // "How does that compare with …" inside one career sets the groups side by side.
  if (comparing && scopes.length) scopes.push(...(context?.scopes ?? []).filter((s) => careers.includes(s.careerId)));
  // Every pay group asked about goes along, so the answer can say when a career has no figure for it.
  const asked = [...u.scopes.filter((s) => !careers.includes(s.careerId)), ...scopes];
  return { ...answer(careers, topics, unique(asked)), ...(unmatched ? { unmatched } : {}) };

  function answer(ids: readonly string[], answerTopics: Topic[], answerScopes: PayScope[]): Extract<Intent, { kind: "answer" }> {
    return { kind: "answer", careers: [...ids], topics: answerTopics, scopes: answerScopes, why: u.cues.has("why"), background };
  }
}

function termTopics(u: Understanding, knowledge: Knowledge): Topic[] {
  return u.terms.flatMap((id) => knowledge.glossary.find((t) => t.id === id)?.topic ?? []);
}

/** The topics a question asks about: its own topic words first, then what its acronyms imply, then weaker words. */
function readTopics(u: Understanding, knowledge: Knowledge, sameAsBefore: Topic | undefined): Topic[] {
  const implied = termTopics(u, knowledge);
  let topics = u.topics.length ? [...u.topics] : sameAsBefore ? [sameAsBefore] : [...u.weakTopics, ...implied];
  // "Compared with other jobs" measures against every occupation; it is not a question about related careers.
  if (u.cues.has("versusAll")) topics = topics.filter((t) => t !== "related");
  if (u.asksWhatTheyDo && topics.every((t) => t === "overview")) topics = ["duties"];
  if (topics.length > 1 && !u.asksWhatItIs) topics = topics.filter((t) => t !== "overview");
  if (u.asksWhatItIs && !topics.includes("overview")) topics.unshift("overview");
  if (topics.includes("pay") && u.cues.has("highest")) topics = ["pay"];
  return unique(topics).slice(0, MAX_TOPICS);
}

function isLevel(knowledge: Knowledge, scope: PayScope): boolean {
  return knowledge.careers.get(scope.careerId)?.pay[scope.figure]?.scope === "level";
}

function highestPaid(knowledge: Knowledge, careers: readonly string[]): PayScope[] {
  return careers.flatMap((careerId) =>
    (knowledge.careers.get(careerId)?.pay ?? []).flatMap((figure, index) => (figure.highest ? [{ careerId, figure: index }] : [])),
  );
}

function unique<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
