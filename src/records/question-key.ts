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
};

type Meaning = { kind: "topic" | "weak-topic" | "career" | "occupation"; id: string } | { kind: "filler" };

const MAX_PHRASE_WORDS = 6;
/** Fuse.js score up to which an unknown word may be a misspelling of a known one (one slip in a short word). */
const SPELLING_THRESHOLD = 0.34;

/**
 * Reads questions through the knowledge's vocabulary so that wordings of one question share a key:
 * "wat do astronauts earn" and "astronaut salary" both become "#pay astronaut". Words the knowledge does
 * not know are matched with fuse.js against the known words and the more frequent words of the
 * questions themselves, so misspellings fold into their word. `texts` are all questions to be read.
 */
export function createGistReader(knowledge: Knowledge, texts: Iterable<string>): (text: string) => QuestionGist {
  const phrases = phraseTable(knowledge);
  const known = new Set([...phrases.keys()].flatMap((phrase) => phrase.split(" ")));
  const spelling = spellingFor(known, texts);
  const cache = new Map<string, QuestionGist>();
  return (text) => {
    let gist = cache.get(text);
    if (!gist) {
      gist = read(toWords(text).map((word) => spelling.get(word) ?? word), phrases);
      cache.set(text, gist);
    }
    return gist;
  };
}

function read(words: readonly string[], phrases: ReadonlyMap<string, Meaning>): QuestionGist {
  const tokens = new Set<string>();
  const careers = new Set<string>();
  const topics = new Set<string>();
  const weak = new Set<string>();
  const occupations = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let length = Math.min(MAX_PHRASE_WORDS, words.length - i);
    let meaning: Meaning | undefined;
    for (; length > 0 && !meaning; length--) meaning = lookUp(phrases, words.slice(i, i + length));
    length++;
    const phrase = words.slice(i, i + length).join(" ");
    i += length;
    if (!meaning) tokens.add(singular(phrase));
    else if (meaning.kind === "career") careers.add(meaning.id);
    else if (meaning.kind === "topic") topics.add(meaning.id);
    else if (meaning.kind === "weak-topic") weak.add(meaning.id);
    else if (meaning.kind === "occupation") occupations.add(meaning.id);
  }
  // As in the advisor, a word like "make" counts as a topic only when nothing stronger names one.
  const topicIds = topics.size ? [...topics] : [...weak];
  const key = [...topicIds.map((t) => `#${t}`), ...[...careers].map((c) => `@${c}`), ...occupations, ...tokens].sort().join(" ");
  return { key, careers: [...careers].sort(), topics: topicIds.sort(), occupations: [...occupations].sort(), words: [...tokens].sort() };
}

function lookUp(phrases: ReadonlyMap<string, Meaning>, words: readonly string[]): Meaning | undefined {
  const phrase = words.join(" ");
  return phrases.get(phrase) ?? (words.length === 1 ? phrases.get(singular(phrase)) : undefined);
}

function singular(word: string): string {
  if (word.length < 4 || word.includes(" ")) return word;
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Every phrase the knowledge gives meaning to; the first meaning listed wins a phrase claimed twice. */
function phraseTable(knowledge: Knowledge): Map<string, Meaning> {
  const table = new Map<string, Meaning>();
  const add = (phrase: string, meaning: Meaning) => {
    const words = toWords(phrase).join(" ");
    if (words && !table.has(words)) table.set(words, meaning);
  };
  const v = knowledge.vocabulary;
  for (const career of knowledge.careers.values()) {
    for (const name of [career.name, career.plural, ...career.aliases]) add(name, { kind: "career", id: career.id });
  }
  for (const occupation of v.otherOccupations) add(occupation, { kind: "occupation", id: toWords(occupation).join("-") });
  for (const [topic, list] of Object.entries(v.topics)) for (const phrase of list) add(phrase, { kind: "topic", id: topic });
  for (const [topic, list] of Object.entries(v.weakTopics)) for (const phrase of list ?? []) add(phrase, { kind: "weak-topic", id: topic });
  // Words that only steer a conversation or fill a sentence say nothing about what is missing.
  for (const list of [v.stopWords, v.followUp, v.selfReference, v.affirm, v.moreOfSame, Object.values(v.smalltalk).flat()]) {
    for (const phrase of list) add(phrase, { kind: "filler" });
  }
  return table;
}

/**
 * Misspelt word → the word meant. Unknown words are taken most frequent first, so the common spelling
 * of a word the knowledge lacks ("podiatrist") becomes a known word its misspellings fold into.
 * Candidates share the first letter, which keeps each fuse.js search small; among fuse.js's hits the
 * fewest edits win, so "wat" reads as "what" rather than "with".
 */
function spellingFor(known: ReadonlySet<string>, texts: Iterable<string>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const text of new Set(texts)) for (const word of toWords(text)) if (!known.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const byLetter = new Map<string, Fuse<string>>();
  const index = (letter: string) => {
    let fuse = byLetter.get(letter);
    if (!fuse) {
      fuse = new Fuse([...known].filter((w) => w[0] === letter), { includeScore: true, threshold: SPELLING_THRESHOLD });
      byLetter.set(letter, fuse);
    }
    return fuse;
  };
  const corrections = new Map<string, string>();
  const unknown = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  for (const word of unknown) {
    if (known.has(singular(word))) continue;
    const fuse = index(word[0]!);
    const meant = word.length >= 3 && !/\d/.test(word) ? closest(word, fuse.search(word).map((hit) => hit.item)) : undefined;
    if (meant) corrections.set(word, meant);
    else fuse.add(word);
  }
  return corrections;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const allowed = Math.max(1, Math.floor(word.length / 4));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
