import type { Knowledge } from "../knowledge/load.js";
import { toWords } from "../understand/normalise.js";
import { add, questionReader, type QuestionAbout } from "./question-reader.js";
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

/** How often, when, with which replies, and what the advisor itself understood. */
type Tally = { count: number; first: string; last: string; kinds: Map<GapKind, number>; understood: Map<string, number> };

const EXAMPLES = 2;
const { compare } = new Intl.Collator();

/** Groups unanswered questions by what they ask, most frequent group first. */
export function gapGroups(records: readonly QuestionRecord[], knowledge: Knowledge): GapGroup[] {
  // A year of records repeats many texts exactly; each distinct text is read once.
  const byText = new Map<string, Tally>();
  for (const record of records) {
    const tally = byText.get(record.question) ?? newTally(record.time);
    if (!tally.count) byText.set(record.question, tally);
    tally.count++;
    if (record.time < tally.first) tally.first = record.time;
    if (record.time > tally.last) tally.last = record.time;
    add(tally.kinds, record.kind, 1);
    // What the advisor itself understood (a topic it could not fully answer) adds to what the words say.
    if (record.topic || record.careers.length) add(tally.understood, `${record.topic ?? ""} ${record.careers.join(" ")}`, 1);
  }
  const reader = questionReader(knowledge, byText.keys());
  // Wordings differing only in case and punctuation count as one; the first text seen stands for them.
  const wordings = new Map<string, { text: string; count: number; group: Group }>();
  const groups = new Map<string, Group>();
  for (const [text, tally] of byText) {
    // The advisor's own word splitter: texts differing only in case and punctuation share their words.
    const words = toWords(text);
    const wording = words.join(" ");
    let seen = wordings.get(wording);
    if (!seen) {
      const { key, about } = reader.read(words);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { tally: newTally(tally.first), about, wordings: [] }));
      wordings.set(wording, (seen = { text, count: 0, group }));
      group.wordings.push(seen);
    }
    seen.count += tally.count;
    merge(seen.group.tally, tally);
  }
  const result = [...groups.values()].map(({ tally, about, wordings }): GapGroup => {
    const said = mostFrequent(tally.understood);
    if (said) {
      const [topic, ...careers] = said.split(" ");
      about.careers = [...new Set([...about.careers, ...careers.filter(Boolean)])].sort();
      if (topic && !about.topics.includes(topic)) about.topics = [...about.topics, topic].sort();
    }
    const examples = [...wordings].sort((a, b) => b.count - a.count || compare(a.text, b.text)).slice(0, EXAMPLES);
    return { count: tally.count, first: tally.first, last: tally.last, kinds: Object.fromEntries(tally.kinds), examples: examples.map((w) => w.text), about };
  });
  return result.sort((a, b) => b.count - a.count || compare(b.last, a.last));
}

type Group = { tally: Tally; about: QuestionAbout; wordings: { text: string; count: number }[] };

function newTally(time: string): Tally {
  return { count: 0, first: time, last: time, kinds: new Map(), understood: new Map() };
}

/** Adds a text's tally to its group's: kinds stay in the order first met, text by text in the order texts were first asked. */
function merge(into: Tally, from: Tally): void {
  into.count += from.count;
  if (from.first < into.first) into.first = from.first;
  if (from.last > into.last) into.last = from.last;
  for (const [kind, n] of from.kinds) add(into.kinds, kind, n);
  for (const [said, n] of from.understood) add(into.understood, said, n);
}

/** The most frequent thing said, the first in collation order among equals. */
function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1] || (entry[1] === best[1] && compare(entry[0], best[0]) < 0)) best = entry;
  return best?.[0];
}
