import { perKnowledge } from "../../knowledge/coverage.js";
import type { Knowledge } from "../../knowledge/load.js";
import type { Career, Topic } from "../../knowledge/schema.js";
import { TOPICS, TOPIC_WORDS } from "../../knowledge/topics.js";
import type { Cited } from "../citations.js";
import { citedOf, joinSections, type Section } from "../section.js";
import { capitalise } from "../wording.js";
import { plainKind, type SectionRequest, type TopicKind } from "./kind.js";
import { outlook } from "./outlook.js";
import { pay } from "./pay.js";
import { paths } from "./paths.js";

// The registry of topics: src/knowledge/topics.ts says how each is spoken of, and this how its answers
// are found. Every topic not typed below is plain.

const TYPED: { readonly [T in Topic]?: TopicKind } = { pay, outlook, paths };
const KINDS = new Map(TOPICS.map((topic) => [topic, TYPED[topic] ?? plainKind(topic)]));
const kindOf = (topic: Topic): TopicKind => KINDS.get(topic)!;

/** The topics in the order follow-ups offer them. */
export const SUGGESTED: readonly Topic[] = TOPICS.flatMap((t) => (TOPIC_WORDS[t].suggest === false ? [] : [t])).sort(
  (a, b) => Number(TOPIC_WORDS[a].suggest) - Number(TOPIC_WORDS[b].suggest),
);

/** What the knowledge says about one career on one topic, or undefined when it says nothing. */
export function topicSection(knowledge: Knowledge, career: Career, request: SectionRequest): Section | undefined {
  return kindOf(request.topic).section(knowledge, career, request);
}

/** Careers side by side on one topic; only what the sources give, each with its own attribution. */
export function compareSection(knowledge: Knowledge, careers: readonly Career[], topic: Topic): Section {
  const compare = kindOf(topic).compare;
  if (compare) return compare(knowledge, careers);
  const sections = careers.map((career) => {
    const notes = career.topics[topic]?.points;
    if (!notes?.length) {
      const section = topicSection(knowledge, career, { topic, scopes: [], why: false });
      return section
        ? { text: `${capitalise(career.plural)}:\n${section.text}`, cited: section.cited }
        : { text: `${capitalise(career.plural)}: my sources say nothing about their ${TOPIC_WORDS[topic].label}.`, cited: [] };
    }
    const said = notes.slice(0, 2).map((p) => p.text).join(" ");
    const named = said.toLowerCase().startsWith(career.plural.toLowerCase());
    return { text: named ? said : `${capitalise(career.plural)}: ${said}`, cited: notes.slice(0, 2).map(citedOf) };
  });
  return joinSections(sections);
}

/** What a career's knowledge on one topic (or on every topic) rests on: typed fields first, then points. */
export function careerCitations(career: Career, topic: Topic | undefined): Cited[] {
  const fields = (topic ? [topic] : TOPICS).flatMap((t) => kindOf(t).fieldsCite?.(career) ?? []);
  const notes = Object.entries(career.topics).filter(([t]) => topic === undefined || topic === t).flatMap(([, n]) => n?.points ?? []);
  return [...fields, ...notes.map(citedOf)];
}

/** Whether the knowledge has anything to say about a career on a topic. */
export function hasTopic(knowledge: Knowledge, careerId: string, topic: Topic): boolean {
  const career = knowledge.careers.get(careerId);
  return career !== undefined && kindOf(topic).has(career);
}

/** Ids of the careers the knowledge covers on a topic, in file order. */
export const careersWith = perKnowledge((knowledge, topic: Topic): readonly string[] =>
  [...knowledge.careers.values()].filter((career) => kindOf(topic).has(career)).map((career) => career.id),
);

/** Builds every topic's list ahead of the first question. */
export function buildCoverage(knowledge: Knowledge): void {
  for (const topic of TOPICS) careersWith(knowledge, topic);
}
