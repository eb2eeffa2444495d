import { perKnowledge } from "../knowledge/coverage.js";
import { careersWith, hasTopic } from "./topics/index.js";
import { TOPICS, TOPIC_WORDS } from "../knowledge/topics.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Topic } from "../knowledge/schema.js";
import type { ClarifyReply, FallbackReply, SmalltalkReply } from "../types.js";
import { exampleQuestions, fieldOf, followUpExamples, offeredTopics } from "./identity.js";
import { starterQuestions } from "./suggestions.js";
import { listing, plural, labelOf, topicQuestion } from "./wording.js";

// Replies that are not answers: greetings, help, questions back, and saying plainly what is not known.

const TOPIC_ORDER = TOPICS.filter((t) => t !== "overview");

/**
 * Most careers a reply names, or offers to pick from, in one list: enough for every career a career centre
 * writes by hand, while a generated knowledge base of thousands names the first ones and how many more
 * (any of them can still be asked for by name).
 */
const MAX_NAMED = 30;
/** Options a question back offers, in the order "the first one", "the second one" picks them. */
export const MAX_OPTIONS = MAX_NAMED;

const allNames = perKnowledge((knowledge) => namesOf([...knowledge.careers.values()].map((c) => c.plural)));
const careerNames = (knowledge: Knowledge): string => allNames(knowledge, undefined);

/** The first few names, then how many more there are out of `total`. */
function namesOf(names: readonly string[], total = names.length): string {
  const shown = names.slice(0, MAX_NAMED);
  return listing(total > shown.length ? [...shown, `${(total - shown.length).toLocaleString("en-US")} more`] : shown);
}

const quoted = (items: readonly string[], joiner: string) => {
  const q = items.map((item) => `"${item}"`);
  return q.length < 2 ? q.join("") : `${q.slice(0, -1).join(", ")} ${joiner} ${q.at(-1)}`;
};

function topicsIKnow(knowledge: Knowledge): string {
  return listing(offeredTopics(knowledge));
}

export function smalltalkReply(knowledge: Knowledge, about: "greeting" | "thanks" | "goodbye" | "help"): SmalltalkReply {
  const field = fieldOf(knowledge);
  const offer = `I can tell you about ${careerNames(knowledge)}: ${topicsIKnow(knowledge)}. Every answer names its sources.`;
  const followUps = followUpExamples(knowledge);
  const howToAsk = `Ask in your own words, for example ${quoted(exampleQuestions(knowledge), "or")}.${followUps.length ? ` Follow-up questions like ${quoted(followUps, "or")} work too.` : ""}`;
  const text = {
    greeting: knowledge.advisor ? `${knowledge.advisor.introduction}\n\nI know about ${careerNames(knowledge)}.` : `Hi! ${offer}`,
    help: `${offer}\n\n${howToAsk}`,
    thanks: `You're welcome! Ask me anything else${field ? ` about ${field}` : ""}.`,
    goodbye: "Good luck with your career plans! Come back any time.",
  }[about];
  return { kind: "smalltalk", text, sources: [], suggestions: about === "goodbye" ? [] : starterQuestions(knowledge) };
}

/** A job outside the knowledge: named plainly when the question named it, and never given another career's figures. */
export function otherCareerReply(knowledge: Knowledge, jobs: readonly string[]): FallbackReply {
  const lead = jobs.length ? `I have nothing on ${listing(jobs.map(plural))}: my sources cover only` : "I only have information on";
  return fallback(`${lead} ${careerNames(knowledge)}, so I can't answer that. Ask me about their ${topicsIKnow(knowledge)}.`, starterQuestions(knowledge));
}

export function notUnderstoodReply(knowledge: Knowledge): FallbackReply {
  const field = fieldOf(knowledge) ?? "careers";
  return fallback(`Sorry, I didn't understand that. I answer questions about ${field} (${careerNames(knowledge)}): ${topicsIKnow(knowledge)}.`, starterQuestions(knowledge));
}

export function noDataReply(knowledge: Knowledge, careerIds: readonly string[], topic: Topic, alternatives: string[]): FallbackReply {
  const plurals = listing(careerIds.map((id) => knowledge.careers.get(id)!.plural));
  const missing = TOPIC_WORDS[topic].missing;
  const covered = TOPIC_ORDER.filter((t) => t !== topic && careerIds.some((id) => hasTopic(knowledge, id, t))).map(labelOf);
  const instead = covered.length ? ` I can tell you about their ${listing(covered)}.` : "";
  const text = `My sources give ${missing ?? `nothing on the ${labelOf(topic)}`} for ${plurals}, so I won't ${missing ? "guess one" : "guess"}.${instead}`;
  return fallback(text, alternatives, { topic, careerIds: [...careerIds] });
}

export function whichCareerReply(knowledge: Knowledge, topic: Topic, careerIds: readonly string[]): ClarifyReply {
  const careers = careerIds.slice(0, MAX_NAMED).map((id) => knowledge.careers.get(id)!);
  const options = careers.map((career) => topicQuestion(topic, career));
  const named = namesOf(careers.map((c) => c.plural), careerIds.length);
  return clarify(`Which career do you mean? My sources cover the ${labelOf(topic)} of ${named}, and the answers differ.`, options, { topic, careerIds: [...careerIds] });
}

export function whichComparisonReply(knowledge: Knowledge, topic: Topic): ClarifyReply {
  const [a, b] = careersWith(knowledge, topic).slice(0, 2).map((id) => knowledge.careers.get(id)!);
  const options = a && b ? [`Compare ${labelOf(topic)}: ${a.plural} vs ${b.plural}`] : [];
  return clarify(`Which careers should I compare? I know about ${careerNames(knowledge)}.`, options);
}

export function didYouMeanReply(knowledge: Knowledge, careerIds: readonly string[], topic: Topic): ClarifyReply {
  const careers = careerIds.slice(0, MAX_NAMED).map((id) => knowledge.careers.get(id)!);
  const options = careers.map((career) => topicQuestion(topic, career));
  return clarify(`Did you mean ${listing(careers.map((c) => c.plural))}?`, options);
}

type Understood = { topic?: Topic; careerIds?: string[] };

const fallback = (text: string, suggestions: string[], understood: Understood = {}): FallbackReply => ({ kind: "fallback", text, sources: [], suggestions, ...understood });

/** A question back: each option is a question that picks one meaning, and is offered as a suggestion. */
const clarify = (text: string, options: string[], understood: Understood = {}): ClarifyReply => ({ kind: "clarify", text, options, sources: [], suggestions: options, ...understood });

