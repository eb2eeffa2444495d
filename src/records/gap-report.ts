import type { Knowledge } from "../knowledge/load.js";
import { createGistReader } from "./question-key.js";
import type { GapKind, QuestionRecord } from "./record.js";

/** Questions worded alike that the advisor could not answer, with what they seem to be about. */
export type GapGroup = {
  count: number;
  first: string;
  last: string;
  kinds: Partial<Record<GapKind, number>>;
  /** The most frequent wordings, most frequent first. */
  examples: string[];
  /** What the group is about, where the knowledge's words recognise it. */
  about: { careers: string[]; topics: string[]; occupations: string[]; words: string[] };
};

const EXAMPLES = 2;

/** Groups unanswered questions by what they ask, most frequent group first. */
export function gapGroups(records: readonly QuestionRecord[], knowledge: Knowledge): GapGroup[] {
  const gist = createGistReader(knowledge, records.map((r) => r.question));
  type Wording = { text: string; count: number };
  const groups = new Map<string, { group: GapGroup; wordings: Map<string, Wording>; understood: Map<string, number> }>();
  for (const record of records) {
    const { key, ...about } = gist(record.question);
    let entry = groups.get(key);
    if (!entry) {
      entry = { group: { count: 0, first: record.time, last: record.time, kinds: {}, examples: [], about }, wordings: new Map(), understood: new Map() };
      groups.set(key, entry);
    }
    const { group, wordings, understood } = entry;
    group.count++;
    if (record.time < group.first) group.first = record.time;
    if (record.time > group.last) group.last = record.time;
    group.kinds[record.kind] = (group.kinds[record.kind] ?? 0) + 1;
    // Wordings differing only in case and punctuation count as one; the first one seen stands for them.
    const wording = record.question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const seen = wordings.get(wording) ?? { text: record.question, count: 0 };
    seen.count++;
    wordings.set(wording, seen);
    // What the advisor itself understood (a topic it could not fully answer) adds to what the words say.
    if (record.topic || record.careers.length) {
      const said = JSON.stringify([record.topic, record.careers]);
      understood.set(said, (understood.get(said) ?? 0) + 1);
    }
  }
  const result = [...groups.values()].map(({ group, wordings, understood }) => {
    group.examples = mostFrequent(new Map([...wordings.values()].map((w) => [w.text, w.count])), EXAMPLES);
    const [said] = mostFrequent(understood, 1);
    if (said) {
      const [topic, careers] = JSON.parse(said) as [string | null, string[]];
      group.about.careers = [...new Set([...group.about.careers, ...careers])].sort();
      if (topic && !group.about.topics.includes(topic)) group.about.topics = [...group.about.topics, topic].sort();
    }
    return group;
  });
  return result.sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
}

function mostFrequent(counts: ReadonlyMap<string, number>, n: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([text]) => text);
}
