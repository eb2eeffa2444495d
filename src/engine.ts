import { tidySuggestions } from "./compose/reply.js";
import { decide, type Decision } from "./decide/decide.js";
import { composeIntent, rememberIntent } from "./intents/table.js";
import type { Knowledge } from "./knowledge/load.js";
import type { ConversationState } from "./state.js";
import type { Reply } from "./types.js";
import { smalltalkReply } from "./compose/replies.js";
import { coverageSteps } from "./knowledge/coverage.js";
import { lexiconSteps, type Lexicon } from "./understand/lexicon.js";
import { runAll, runInSlices, type Steps } from "./understand/steps.js";
import { understand, type Understanding } from "./understand/understand.js";

/** How one question was read, for people finding out why an answer went the way it did. */
export type Explanation = { understanding: Understanding; rule: string; decision: Decision["intent"]; state: ConversationState | undefined; reply: Reply };

/** The advisor without memory: a question and the conversation so far in, the reply and the conversation after it out. */
export interface Engine {
  /** Pure: touches no memory of its own, so the state can live anywhere (a map, Redis). May throw on a defect. */
  respond(text: string, state: ConversationState | undefined): { reply: Reply; state: ConversationState | undefined };
  /** `respond`, with everything it worked out along the way. */
  explain(text: string, state: ConversationState | undefined): Explanation & { next: ConversationState | undefined };
}

export function createEngine(knowledge: Knowledge): Engine {
  return runAll(engineSteps(knowledge));
}

/**
 * `createEngine` a few milliseconds at a time, giving the event loop a turn between slices: a reload of
 * thousands of careers builds its indexes while the engine it replaces goes on answering.
 */
export function prepareEngine(knowledge: Knowledge): Promise<Engine> {
  return runInSlices(engineSteps(knowledge));
}

function* engineSteps(knowledge: Knowledge): Steps<Engine> {
  const lexicon = yield* lexiconSteps(knowledge);
  // Lists every reply may name are built now, not by the first question after a reload.
  yield* coverageSteps(knowledge);
  smalltalkReply(knowledge, "help");
  return engineOver(knowledge, lexicon);
}

function engineOver(knowledge: Knowledge, lexicon: Lexicon): Engine {
  // Terms are data and may hold any character ("C++"), so they are matched literally.
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const termPatterns = knowledge.glossary.map((t) => ({ id: t.id, pattern: new RegExp(`(?<![\\w])${literal(t.term)}(?![\\w])`) }));
  const termsIn = (text: string) => termPatterns.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id);

  function explain(text: string, state: ConversationState | undefined) {
    const understanding = understand(String(text), lexicon);
    const { intent, rule } = decide(understanding, state, knowledge);
    const reply = tidySuggestions(composeIntent(knowledge, intent));
    const remembered = rememberIntent(intent, state, knowledge);
    const next = remembered ? { ...remembered, terms: termsIn(reply.text) } : state;
    return { understanding, rule, decision: intent, state, reply, next };
  }

  return {
    respond(text, state) {
      const { reply, next } = explain(text, state);
      return { reply, state: next };
    },
    explain,
  };
}
