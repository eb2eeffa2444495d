import type { Knowledge } from "../knowledge/load.js";
import { readGists } from "./question-key.js";
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

/** Everything about one exact text, gathered before the text is read once. */
type Tally = { count: number; first: string; last: string; kinds: Partial<Record<GapKind, number>>; understood?: Map<string, number> };

/** Groups unanswered questions by what they ask, most frequent group first. */
export function gapGroups(records: readonly QuestionRecord[], knowledge: Knowledge): GapGroup[] {
  // A year of records repeats many texts exactly; each distinct text is read once.
  const byText = new Map<string, Tally>();
  for (const record of records) {
    let tally = byText.get(record.question);
    if (!tally) byText.set(record.question, (tally = { count: 0, first: record.time, last: record.time, kinds: {} }));
    tally.count++;
    if (record.time < tally.first) tally.first = record.time;
    if (record.time > tally.last) tally.last = record.time;
    tally.kinds[record.kind] = (tally.kinds[record.kind] ?? 0) + 1;
    // What the advisor itself understood (a topic it could not fully answer) adds to what the words say.
    if (record.topic || record.careers.length) add((tally.understood ??= new Map()), JSON.stringify([record.topic, record.careers]), 1);
  }
  const texts = [...byText.keys()];
  const gists = readGists(knowledge, texts);
  const groups = new Map<string, { group: GapGroup; wordings: Map<string, { text: string; count: number }>; understood: Map<string, number> }>();
  texts.forEach((text, i) => {
    const tally = byText.get(text)!;
    const { key, wording, ...about } = gists[i]!;
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { group: { count: 0, first: tally.first, last: tally.last, kinds: {}, examples: [], about }, wordings: new Map(), understood: new Map() }));
    const { group, wordings, understood } = entry;
    group.count += tally.count;
    if (tally.first < group.first) group.first = tally.first;
    if (tally.last > group.last) group.last = tally.last;
    for (const [kind, n] of Object.entries(tally.kinds) as [GapKind, number][]) group.kinds[kind] = (group.kinds[kind] ?? 0) + n;
    for (const [said, n] of tally.understood ?? []) add(understood, said, n);
    // Wordings differing only in case and punctuation count as one; the first one seen stands for them.
    const seen = wordings.get(wording) ?? { text, count: 0 };
    seen.count += tally.count;
    wordings.set(wording, seen);
  });
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

function add(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

function mostFrequent(counts: ReadonlyMap<string, number>, n: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([text]) => text);
}
