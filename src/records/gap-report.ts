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
 * Counts for each of a list of things (exact texts, then groups), numbered from 0 and at most `capacity` of them:
 * how often, first and last time, each kind of reply in the order first met, and what the advisor itself understood.
 */
class Tallies {
  readonly count: Int32Array;
  readonly first: string[] = [];
  readonly last: string[] = [];
  /** Three counts per thing, in the order of `KINDS`. */
  readonly kinds: Int32Array;
  /** The kinds in the order first met, two bits each from the lowest, each its index in `KINDS` plus one. */
  readonly order: Int32Array;
  readonly understood: (Map<string, number> | undefined)[] = [];

  constructor(capacity: number) {
    this.count = new Int32Array(capacity);
    this.kinds = new Int32Array(3 * capacity);
    this.order = new Int32Array(capacity);
  }

  open(time: string): number {
    this.first.push(time);
    this.last.push(time);
    this.understood.push(undefined);
    return this.first.length - 1;
  }

  add(i: number, count: number, first: string, last: string): void {
    this.count[i]! += count;
    if (first < this.first[i]!) this.first[i] = first;
    if (last > this.last[i]!) this.last[i] = last;
  }

  addKind(i: number, kind: number, n: number): void {
    if (!this.kinds[3 * i + kind]) {
      const order = this.order[i]!;
      const met = (33 - Math.clz32(order)) >> 1;
      this.order[i] = order | ((kind + 1) << (2 * met));
    }
    this.kinds[3 * i + kind]! += n;
  }

  /** Adds thing `j` of `from` to thing `i`. */
  merge(i: number, from: Tallies, j: number): void {
    this.add(i, from.count[j]!, from.first[j]!, from.last[j]!);
    for (let order = from.order[j]!; order; order >>= 2) this.addKind(i, (order & 3) - 1, from.kinds[3 * j + (order & 3) - 1]!);
    const understood = from.understood[j];
    if (understood) for (const [said, n] of understood) this.understand(i, said, n);
  }

  understand(i: number, said: string, n: number): void {
    const counts = (this.understood[i] ??= new Map());
    counts.set(said, (counts.get(said) ?? 0) + n);
  }

  kindsOf(i: number): Partial<Record<GapKind, number>> {
    const kinds: Partial<Record<GapKind, number>> = {};
    for (let order = this.order[i]!; order; order >>= 2) kinds[KINDS[(order & 3) - 1]!] = this.kinds[3 * i + (order & 3) - 1];
    return kinds;
  }
}

/** Groups unanswered questions by what they ask, most frequent group first. */
export function gapGroups(records: readonly QuestionRecord[], knowledge: Knowledge): GapGroup[] {
  // A year of records repeats many texts exactly; each distinct text is read once.
  const byText = new Map<string, number>();
  const texts: string[] = [];
  const perText = new Tallies(records.length);
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
  const groups = new Tallies(texts.length);
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
