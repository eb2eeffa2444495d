import type { Cue, Lexicon } from "./lexicon.js";
import { toWords } from "./normalise.js";
import { understand, type Understanding } from "./understand.js";

// A long message tells a story, quotes a claim or poses as a system notice, then asks. The question asks:
// it decides the topic, and what it asks of a career it names. The rest only fills what the question
// leaves out: the career when it names none, and who the asker is.

/** Sentences, and the clauses of a sentence, that a message's last question may stand in. */
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
const CLAUSE_END = /,\s+|;\s+|:\s+|\s+-+\s+/;

/**
 * The ways of reading a message's main ask, narrowest first: the questions it ends with, after what it
 * says before them; and, when the asker speaks of themselves or greets first ("I ran a shop for ten years,
 * I like computers, what schooling would I need?", "hey, where is that from?"), the clauses of its last
 * sentence from the last one back.
 */
function questionsAtTheEnd(text: string, lexicon: Lexicon): string[] {
  const sentences = text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
  const last = sentences.findLastIndex((s) => s.endsWith("?"));
  if (last < 0) return [];
  let first = last;
  while (first > 0 && sentences[first - 1]!.endsWith("?")) first--;
  const question = sentences.slice(first, last + 1).join(" ");
  const clauses = question.split(CLAUSE_END).filter((c) => c.trim());
  // Only the words of talk about oneself and of greeting are looked for in the story: reading it in full would double a long message's cost.
  const story = clauses.length > 1 ? toWords(clauses.slice(0, -1).join(" ")) : [];
  const storyCues = story.length ? lexicon.cues.valuesIn(story) : new Set<Cue>();
  const tails = lexicon.selfReference.valuesIn(story).size || POLITE.some((cue) => storyCues.has(cue)) ? clauses.slice(1).map((_, i) => clauses.slice(clauses.length - 1 - i).join(", ")) : [];
  return sentences.length > 1 ? [...tails, question] : tails;
}

/** Cues that ask something: only the question's count. */
const ASKING_CUES: ReadonlySet<Cue> = new Set(["sources", "survey", "compare", "highest", "why", "expand"]);

/** Cues of greeting, thanks and goodbye. */
const POLITE: readonly Cue[] = ["greeting", "thanks", "goodbye"];

/** What a message asks, read from its last question when it has several parts and that question asks about a topic, or is greeted around. */
export function understandMainAsk(text: string, lexicon: Lexicon): Understanding {
  const whole = understand(text, lexicon);
  const asking = questionsAtTheEnd(text, lexicon);
  // A claim the message rests on ("since they make $50k, …") is checked, and a request for a plan takes
  // its answers from the story around it ("where do I start? I run a shop and have two years for school"), so the
  // whole message is read.
  if (!asking.length || whole.language || whole.cues.has("premise") || whole.cues.has("plan")) return whole;
  for (const part of asking) {
    const question = understand(part, lexicon);
    // A greeting or thanks around a question ("hi! where is that from? thanks") leaves the question to ask.
    const greeted = POLITE.some((cue) => whole.cues.has(cue)) && !POLITE.some((cue) => question.cues.has(cue));
    if (!question.topics.length && !question.weakTopics.length && !greeted) continue;
    const cues = new Set(question.cues);
    if (question.careers.length || question.shortNamed.length) {
      if (whole.cues.has("selfReference")) cues.add("selfReference");
      return { ...question, backgrounds: [...new Set([...question.backgrounds, ...whole.backgrounds])], cues };
    }
    // The career, or the job set against it, is in the story; what is asked of it is in the question.
    for (const cue of whole.cues) if (!ASKING_CUES.has(cue) && !POLITE.includes(cue)) cues.add(cue);
    const { words, topics, weakTopics, claims, amounts, percents, unknown, conditions, notCovered } = question;
    const { ordinal: _, ...rest } = whole;
    return { ...rest, words, topics, weakTopics, claims, amounts, percents, unknown, conditions, notCovered, cues, ...(question.ordinal ? { ordinal: question.ordinal } : {}) };
  }
  return whole;
}
