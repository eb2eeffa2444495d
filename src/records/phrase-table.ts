import type { Knowledge } from "../knowledge/load.js";
import { toWords } from "../understand/normalise.js";

/** `part`: how it reads in a question's key (`#pay`, `@id`, a job as it is). */
export type Meaning = { kind: "topic" | "weak-topic" | "career" | "occupation"; id: string; part: string } | { kind: "filler" };

/** The words that may follow a phrase's first words, and what the phrase means if it ends there. */
export type PhraseNode = { meaning?: Meaning; next: Map<string, PhraseNode> };

export type Phrases = {
  /** Every phrase, one word or several, by its words joined with spaces. */
  meanings: ReadonlyMap<string, Meaning>;
  /** Phrases of two words or more, word by word from their first, so a question's words are walked, never joined. */
  longer: ReadonlyMap<string, PhraseNode>;
};

/** Every phrase the knowledge gives meaning to; the first meaning listed wins a phrase claimed twice. */
export function phraseTable(knowledge: Knowledge): Phrases {
  const meanings = new Map<string, Meaning>();
  const longer = new Map<string, PhraseNode>();
  const add = (phrase: string, meaning: Meaning) => {
    const words = toWords(phrase);
    const text = words.join(" ");
    if (!text || meanings.has(text)) return;
    meanings.set(text, meaning);
    if (words.length < 2) return;
    let node: PhraseNode | undefined;
    for (const word of words) {
      const level = node ? node.next : longer;
      let child = level.get(word);
      if (!child) level.set(word, (child = { next: new Map() }));
      node = child;
    }
    node!.meaning = meaning;
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
  return { meanings, longer };
}
