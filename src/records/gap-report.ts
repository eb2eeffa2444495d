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
const KINDS: readonly GapKind[] = ["fallback", "clarify", "not-covered"];
const { compare } = new Intl.Collator();

/**
 * Counts for each of a list of things (exact texts, then groups): how often, first and last time, each kind of
 * reply in the order first met, and what the advisor itself understood.
 */
class Tallies {
  readonly count: number[] = [];
  readonly first: string[] = [];
  readonly last: string[] = [];
  /** Three counts per thing, in the order of `KINDS`. */
  readonly kinds: number[] = [];
  /** The kinds in the order first met, a base-4 number of `KINDS` indices plus one, the first met highest. */
  readonly order: number[] = [];
  readonly understood: (Map<string, number> | undefined)[] = [];

  open(time: string): number {
    this.count.push(0);
    this.first.push(time);
    this.last.push(time);
    this.kinds.push(0, 0, 0);
    this.order.push(0);
    this.understood.push(undefined);
    return this.count.length - 1;
  }

  add(i: number, count: number, first: string, last: string): void {
    this.count[i]! += count;
    if (first < this.first[i]!) this.first[i] = first;
    if (last > this.last[i]!) this.last[i] = last;
  }

  addKind(i: number, kind: number, n: number): void {
    if (!this.kinds[3 * i + kind]) this.order[i] = this.order[i]! * 4 + kind + 1;
    this.kinds[3 * i + kind]! += n;
  }

  /** Adds thing `j` of `from` to thing `i`. */
  merge(i: number, from: Tallies, j: number): void {
    this.add(i, from.count[j]!, from.first[j]!, from.last[j]!);
    for (const kind of kindsIn(from.order[j]!)) this.addKind(i, kind, from.kinds[3 * j + kind]!);
    for (const [said, n] of from.understood[j] ?? []) this.understand(i, said, n);
  }

  understand(i: number, said: string, n: number): void {
    const counts = (this.understood[i] ??= new Map());
    counts.set(said, (counts.get(said) ?? 0) + n);
  }

  kindsOf(i: number): Partial<Record<GapKind, number>> {
    const kinds: Partial<Record<GapKind, number>> = {};
    for (const kind of kindsIn(this.order[i]!)) kinds[KINDS[kind]!] = this.kinds[3 * i + kind];
    return kinds;
  }
}

function kindsIn(order: number): number[] {
  const kinds: number[] = [];
  for (; order; order = Math.floor(order / 4)) kinds.unshift((order % 4) - 1);
  return kinds;
}

/** Groups unanswered questions by what they ask, most frequent group first. */
export function gapGroups(records: readonly QuestionRecord[], knowledge: Knowledge): GapGroup[] {
  // A year of records repeats many texts exactly; each distinct text is read once.
  const byText = new Map<string, number>();
  const texts: string[] = [];
  const perText = new Tallies();
  for (const record of records) {
    let t = byText.get(record.question);
    if (t === undefined) {
      byText.set(record.question, (t = perText.open(record.time)));
      texts.push(record.question);
    }
    perText.add(t, 1, record.time, record.time);
    perText.addKind(t, KINDS.indexOf(record.kind), 1);
    // What the advisor itself understood (a topic it could not fully answer) adds to what the words say.
    if (record.topic || record.careers.length) perText.understand(t, `${record.topic ?? ""} ${record.careers.join(" ")}`, 1);
  }
  const read = readQuestions(knowledge, texts);
  const groups = new Tallies();
  const firstText: number[] = [];
  // Wordings differing only in case and punctuation count as one; the first text seen stands for them.
  const wordingText: number[] = [];
  const wordingCount: number[] = [];
  for (let t = 0; t < texts.length; t++) {
    const g = read.keys[t]!;
    if (g === firstText.length) {
      groups.open(perText.first[t]!);
      firstText.push(t);
    }
    groups.merge(g, perText, t);
    const w = read.wordings[t]!;
    if (w === wordingText.length) {
      wordingText.push(t);
      wordingCount.push(0);
    }
    wordingCount[w]! += perText.count[t]!;
  }
  const examples = mostFrequentWordings(wordingText.length, (w) => read.keys[wordingText[w]!]!, wordingCount, (w) => texts[wordingText[w]!]!, firstText.length);
  const result = firstText.map((t, g): GapGroup => {
    const about = read.about(t);
    const [said] = mostFrequent(groups.understood[g]);
    if (said) {
      const [topic, ...careers] = said.split(" ");
      about.careers = [...new Set([...about.careers, ...careers.filter(Boolean)])].sort();
      if (topic && !about.topics.includes(topic)) about.topics = [...about.topics, topic].sort();
    }
    return { count: groups.count[g]!, first: groups.first[g]!, last: groups.last[g]!, kinds: groups.kindsOf(g), examples: examples[g]!, about };
  });
  return result.sort((a, b) => b.count - a.count || compare(b.last, a.last));
}

/**
 * For each group, the texts of its EXAMPLES most frequent wordings, most frequent first, then in collation order,
 * then the first met: one pass over the wordings, however many a group has.
 */
function mostFrequentWordings(wordings: number, groupOf: (w: number) => number, counts: readonly number[], textOf: (w: number) => string, groups: number): string[][] {
  const top: number[][] = Array.from({ length: groups }, () => []);
  const before = (w: number, than: number) => counts[w]! > counts[than]! || (counts[w] === counts[than] && compare(textOf(w), textOf(than)) < 0);
  for (let w = 0; w < wordings; w++) {
    const list = top[groupOf(w)]!;
    let at = list.length;
    while (at > 0 && before(w, list[at - 1]!)) at--;
    if (at < EXAMPLES) list.splice(at, 0, w), (list.length = Math.min(list.length, EXAMPLES));
  }
  return top.map((list) => list.map(textOf));
}

/** The most frequent thing said, the first in collation order among equals. */
function mostFrequent(counts: ReadonlyMap<string, number> | undefined): [string?] {
  let best: [string, number] | undefined;
  for (const entry of counts ?? []) if (!best || entry[1] > best[1] || (entry[1] === best[1] && compare(entry[0], best[0]) < 0)) best = entry;
  return best ? [best[0]] : [];
}
