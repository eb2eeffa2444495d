import type { Knowledge } from "./load.js";
import type { Background, Topic } from "./schema.js";
import { TOPICS } from "./topics.js";

/** Whether the knowledge has anything to say about a career on a topic (pay and outlook live in typed fields). */
export function hasTopic(knowledge: Knowledge, careerId: string, topic: Topic): boolean {
  const career = knowledge.careers.get(careerId);
  if (!career) return false;
  if (topic === "pay") return career.pay.length > 0;
  if (topic === "outlook") return career.outlook !== undefined;
  if (topic === "paths") return Boolean(career.topics.paths?.points.length) || Object.keys(career.paths).length > 0;
  return Boolean(career.topics[topic]?.points.length);
}

// A knowledge base can hold thousands of careers; these lists are built once per knowledge, not per question.
const byTopic = new WeakMap<Knowledge, Map<Topic, string[]>>();
const byBackground = new WeakMap<Knowledge, Map<Background, string[]>>();

/** Builds every topic's list ahead of the first question, in one pass over the careers. */
export function buildCoverage(knowledge: Knowledge): void {
  const lists = new Map<Topic, string[]>(TOPICS.map((topic) => [topic, []]));
  for (const id of knowledge.careers.keys()) {
    for (const [topic, ids] of lists) if (hasTopic(knowledge, id, topic)) ids.push(id);
  }
  byTopic.set(knowledge, lists);
}

/** Ids of the careers the knowledge covers on a topic, in file order. */
export function careersWith(knowledge: Knowledge, topic: Topic): readonly string[] {
  const lists = byTopic.get(knowledge) ?? new Map<Topic, string[]>();
  byTopic.set(knowledge, lists);
  let ids = lists.get(topic);
  if (!ids) {
    ids = [...knowledge.careers.keys()].filter((id) => hasTopic(knowledge, id, topic));
    lists.set(topic, ids);
  }
  return ids;
}

/** Ids of the careers with a way in for someone of this background. */
export function careersWithPath(knowledge: Knowledge, background: Background): readonly string[] {
  const lists = byBackground.get(knowledge) ?? new Map<Background, string[]>();
  byBackground.set(knowledge, lists);
  let ids = lists.get(background);
  if (!ids) {
    ids = [...knowledge.careers.values()].filter((career) => career.paths[background]?.length).map((career) => career.id);
    lists.set(background, ids);
  }
  return ids;
}

const restsOn = new WeakMap<Knowledge, Map<string, ReadonlySet<string>>>();

/** The sources a career's file cites anywhere: what they say they leave out, the career leaves out too. */
export function sourcesOf(knowledge: Knowledge, careerId: string): ReadonlySet<string> {
  const lists = restsOn.get(knowledge) ?? new Map<string, ReadonlySet<string>>();
  restsOn.set(knowledge, lists);
  let ids = lists.get(careerId);
  if (!ids) {
    const career = knowledge.careers.get(careerId);
    const cited = career
      ? [
          ...Object.values(career.topics).flatMap((notes) => [...(notes?.points ?? []), ...(notes?.why ?? [])]),
          ...Object.values(career.paths).flat(),
          ...career.pay,
          ...(career.outlook ? [career.outlook] : []),
        ].flatMap((item) => item?.sources ?? [])
      : [];
    ids = new Set(cited);
    lists.set(careerId, ids);
  }
  return ids;
}
