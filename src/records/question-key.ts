import { distance } from "fastest-levenshtein";
import Fuse from "fuse.js";
import type { Knowledge } from "../knowledge/load.js";
import { toWords } from "../understand/normalise.js";

/** What a question is about, as far as the knowledge's words tell, and a key equal for questions worded alike. */
export type QuestionGist = {
  /** Its content words in a fixed order: topics as `#pay`, careers as `@id`, other words singular. */
  key: string;
  careers: string[];
  topics: string[];
  /** Jobs the knowledge names as outside it ("astronaut"). */
  occupations: string[];
  /** The other words that carry meaning, which the knowledge does not know ("podiatrist"). */
  words: string[];
  /** The question's own words, lower-case and without punctuation, as it was typed. */
  wording: string;
};

type Meaning = { kind: "topic" | "weak-topic" | "career" | "occupation"; id: string } | { kind: "filler" };

type Phrases = {
  meanings: ReadonlyMap<string, Meaning>;
  /** The most words a phrase starting with a word has, so most words are looked up once, alone. */
  longest: ReadonlyMap<string, number>;
};
/** Fuse.js score up to which an unknown word may be a misspelling of a known one (one slip in a short word). */
const SPELLING_THRESHOLD = 0.34;

/**
 * Reads questions through the knowledge's vocabulary so that wordings of one question share a key:
 * "wat do astronauts earn" and "astronaut salary" both become "#pay astronaut". Words the knowledge does
 * not know are matched with fuse.js against the known words and the more frequent words of the
 * questions themselves, so misspellings fold into their word. Returns one gist per text, in order.
 */
export function readGists(knowledge: Knowledge, texts: readonly string[]): QuestionGist[] {
  const phrases = phraseTable(knowledge);
  const known = new Set([...phrases.meanings.keys()].flatMap((phrase) => phrase.split(" ")));
  const words = texts.map((text) => toWords(text));
  const spelling = spellingFor(known, words);
  // Every distinct word is looked up once; a question then only assembles what its words mean.
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
  return words.map((list) => ({ ...read(list.map(look), phrases), wording: list.join(" ") }));
}

/** A word of a question, read: as meant (spelling corrected), and what it means alone. */
type Word = { text: string; starts: number; meaning: Meaning | undefined; token: string };

function read(words: readonly Word[], { meanings }: Phrases): Omit<QuestionGist, "wording"> {
  const tokens: string[] = [];
  const careers: string[] = [];
  const topics: string[] = [];
  const weak: string[] = [];
  const occupations: string[] = [];
  const add = (list: string[], item: string) => {
    if (!list.includes(item)) list.push(item);
  };
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    let length = 1;
    let meaning = word.meaning;
    // Longest phrase first: "health information technician" before "health".
    for (let n = Math.min(word.starts, words.length - i); n > 1; n--) {
      const phrase = meanings.get(words.slice(i, i + n).map((w) => w.text).join(" "));
      if (phrase) {
        [meaning, length] = [phrase, n];
        break;
      }
    }
    i += length;
    if (!meaning) add(tokens, word.token);
    else if (meaning.kind === "career") add(careers, meaning.id);
    else if (meaning.kind === "topic") add(topics, meaning.id);
    else if (meaning.kind === "weak-topic") add(weak, meaning.id);
    else if (meaning.kind === "occupation") add(occupations, meaning.id);
  }
  // As in the advisor, a word like "make" counts as a topic only when nothing stronger names one.
  const topicIds = (topics.length ? topics : weak).sort();
  const key = [...topicIds.map((t) => `#${t}`), ...careers.map((c) => `@${c}`), ...occupations, ...tokens].sort().join(" ");
  return { key, careers: careers.sort(), topics: topicIds, occupations: occupations.sort(), words: tokens.sort() };
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
    for (const name of [career.name, career.plural, ...career.aliases]) add(name, { kind: "career", id: career.id });
  }
  // Careers came first, so an occupation title that is a career here keeps its career meaning.
  for (const occupation of [...v.occupations, ...v.otherOccupations]) add(occupation, { kind: "occupation", id: toWords(occupation).join("-") });
  for (const [topic, list] of Object.entries(v.topics)) for (const phrase of list) add(phrase, { kind: "topic", id: topic });
  for (const [topic, list] of Object.entries(v.weakTopics)) for (const phrase of list ?? []) add(phrase, { kind: "weak-topic", id: topic });
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
  const shelves = new Map<string, string[]>();
  const shelve = (word: string) => {
    for (const d of [-1, 0, 1]) {
      const key = `${word[0]}${word.length + d}`;
      const shelf = shelves.get(key);
      if (shelf) shelf.push(word);
      else shelves.set(key, [word]);
    }
  };
  for (const word of known) shelve(word);
  const corrections = new Map<string, string>();
  const unknown = [...counts].filter(([word]) => !known.has(word)).sort((a, b) => b[1] - a[1]);
  for (const [word, count] of unknown) {
    if (word.length < 3 || /\d/.test(word) || known.has(singular(word))) continue;
    const allowed = allowedEdits(word);
    const near = shelves.get(`${word[0]}${word.length}`)?.filter((candidate) => distance(word, candidate) <= allowed) ?? [];
    const hits = near.length ? new Fuse(near, { threshold: SPELLING_THRESHOLD }).search(word).map((hit) => hit.item) : [];
    const meant = closest(word, hits, counts);
    if (meant) corrections.set(word, meant);
    else if (count > 1) shelve(word);
  }
  return corrections;
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
