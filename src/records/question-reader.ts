import type { Knowledge } from "../knowledge/load.js";
import { buildLexicon, SPELLING, type Lexicon } from "../understand/lexicon.js";
import { memoised } from "../understand/memoised.js";
import { toWords } from "../understand/normalise.js";
import { singularCandidates } from "../understand/plural.js";
import { createSpeller } from "../understand/spelling.js";
import { respell } from "../understand/spellings.js";

/** What a group of questions is about, as far as the knowledge's words tell. */
export type QuestionAbout = {
  careers: string[];
  topics: string[];
  /** Jobs the knowledge names as outside it ("astronaut"). */
  occupations: string[];
  /** The other words that carry meaning, which the knowledge does not know ("podiatrist"). */
  words: string[];
};

export type QuestionReader = {
  /** What a question's words (as `toWords` splits them) ask about, and the key questions worded alike share ("@career #topic word"). */
  read(words: readonly string[]): { key: string; about: QuestionAbout };
};

/**
 * Reads questions as the advisor does (its word splitter, chat spellings, plurals, spelling corrections and phrase
 * tables), so that "wat do astronauts earn" and "astronaut salary" share a key. The questions add what the advisor
 * lacks: the words they use most, known or not, are the likeliest meant by a rarer word a slip or two away
 * ("astronuat", "somelier"), so the advisor's own speller is asked over those first.
 */
export function questionReader(knowledge: Knowledge, texts: Iterable<string>): QuestionReader {
  const lexicon = buildLexicon(knowledge);
  const typed = new Map<string, number>();
  for (const text of texts) for (const word of new Set(respell(toWords(text), lexicon.spellings))) add(typed, word, 1);
  // As the knowledge writes it, else as the questions most plainly write it: "astronauts" → "astronaut".
  const base = (word: string) => (lexicon.canonical(word) !== word ? lexicon.canonical(word) : (singularCandidates(word).find((s) => typed.has(s)) ?? word));
  const asked = new Map<string, number>();
  for (const [word, n] of typed) add(asked, base(word), n);
  const folded = foldedSpellings(asked, lexicon);
  const meant = memoised((word: string): string => {
    const plain = base(word);
    if (lexicon.isKnown(plain) || /\d/.test(plain)) return plain;
    const correction = folded.get(plain) ?? lexicon.speller.correct(word)?.word ?? singularCandidates(word).map((s) => lexicon.speller.correct(s)?.word).find(Boolean);
    return correction ? lexicon.canonical(correction) : plain;
  });
  return {
    read: (words) => readWords(respell(words, lexicon.spellings).map(meant), lexicon),
  };
}

/**
 * Unknown words → the word meant, where the questions use it more. Words are read from the most asked down, in bands
 * each asked at most half as often as the one before; the speller of a band knows the known words the questions use
 * and every word of an earlier band it did not correct and that was asked more than once, so a misspelling, however
 * often repeated, folds into the word asked far more, and a word asked once gathers nothing.
 */
function foldedSpellings(asked: ReadonlyMap<string, number>, lexicon: Lexicon): Map<string, string> {
  const unknown = [...asked].filter(([word]) => !lexicon.isKnown(word) && !/\d/.test(word)).sort((a, b) => b[1] - a[1]);
  const targets = [...asked.keys()].filter((word) => lexicon.isKnown(word));
  const folded = new Map<string, string>();
  for (let i = 0; i < unknown.length; ) {
    const speller = createSpeller(targets, SPELLING);
    const floor = unknown[i]![1] / 2;
    for (; i < unknown.length && unknown[i]![1] > floor; i++) {
      const [word, n] = unknown[i]!;
      const correction = speller.correct(word);
      if (correction) folded.set(word, correction.word);
      else if (n > 1) targets.push(word);
    }
  }
  return folded;
}

function readWords(words: readonly string[], lexicon: Lexicon): { key: string; about: QuestionAbout } {
  const careers = new Set<string>();
  const occupations = new Set<string>();
  const claimed = words.map(() => false);
  for (const match of lexicon.entities.match(words, [...claimed])) {
    for (const entity of match.values) {
      if (entity.kind === "career") careers.add(entity.id);
      else if (entity.kind === "occupation") occupations.add(toWords(entity.name).join("-"));
      else continue;
      claimed.fill(true, match.start, match.end);
    }
  }
  const topics = new Set(lexicon.topics.match(words, claimed).flatMap((m) => m.values));
  // As in the advisor, a word like "make" counts as a topic only when nothing stronger names one.
  const weak = lexicon.weakTopics.match(words, claimed).flatMap((m) => m.values);
  if (!topics.size) weak.forEach((topic) => topics.add(topic));
  const other = new Set(words.filter((word, i) => !claimed[i] && !isFiller(word, lexicon)));
  const about = { careers: [...careers].sort(), topics: [...topics].sort(), occupations: [...occupations].sort(), words: [...other].sort() };
  const key = [...about.careers.map((c) => `@${c}`), ...about.occupations, ...about.topics.map((t) => `#${t}`), ...about.words].join(" ");
  return { key, about };
}

/** Words that only fill a sentence or steer a conversation say nothing about what is missing. */
function isFiller(word: string, lexicon: Lexicon): boolean {
  return lexicon.stopWords.has(word) || lexicon.cues.valuesIn([word]).size > 0 || lexicon.selfReference.valuesIn([word]).size > 0;
}

/** Adds `n` to the count of `key`. */
export function add<K>(counts: Map<K, number>, key: K, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}
