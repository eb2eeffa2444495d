import type { Intent, IntentOf } from "./intent.js";
import type { Knowledge } from "../knowledge/load.js";
import type { ConversationState } from "../state.js";
import type { Reply } from "../types.js";
import { answer, answerTopics, backgroundPaths } from "./answer.js";
import { didYouMean, doubtfulCareer, whichCareer, whichCareerFor, whichNamed } from "./clarify.js";
import { compare, compareAgain, compareCareers, comparisonPicked, rankCareers, whichComparison } from "./compare.js";
import { acronymAlone, expandAcronym, glossary, pickedTerm } from "./glossary.js";
import type { IntentModule, Rule } from "./intent-module.js";
import { lessSchooling } from "./less-schooling.js";
import { nothingToAnswer, nothingToRead, notUnderstood } from "./not-understood.js";
import { otherCareer, otherJob, unknownWords } from "./other-career.js";
import { otherLanguage, otherLanguageReply } from "./other-language.js";
import { planReply } from "./plan/module.js";
import { planAnswer, startPlan } from "./plan/rules.js";
import { smalltalk, smalltalkAlone } from "./smalltalk.js";
import { aboutSources, moreOnSources, sources } from "./sources.js";

/**
 * The rules, in the order they are tried; the first that decides wins. Order is meaning: a job the
 * knowledge does not cover is recognised before anything can inherit the conversation's careers, and
 * a question back is answered before a new topic is read. The last rule answers whenever there is a
 * career, and the one before it whenever there is none, so some rule always decides.
 */
export const RULES: readonly Rule[] = [
  nothingToRead,
  otherLanguage,
  startPlan,
  planAnswer,
  smalltalkAlone,
  expandAcronym,
  pickedTerm,
  acronymAlone,
  aboutSources,
  moreOnSources,
  otherJob,
  doubtfulCareer,
  whichNamed,
  unknownWords,
  comparisonPicked,
  compareCareers,
  compareAgain,
  rankCareers,
  lessSchooling,
  backgroundPaths,
  whichCareerFor,
  nothingToAnswer,
  answerTopics,
];

/** Every kind of reply and its module; the mapped type makes a kind without one a compile error. */
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
  "other-language": otherLanguageReply,
  plan: planReply,
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
