import { tidySuggestions } from "./compose/reply.js";
import { decide } from "./decide/decide.js";
import type { Intent } from "./intents/intent.js";
import { composeIntent, rememberIntent, RULES } from "./intents/table.js";
import { withOffered } from "./intents/offered.js";
import { referentsOf, withReferents } from "./intents/referents.js";
import type { Knowledge } from "./knowledge/load.js";
import type { ConversationState, Referent } from "./state.js";
import type { Reply } from "./types.js";
import { buildCoverage } from "./compose/topics/index.js";
import { buildLexicon } from "./understand/lexicon.js";
import type { Understanding } from "./understand/understand.js";
import { understandMainAsk } from "./understand/main-ask.js";
import { literal } from "./understand/normalise.js";

/** How one question was read, for people finding out why an answer went the way it did. */
export type Explanation = {
  understanding: Understanding;
  /** What a reference in the question ("the second one", "the last") resolved to, from the conversation's offered list. */
  referent?: Referent;
  rule: string;
  decision: Intent;
  state: ConversationState | undefined;
  reply: Reply;
};

/** The advisor without memory: a question and the conversation so far in, the reply and the conversation after it out. */
export interface Engine {
  /** Pure: touches no memory of its own, so the state can live anywhere (a map, Redis). May throw on a defect. */
  respond(text: string, state: ConversationState | undefined): { reply: Reply; state: ConversationState | undefined };
  /** `respond`, with everything it worked out along the way. */
  explain(text: string, state: ConversationState | undefined): Explanation & { next: ConversationState | undefined };
}

/**
 * Builds every index in one go: a pack holds up to about a thousand careers, which builds in tens of
 * milliseconds, and a reload reads and checks the folder in a worker before this runs.
 */
export function createEngine(knowledge: Knowledge): Engine {
  const lexicon = buildLexicon(knowledge);
  // Lists every reply may name are built now, not by the first question after a reload.
  buildCoverage(knowledge);
  composeIntent(knowledge, { kind: "smalltalk", about: "help" });
  const termPatterns = knowledge.glossary.map((t) => ({ id: t.id, pattern: new RegExp(`(?<![\\w])${literal(t.term)}(?![\\w])`) }));
  // In the order the text names them, so "the last one" is the last named.
  const termsIn = (text: string) =>
    termPatterns
      .flatMap(({ id, pattern }) => {
        const at = pattern.exec(text)?.index;
        return at === undefined ? [] : [{ id, at }];
      })
      .sort((a, b) => a.at - b.at)
      .map(({ id }) => id);

  function explain(text: string, state: ConversationState | undefined) {
    const understanding = understandMainAsk(String(text), lexicon);
    const { intent, rule, reading } = decide(understanding, state, knowledge, RULES);
    const reply = tidySuggestions(composeIntent(knowledge, intent));
    const remembered = rememberIntent(intent, state, knowledge);
    // A list is named on one line ("A, B and C are in demand"); terms spread over a reply are no list.
    const listed = reply.text.split("\n").map(termsIn).find((terms) => terms.length > 1) ?? [];
    const terms = termsIn(reply.text);
    const offered = remembered ? withOffered(intent, { ...remembered, terms }, listed, state) : state;
    const next = offered && withReferents(offered, referentsOf(knowledge, reply, terms), state);
    return { understanding, ...(reading.referent ? { referent: reading.referent } : {}), rule, decision: intent, state, reply, next };
  }

  return {
    respond(text, state) {
      const { reply, next } = explain(text, state);
      return { reply, state: next };
    },
    explain,
  };
}
