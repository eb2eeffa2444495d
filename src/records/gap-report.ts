import type { Knowledge } from "../knowledge/load.js";
import { readQuestions, type QuestionAbout } from "./question-key.js";
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
  about: QuestionAbout;
};

const EXAMPLES = 2;

/** Everything about one exact text (or, merged, one group), gathered before any text is read. */
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
    if (record.topic || record.careers.length) add((tally.understood ??= new Map()), `${record.topic ?? ""} ${record.careers.join(" ")}`, 1);
  }
  const texts = [...byText.keys()];
  const tallies = [...byText.values()];
  const read = readQuestions(knowledge, texts);
  const groups = new Map<string, { firstText: number; tally: Tally; wordings: Map<string, { text: string; count: number }> }>();
  for (let i = 0; i < texts.length; i++) {
    const tally = tallies[i]!;
    let entry = groups.get(read.keys[i]!);
    if (!entry) groups.set(read.keys[i]!, (entry = { firstText: i, tally: { count: 0, first: tally.first, last: tally.last, kinds: {} }, wordings: new Map() }));
    const group = entry.tally;
    group.count += tally.count;
    if (tally.first < group.first) group.first = tally.first;
    if (tally.last > group.last) group.last = tally.last;
    for (const kind in tally.kinds) group.kinds[kind as GapKind] = (group.kinds[kind as GapKind] ?? 0) + tally.kinds[kind as GapKind]!;
    if (tally.understood) for (const [said, n] of tally.understood) add((group.understood ??= new Map()), said, n);
    // Wordings differing only in case and punctuation count as one; the first one seen stands for them.
    const seen = entry.wordings.get(read.wordings[i]!);
    if (seen) seen.count += tally.count;
    else entry.wordings.set(read.wordings[i]!, { text: texts[i]!, count: tally.count });
  }
  const result = [...groups.values()].map(({ firstText, tally, wordings }): GapGroup => {
    const about = read.about(firstText);
    const [said] = tally.understood ? mostFrequent(tally.understood, 1) : [];
    if (said) {
      const [topic, ...careers] = said.split(" ");
      about.careers = [...new Set([...about.careers, ...careers.filter(Boolean)])].sort();
      if (topic && !about.topics.includes(topic)) about.topics = [...about.topics, topic].sort();
    }
    const examples = mostFrequent(new Map([...wordings.values()].map((w) => [w.text, w.count])), EXAMPLES);
    return { count: tally.count, first: tally.first, last: tally.last, kinds: tally.kinds, examples, about };
  });
  return result.sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
}

function add(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

function mostFrequent(counts: ReadonlyMap<string, number>, n: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([text]) => text);
}
