import type { FileFinding } from "./cross-check.js";
import { BACKGROUNDS, type Career, type Vocabulary } from "./schema.js";

// Lists whose phrases change how a question is read. A career's name among them is read as both.
const CUE_LISTS = ["compare", "versusAll", "why", "highest", "followUp", "selfReference", "affirm", "expand", "moreOfSame", "ordinals", "beyondSources", "sources", "survey"] as const;
const SMALLTALK = ["greeting", "thanks", "goodbye", "help"] as const;

const PLAIN_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Phrases compare as people type them: case, apostrophes and punctuation aside. */
export function phraseKey(phrase: string): string {
  const lower = phrase.toLowerCase();
  // Most names are plain words already; a large folder has tens of thousands of them.
  if (PLAIN_WORDS.test(lower)) return lower;
  return lower.replace(/['’]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Warnings, not errors: a background, place or cue phrase in vocabulary.yaml that is also a career's
 * name or alias. The folder still loads; the question "I'm a <that job>, how do I get in?" would be read
 * as being about that career too.
 */
export function vocabularyClashes(vocabulary: Vocabulary, careers: readonly { file: string; career: Career }[]): FileFinding[] {
  const lists: [readonly PropertyKey[], string, readonly string[]][] = [
    ...BACKGROUNDS.map((b): [PropertyKey[], string, string[]] => [["backgrounds", b], `a \`${b}\` background phrase`, vocabulary.backgrounds[b]]),
    [["places"], "a place", vocabulary.places],
    [["otherOccupations"], "an occupation the advisor does not cover", vocabulary.otherOccupations],
    ...CUE_LISTS.map((cue): [PropertyKey[], string, string[]] => [[cue], `a \`${cue}\` cue`, vocabulary[cue]]),
    ...SMALLTALK.map((cue): [PropertyKey[], string, string[]] => [["smalltalk", cue], `a \`${cue}\` cue`, vocabulary.smalltalk[cue]]),
  ];
  // Keyed by the vocabulary's few hundred phrases, not by every name of every career.
  const owners = new Map<string, { file: string; career: Career } | undefined>();
  for (const [, , phrases] of lists) for (const phrase of phrases) owners.set(phraseKey(phrase), undefined);
  for (const entry of careers) {
    for (const name of [entry.career.name, entry.career.plural, ...entry.career.aliases]) {
      const key = phraseKey(name);
      if (owners.has(key) && !owners.get(key)) owners.set(key, entry);
    }
  }
  return lists.flatMap(([at, kind, phrases]) =>
    phrases.flatMap((phrase, i) => {
      const owner = owners.get(phraseKey(phrase));
      if (!owner) return [];
      const message = `\`${phrase}\` is ${kind} here and also a name of ${owner.career.plural} (${owner.file}), so a question using it is read as both; keep it in one place`;
      return [{ file: "vocabulary.yaml", at: [...at, i], message }];
    }),
  );
}
