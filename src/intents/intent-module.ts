import type { Intent, IntentOf } from "./intent.js";
import type { Knowledge } from "../knowledge/load.js";
import type { ConversationState, Last } from "../state.js";
import type { Reply } from "../types.js";

import type { Rule as RuleOf } from "../decide/decide.js";

export type Rule = RuleOf<Intent>;

/** Everything about one kind of reply: how its words are composed and what the conversation remembers after it. */
export type IntentModule<K extends Intent["kind"]> = {
  compose(knowledge: Knowledge, intent: IntentOf<K>): Reply;
  /** The conversation after this reply; undefined leaves it as it was. */
  remember(intent: IntentOf<K>, previous: ConversationState | undefined, knowledge: Knowledge): ConversationState | undefined;
};

/** The conversation as it carries over into any reply: its careers, the asker's background and plan answers, nothing of the last turn. */
export function carried(previous: ConversationState | undefined, last: Last): ConversationState {
  const state: ConversationState = { careers: previous?.careers ?? [], last, terms: [] };
  if (previous?.background) state.background = previous.background;
  if (previous?.plan) state.plan = previous.plan;
  return state;
}

/** Careers just discussed first, then the ones before, two at most. */
export function recent(ids: readonly string[], previous: ConversationState | undefined): string[] {
  return [...ids, ...(previous?.careers ?? []).filter((id) => !ids.includes(id))].slice(0, 2);
}
