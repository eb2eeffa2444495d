import { distance } from "fastest-levenshtein";
import Fuse from "fuse.js";
import type { Knowledge } from "../knowledge/load.js";
import { toWords } from "../understand/normalise.js";
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

/** Questions read through the knowledge: for each text, a key equal for questions worded alike, and its wording. */
export type ReadQuestions = {
  /** Its content words in a fixed order: topics as `#pay`, careers as `@id`, other words singular. */
  keys: string[];
  /** The question's own words, lower-case and without punctuation, as it was typed. */
  wordings: string[];
  /** What text `i` is about; asked once per group, so the lists are not made for every text. */
  about(i: number): QuestionAbout;
};

/** `part`: how it reads in a key (`#pay`, `@id`, a job as it is). */
type Meaning = { kind: "topic" | "weak-topic" | "career" | "occupation"; id: string; part: string } | { kind: "filler" };

type Phrases = {
  meanings: ReadonlyMap<string, Meaning>;
  /** The most words a phrase starting with a word has, so most words are looked up once, alone. */
  longest: ReadonlyMap<string, number>;
};
/** Fuse.js score up to which an unknown word may be a misspelling of a known one (one slip in a short word). */
const SPELLING_THRESHOLD = 0.34;

/** A word of a question, read: as meant (spelling corrected), and what it means alone. */
type Word = { text: string; starts: number; meaning: Meaning | undefined; token: string };

/**
 * Reads questions through the knowledge's vocabulary so that wordings of one question share a key:
 * "wat do astronauts earn" and "astronaut salary" both become "#pay astronaut". Words the knowledge does
 * not know are matched with fuse.js against the known words and the more frequent words of the
 * questions themselves, so misspellings fold into their word. Each distinct word is looked up once, and
 * each distinct wording read once.
 */
export function readQuestions(knowledge: Knowledge, texts: readonly string[]): ReadQuestions {
  const phrases = phraseTable(knowledge);
  const known = new Set([...phrases.meanings.keys()].flatMap((phrase) => phrase.split(" ")));
  const words = texts.map(wordsOf);
  const spelling = spellingFor(known, words);
  const seen = new Map<string, Word>();
  const look = (typed: string): Word => {
    let word = seen.get(typed);
    if (!word) {
      const text = spelling.get(typed) ?? typed;
      word = { text, starts: phrases.longest.get(text) ?? 1, meaning: phrases.meanings.get(text) ?? phrases.meanings.get(singular(text)), token: singular(text) };
      seen.set(typed, word);
    }
    return word;
  };
  const wordings = words.map((list) => list.join(" "));
  const byWording = new Map<string, string>();
  const keys = words.map((list, i) => {
    let key = byWording.get(wordings[i]!);
    if (key === undefined) byWording.set(wordings[i]!, (key = keyOf(list, look, phrases)));
    return key;
  });
  return { keys, wordings, about: (i) => aboutOf(read(words[i]!, look, phrases)) };
}

type Read = { tokens: string[]; careers: string[]; topics: string[]; weak: string[]; occupations: string[] };

/** The meaning of the phrase starting at word `i` (longest wins: "web developer" over "web"), and its length. */
function phraseAt(words: readonly string[], i: number, look: (typed: string) => Word, meanings: Phrases["meanings"]): { word: Word; meaning: Meaning | undefined; length: number } {
  const word = look(words[i]!);
  let length = 1;
  let meaning = word.meaning;
  let phrase = word.text;
  for (let n = 2; n <= Math.min(word.starts, words.length - i); n++) {
    phrase += " " + look(words[i + n - 1]!).text;
    const meant = meanings.get(phrase);
    if (meant) [meaning, length] = [meant, n];
  }
  return { word, meaning, length };
}

function add(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/**
 * The key alone, as `aboutOf` would list it (topics as `#pay`, careers as `@id`, jobs and other words as they are),
 * made with one list per question, since every distinct wording of a year of records needs one.
 */
function keyOf(words: readonly string[], look: (typed: string) => Word, { meanings }: Phrases): string {
  const parts: string[] = [];
  let weak: string[] | undefined;
  let strong = false;
  for (let i = 0; i < words.length; ) {
    // phraseAt, written out: this runs for every word of every distinct wording.
    const word = look(words[i]!);
    let meaning = word.meaning;
    let length = 1;
    let phrase = word.text;
    for (let n = 2; n <= Math.min(word.starts, words.length - i); n++) {
      phrase += " " + look(words[i + n - 1]!).text;
      const meant = meanings.get(phrase);
      if (meant) [meaning, length] = [meant, n];
    }
    i += length;
    if (!meaning) add(parts, word.token);
    else if (meaning.kind === "filler") continue;
    else if (meaning.kind === "weak-topic") add((weak ??= []), meaning.part);
    else {
      strong ||= meaning.kind === "topic";
      add(parts, meaning.part);
    }
  }
  if (!strong && weak) for (const topic of weak) add(parts, topic);
  return parts.length > 1 ? parts.sort().join(" ") : (parts[0] ?? "");
}

function read(words: readonly string[], look: (typed: string) => Word, { meanings }: Phrases): Read {
  const found: Read = { tokens: [], careers: [], topics: [], weak: [], occupations: [] };
  for (let i = 0; i < words.length; ) {
    const { word, meaning, length } = phraseAt(words, i, look, meanings);
    i += length;
    if (!meaning) add(found.tokens, word.token);
    else if (meaning.kind === "career") add(found.careers, meaning.id);
    else if (meaning.kind === "topic") add(found.topics, meaning.id);
    else if (meaning.kind === "weak-topic") add(found.weak, meaning.id);
    else if (meaning.kind === "occupation") add(found.occupations, meaning.id);
  }
  return found;
}

/** As in the advisor, a word like "make" counts as a topic only when nothing stronger names one. */
function topicsOf({ topics, weak }: Read): string[] {
  return (topics.length ? topics : weak).sort();
}

function aboutOf(found: Read): QuestionAbout {
  return { careers: found.careers.sort(), topics: topicsOf(found), occupations: found.occupations.sort(), words: found.tokens.sort() };
}

function singular(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Every phrase the knowledge gives meaning to; the first meaning listed wins a phrase claimed twice. */
function phraseTable(knowledge: Knowledge): Phrases {
  const meanings = new Map<string, Meaning>();
  const longest = new Map<string, number>();
  const add = (phrase: string, meaning: Meaning) => {
    const words = toWords(phrase);
    const text = words.join(" ");
    if (!text || meanings.has(text)) return;
    meanings.set(text, meaning);
    longest.set(words[0]!, Math.max(longest.get(words[0]!) ?? 1, words.length));
  };
  const v = knowledge.vocabulary;
  for (const career of knowledge.careers.values()) {
    for (const name of [career.name, career.plural, ...career.aliases]) add(name, { kind: "career", id: career.id, part: `@${career.id}` });
  }
  // Careers came first, so an occupation title that is a career here keeps its career meaning.
  for (const occupation of [...v.occupations, ...v.otherOccupations]) {
    const id = toWords(occupation).join("-");
    add(occupation, { kind: "occupation", id, part: id });
  }
  for (const [topic, list] of Object.entries(v.topics)) for (const phrase of list) add(phrase, { kind: "topic", id: topic, part: `#${topic}` });
  for (const [topic, list] of Object.entries(v.weakTopics)) for (const phrase of list ?? []) add(phrase, { kind: "weak-topic", id: topic, part: `#${topic}` });
  // Words that only steer a conversation or fill a sentence say nothing about what is missing.
  for (const list of [v.stopWords, v.followUp, v.selfReference, v.affirm, v.moreOfSame, Object.values(v.smalltalk).flat()]) {
    for (const phrase of list) add(phrase, { kind: "filler" });
  }
  return { meanings, longest };
}

/**
 * Misspelt word → the word meant. Unknown words are taken most frequent first, and one seen in more
 * than one question becomes a word its rarer misspellings fold into ("podiatrist", which the knowledge
 * lacks). Among the candidates fuse.js accepts, the fewest edits win, then the word people use most, so
 * "wat" reads as "what" rather than "way".
 */
function spellingFor(known: ReadonlySet<string>, questions: Iterable<readonly string[]>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const words of questions) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  // A word sits on the shelves of its own length and one either side, so a word is compared only with the
  // few words sharing its first letter and about its length; fuse.js then judges those few edits away.
  const shelves = new Map<string, Shelved[]>();
  const shelve = (word: string) => {
    const shelved = { word, letters: lettersOf(word) };
    for (const d of [-1, 0, 1]) {
      const key = `${word[0]}${word.length + d}`;
      const shelf = shelves.get(key);
      if (shelf) shelf.push(shelved);
      else shelves.set(key, [shelved]);
    }
  };
  for (const word of known) shelve(word);
  const corrections = new Map<string, string>();
  const unknown = [...counts].filter(([word]) => !known.has(word)).sort((a, b) => b[1] - a[1]);
  for (const [word, count] of unknown) {
    if (word.length < 3 || /\d/.test(word) || known.has(singular(word))) continue;
    const allowed = allowedEdits(word);
    const letters = lettersOf(word);
    const near: string[] = [];
    for (const candidate of shelves.get(`${word[0]}${word.length}`) ?? []) {
      // One edit changes which letters a word has by at most two, a test far cheaper than counting the edits.
      if (bitCount(letters ^ candidate.letters) <= 2 * allowed && distance(word, candidate.word) <= allowed) near.push(candidate.word);
    }
    const hits = near.length ? new Fuse(near, { threshold: SPELLING_THRESHOLD }).search(word).map((hit) => hit.item) : [];
    const meant = closest(word, hits, counts);
    if (meant) corrections.set(word, meant);
    else if (count > 1) shelve(word);
  }
  return corrections;
}

type Shelved = { word: string; letters: number };

/** The set of characters in a word, one bit each (folded into 32, which only lets more words through). */
function lettersOf(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** One slip in a short word, one more for every four letters. */
function allowedEdits(word: string): number {
  return Math.max(1, Math.floor(word.length / 4));
}

function closest(word: string, candidates: readonly string[], counts: ReadonlyMap<string, number>): string | undefined {
  let best: { word: string; edits: number; uses: number } | undefined;
  for (const candidate of candidates) {
    const edits = distance(word, candidate);
    const uses = counts.get(candidate) ?? 0;
    if (!best || edits < best.edits || (edits === best.edits && uses > best.uses)) best = { word: candidate, edits, uses };
  }
  return best?.word;
}
