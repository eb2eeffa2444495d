import type { Knowledge } from "../knowledge/load.js";
import { ListNumbers } from "./list-numbers.js";
import { phraseTable, type Meaning, type PhraseNode } from "./phrase-table.js";
import { singular, spellingFor } from "./spelling.js";
import { wordsOf } from "./words.js";

/** What a group of questions is about, as far as the knowledge's words tell. */
export type QuestionAbout = {
  careers: string[];
  topics: string[];
  /** Jobs the knowledge names as outside it ("astronaut"). */
  occupations: string[];
  /** The other words that carry meaning, which the knowledge does not know ("podiatrist"). */
  words: string[];
};

/** Questions read through the knowledge: for each text, the number of its key, shared by questions worded alike, and of its wording. */
export type ReadQuestions = {
  /**
   * Numbered from 0 in order of first use. A key is the set of the question's content words: topics (`#pay`),
   * careers (`@id`), jobs, other words singular.
   */
  keys: Int32Array;
  /** Numbered from 0 in order of first use: texts share a wording when their words, in lower case and without punctuation, are the same. */
  wordings: Int32Array;
  /** What text `i` is about; asked once per group, so the lists are not made for every text. */
  about(i: number): QuestionAbout;
};

/** A distinct word as typed, read once: as meant (spelling corrected), what it means alone, and the key part it gives. */
type Word = { text: string; meaning: Meaning | undefined; phrase: PhraseNode | undefined; token: string; part: number };

/**
 * Reads questions through the knowledge's vocabulary so that wordings of one question share a key:
 * "wat do astronauts earn" and "astronaut salary" both become "#pay astronaut". Misspelt words fold into the word
 * meant, a known one or a more frequent word of the questions themselves. Each distinct word is read once, each
 * distinct wording once, and both are numbered, so a question is a list of numbers from then on.
 */
export function readQuestions(knowledge: Knowledge, texts: readonly string[]): ReadQuestions {
  const phrases = phraseTable(knowledge);
  const known = new Set([...phrases.meanings.keys()].flatMap((phrase) => phrase.split(" ")));
  const numbers = new Map<string, number>();
  const typed: string[] = [];
  const counts: number[] = [];
  // The words of text t are ids[starts[t]] … ids[starts[t + 1] - 1].
  const ids: number[] = [];
  const starts = new Int32Array(texts.length + 1);
  for (let t = 0; t < texts.length; t++) {
    for (const word of wordsOf(texts[t]!)) {
      let id = numbers.get(word);
      if (id === undefined) {
        numbers.set(word, (id = typed.length));
        typed.push(word);
        counts.push(0);
      }
      counts[id]!++;
      ids.push(id);
    }
    starts[t + 1] = ids.length;
  }
  const meant = spellingFor(known, typed, counts);
  const parts = new Map<string, number>();
  const partOf = (part: string) => {
    let n = parts.get(part);
    if (n === undefined) parts.set(part, (n = parts.size));
    return n;
  };
  const words = typed.map((as, id): Word => {
    const text = meant[id] ?? as;
    const meaning = phrases.meanings.get(text) ?? phrases.meanings.get(singular(text));
    const token = singular(text);
    return { text, meaning, phrase: phrases.longer.get(text), token, part: partOf(meaning && meaning.kind !== "filler" ? meaning.part : token) };
  });
  const wordingNumbers = new ListNumbers();
  const keyNumbers = new ListNumbers();
  const keyOf = keyReader(words, partOf);
  const keys = new Int32Array(texts.length);
  const wordings = new Int32Array(texts.length);
  const keyOfWording: number[] = [];
  for (let t = 0; t < texts.length; t++) {
    const w = wordingNumbers.numberOf(ids, starts[t]!, starts[t + 1]!);
    if (w === keyOfWording.length) keyOfWording.push(keyOf(ids, starts[t]!, starts[t + 1]!, keyNumbers));
    wordings[t] = w;
    keys[t] = keyOfWording[w]!;
  }
  return { keys, wordings, about: (t) => aboutOf(ids, starts[t]!, starts[t + 1]!, words) };
}

/**
 * The phrase starting at words[i] and ending before `to`, the longest winning ("web developer" over "web"): its
 * meaning, if any, and where the next phrase starts, as `end`.
 */
function phraseAt(ids: readonly number[], i: number, to: number, words: readonly Word[], at: { end: number }): Meaning | undefined {
  const word = words[ids[i]!]!;
  let meaning = word.meaning;
  at.end = i + 1;
  let node = word.phrase;
  for (let j = i + 1; node && j < to; j++) {
    node = node.next.get(words[ids[j]!]!.text);
    if (node?.meaning) [meaning, at.end] = [node.meaning, j + 1];
  }
  return meaning;
}

/**
 * The number of a question's key, the set of its parts. A word like "make" counts as a topic only when nothing
 * stronger names one, as in the advisor.
 */
function keyReader(words: readonly Word[], partOf: (part: string) => number): (ids: readonly number[], from: number, to: number, keys: ListNumbers) => number {
  const parts: number[] = [];
  const weak: number[] = [];
  const at = { end: 0 };
  return (ids, from, to, keys) => {
    parts.length = weak.length = 0;
    let strong = false;
    for (let i = from; i < to; i = at.end) {
      const word = words[ids[i]!]!;
      const meaning = phraseAt(ids, i, to, words, at);
      if (!meaning) parts.push(word.part);
      else if (meaning.kind === "filler") continue;
      else if (meaning.kind === "weak-topic") weak.push(meaning === word.meaning ? word.part : partOf(meaning.part));
      else {
        strong ||= meaning.kind === "topic";
        parts.push(meaning === word.meaning ? word.part : partOf(meaning.part));
      }
    }
    if (!strong) parts.push(...weak);
    return keys.numberOf(parts, 0, sortedSet(parts));
  };
}

/** Sorts a short list of numbers in place, keeping one of each; returns how many are left. */
function sortedSet(list: number[]): number {
  let distinct = 0;
  for (const n of list) {
    let at = distinct;
    while (at > 0 && list[at - 1]! > n) at--;
    if (at > 0 && list[at - 1] === n) continue;
    for (let i = distinct++; i > at; i--) list[i] = list[i - 1]!;
    list[at] = n;
  }
  return distinct;
}

function aboutOf(ids: readonly number[], from: number, to: number, words: readonly Word[]): QuestionAbout {
  const found = { tokens: [] as string[], careers: [] as string[], topics: [] as string[], weak: [] as string[], occupations: [] as string[] };
  const at = { end: 0 };
  for (let i = from; i < to; i = at.end) {
    const word = words[ids[i]!]!;
    const meaning = phraseAt(ids, i, to, words, at);
    if (!meaning) add(found.tokens, word.token);
    else if (meaning.kind === "career") add(found.careers, meaning.id);
    else if (meaning.kind === "topic") add(found.topics, meaning.id);
    else if (meaning.kind === "weak-topic") add(found.weak, meaning.id);
    else if (meaning.kind === "occupation") add(found.occupations, meaning.id);
  }
  // As in the advisor, a word like "make" counts as a topic only when nothing stronger names one.
  const topics = found.topics.length ? found.topics : found.weak;
  return { careers: found.careers.sort(), topics: topics.sort(), occupations: found.occupations.sort(), words: found.tokens.sort() };
}

function add(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}
