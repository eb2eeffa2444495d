import { didYouMeanReply, MAX_OPTIONS, whichCareerReply } from "../compose/replies.js";
import { careersWith } from "../compose/topics/index.js";
import { carried, type IntentModule, type Rule } from "./intent-module.js";

/** A career recognised only through a loose spelling correction is offered back, not assumed. */
export const doubtfulCareer: Rule = {
  name: "did-you-mean",
  decide({ u, chosen, topics, state }) {
    if (chosen.length || !u.doubtfulCareers.length) return undefined;
    return { kind: "did-you-mean", careers: u.doubtfulCareers, topic: topics[0] ?? state?.topic ?? "overview" };
  },
};

/** A shortened name that fits several careers equally ("the specialists"): ask which one. */
export const whichNamed: Rule = {
  name: "which-named",
  decide({ nameOptions, topics, state }) {
    if (nameOptions.length < 2) return undefined;
    return { kind: "which-career", topic: topics[0] ?? state?.topic ?? "overview", options: nameOptions };
  },
};

/** A topic with no career: answered when one career covers it, asked back when several do. */
export const whichCareerFor: Rule = {
  name: "which-career",
  decide({ u, subject, background, topics, topicFromContext, knowledge }) {
    if (subject.length || background) return undefined;
    const topic = topics[0] ?? topicFromContext;
    if (!topic || topic === "overview") return undefined;
    const options = careersWith(knowledge, topic);
    if (options.length === 1) return { kind: "answer", careers: [...options], topics: [topic], scopes: [], why: u.cues.has("why") };
    return options.length > 1 ? { kind: "which-career", topic, options } : undefined;
  },
};

export const whichCareer: IntentModule<"which-career"> = {
  compose: (knowledge, intent) => whichCareerReply(knowledge, intent.topic, intent.options),
  remember: (intent, previous) => ({ ...carried(previous, { kind: "which-career", options: intent.options.slice(0, MAX_OPTIONS) }), topic: intent.topic }),
};

export const didYouMean: IntentModule<"did-you-mean"> = {
  compose: (knowledge, intent) => didYouMeanReply(knowledge, intent.careers, intent.topic),
  remember: (intent, previous) => ({ ...carried(previous, { kind: "did-you-mean", careers: intent.careers }), topic: intent.topic }),
};
