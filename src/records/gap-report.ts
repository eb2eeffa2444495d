import type { Knowledge } from "../knowledge/load.js";
import { readQuestions, type QuestionAbout } from "./question-key.js";
import type { GapKind, QuestionRecord } from "./record.js";
import { KINDS, Tallies } from "./tallies.js";

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
const { compare } = new Intl.Collator();

/** Groups unanswered questions by what they ask, most frequent group first. */
export function gapGroups(records: readonly QuestionRecord[], knowledge: Knowledge): GapGroup[] {
  // A year of records repeats many texts exactly; each distinct text is read once.
  const byText = new Map<string, number>();
  const texts: string[] = [];
  const perText = new Tallies();
  // Records come nearly in time order, so most are asked no earlier than any before them: then they are their text's
  // last, and the times kept, far apart in memory, need not be read.
  let latest = "";
  for (const record of records) {
    const { question, time } = record;
    let t = byText.get(question);
    if (t === undefined) {
      byText.set(question, (t = perText.open(time)));
      texts.push(question);
    } else if (time >= latest) perText.last[t] = time;
    else perText.addTimes(t, time, time);
    if (time > latest) latest = time;
    perText.add(t, KINDS.indexOf(record.kind), 1);
    // What the advisor itself understood (a topic it could not fully answer) adds to what the words say.
    if (record.topic || record.careers.length) perText.understand(t, `${record.topic ?? ""} ${record.careers.join(" ")}`, 1);
  }
  const read = readQuestions(knowledge, texts);
  const groups = new Tallies();
  const firstText: number[] = [];
  // Wordings differing only in case and punctuation count as one; the first text seen stands for them.
  const wordings: Wordings = { group: [], text: [], count: [] };
  for (let t = 0; t < texts.length; t++) {
    const g = read.keys[t]!;
    if (g === firstText.length) {
      groups.open(perText.first[t]!);
      firstText.push(t);
    }
    groups.merge(g, perText, t);
    const w = read.wordings[t]!;
    if (w === wordings.text.length) {
      wordings.group.push(g);
      wordings.text.push(texts[t]!);
      wordings.count.push(0);
    }
    wordings.count[w]! += perText.count(t);
  }
  const examples = mostFrequentWordings(wordings, firstText.length);
  const result = firstText.map((t, g): GapGroup => {
    const about = read.about(t);
    const said = mostFrequent(groups.understood[g]);
    if (said) {
      const [topic, ...careers] = said.split(" ");
      about.careers = [...new Set([...about.careers, ...careers.filter(Boolean)])].sort();
      if (topic && !about.topics.includes(topic)) about.topics = [...about.topics, topic].sort();
    }
    return { count: groups.count(g), first: groups.first[g]!, last: groups.last[g]!, kinds: groups.kinds(g), examples: examples[g]!, about };
  });
  return result.sort((a, b) => b.count - a.count || compare(b.last, a.last));
}

/** Each distinct wording: its group, the first text worded so, and how often it was asked. */
type Wordings = { group: number[]; text: string[]; count: number[] };

/**
 * For each group, the texts of its EXAMPLES most frequent wordings, most frequent first, then in collation order,
 * then the first met: one pass over the wordings, however many a group has.
 */
function mostFrequentWordings({ group, text, count }: Wordings, groups: number): string[][] {
  const top = Array.from({ length: groups }, (): number[] => []);
  const before = (w: number, than: number) => count[w]! > count[than]! || (count[w] === count[than] && compare(text[w]!, text[than]!) < 0);
  for (let w = 0; w < text.length; w++) {
    const list = top[group[w]!]!;
    let at = list.length;
    while (at > 0 && before(w, list[at - 1]!)) at--;
    if (at >= EXAMPLES) continue;
    list.splice(at, 0, w);
    if (list.length > EXAMPLES) list.pop();
  }
  return top.map((list) => list.map((w) => text[w]!));
}

/** The most frequent thing said, the first in collation order among equals. */
function mostFrequent(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts ?? []) if (!best || entry[1] > best[1] || (entry[1] === best[1] && compare(entry[0], best[0]) < 0)) best = entry;
  return best?.[0];
}
