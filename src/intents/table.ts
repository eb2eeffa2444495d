import type { Intent, IntentOf } from "../decide/intent.js";
import type { Knowledge } from "../knowledge/load.js";
import type { ConversationState } from "../state.js";
import type { Reply } from "../types.js";
import { answer } from "./answer.js";
import { didYouMean, whichCareer } from "./clarify.js";
import { compare, whichComparison } from "./compare.js";
import { glossary } from "./glossary.js";
import type { IntentModule } from "./intent-module.js";
import { notUnderstood } from "./not-understood.js";
import { otherCareer } from "./other-career.js";
import { smalltalk } from "./smalltalk.js";
import { sources } from "./sources.js";

/** Every kind of reply and its module: adding an intent is one module and one line here. */
const INTENTS: { [K in Intent["kind"]]: IntentModule<K> } = {
  answer,
  compare,
  glossary,
  sources,
  "which-career": whichCareer,
  "which-comparison": whichComparison,
  "did-you-mean": didYouMean,
  "other-career": otherCareer,
  smalltalk,
  "not-understood": notUnderstood,
};

function moduleOf<K extends Intent["kind"]>(intent: IntentOf<K>): IntentModule<K> {
  return INTENTS[intent.kind as K];
}

export function composeIntent(knowledge: Knowledge, intent: Intent): Reply {
  return moduleOf(intent).compose(knowledge, intent);
}

export function rememberIntent(intent: Intent, previous: ConversationState | undefined, knowledge: Knowledge): ConversationState | undefined {
  return moduleOf(intent).remember(intent, previous, knowledge);
}
