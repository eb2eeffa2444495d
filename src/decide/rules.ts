import { answerTopics, backgroundPaths } from "../intents/answer.js";
import { doubtfulCareer, whichCareerFor, whichNamed } from "../intents/clarify.js";
import { compareAgain, compareCareers, comparisonPicked, rankCareers } from "../intents/compare.js";
import { acronymAlone, expandAcronym } from "../intents/glossary.js";
import type { Rule } from "../intents/intent-module.js";
import { nothingToAnswer, nothingToRead } from "../intents/not-understood.js";
import { otherJob, unknownWords } from "../intents/other-career.js";
import { smalltalkAlone } from "../intents/smalltalk.js";
import { aboutSources, moreOnSources } from "../intents/sources.js";

/**
 * The rules, in the order they are tried; the first that decides wins. Order is meaning: a job the
 * knowledge does not cover is recognised before anything can inherit the conversation's careers, and
 * a question back is answered before a new topic is read.
 */
export const RULES: readonly Rule[] = [
  nothingToRead,
  smalltalkAlone,
  expandAcronym,
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
  backgroundPaths,
  whichCareerFor,
  nothingToAnswer,
  answerTopics,
];
