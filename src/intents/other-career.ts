import { careerNames, fallback, topicsIKnow } from "../compose/replies.js";
import { starterQuestions } from "../compose/suggestions.js";
import { listing, plural } from "../compose/wording.js";
import { termTopics, type Reading } from "../decide/reading.js";
import type { IntentModule, Rule } from "./intent-module.js";

/**
 * A job the knowledge does not cover, named in the question (from the occupation list, by a job-title
 * word, or by its place in the question: "what does an X earn"). It wins over the conversation's careers,
 * so no other career's figures are ever given for it.
 */
export const otherJob: Rule = {
  name: "other-job",
  decide(reading) {
    const { u, background, chosen, comparing, remembered, topics } = reading;
    if (chosen.length) return undefined;
    // "Does it pay more than a teacher?" asks about the career in the conversation, set against a job the sources do not cover.
    const setAgainst = comparing && u.cues.has("followUp") && remembered.length > 0;
    const asked = topics[0] ? { topic: topics[0] } : {};
    if (u.otherJobs.length && !setAgainst && !setBeside(reading)) return { kind: "other-career", jobs: u.otherJobs, ...asked };
    // A bare title word ("tech") may be the asker's own background ("I'm more on the tech side").
    if (u.unknownJobs.length && !background) return { kind: "other-career", jobs: [], ...asked };
    if (!background && u.backgrounds.length && !setBeside(reading)) return { kind: "other-career", jobs: u.backgroundJobs, ...asked };
    return undefined;
  },
};

/**
 * "Do they need a license like radiology techs do?": a topic asked of the career in the conversation, with
 * a job beside it that is not the asker's own. The answer is about the career; the job is said to be not covered.
 */
export function setBeside({ u, background, remembered, chosen }: Reading): boolean {
  return !background && !chosen.length && u.besideJobs.length > 0 && u.topics.length > 0 && remembered.length > 0;
}

/** Unknown words with nothing recognisable beside them name something this advisor does not cover. */
export const unknownWords: Rule = {
  name: "unknown-words",
  decide({ u, topics, chosen, subject, background, knowledge }) {
    // Someone telling their own background is asking how to get in, whatever else they say.
    if (chosen.length || (background && u.backgrounds.length) || !u.unknown.length || u.scopes.length || u.cues.has("why")) return undefined;
    // "And in Ohio specifically?": a condition on what was just answered, whatever words come with it.
    if (u.conditions.length && subject.length) return undefined;
    // "And working for the VA?": a name the sources never mention, asked of the careers just discussed, is said to be not covered.
    if (u.unmentioned.length && subject.length) return undefined;
    const onlyLooseWords = !topics.length || (!u.topics.length && !termTopics(u, knowledge).length && !u.cues.has("moreOfSame"));
    return onlyLooseWords ? { kind: "other-career", jobs: [] } : undefined;
  },
};

/** Named plainly when the question named it, and never given another career's figures. */
export const otherCareer: IntentModule<"other-career"> = {
  compose(knowledge, { jobs }) {
    const lead = jobs.length ? `I have nothing on ${listing(jobs.map(plural))}: my sources cover only` : "I only have information on";
    return fallback(`${lead} ${careerNames(knowledge)}, so I can't answer that. Ask me about their ${topicsIKnow(knowledge)}.`, starterQuestions(knowledge));
  },
  // "How much do radiographers make?" then "what about <a career>?": the question asked carries over.
  remember: (intent, previous) => (intent.topic ? { ...(previous ?? { careers: [], terms: [], last: { kind: "answer", together: false, scopes: [] } }), topic: intent.topic } : undefined),
};
