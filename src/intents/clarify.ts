import { clarify, MAX_NAMED, MAX_OPTIONS, namesOf } from "../compose/replies.js";
import { labelOf, listing, topicQuestion } from "../compose/wording.js";
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
  compose(knowledge, { topic, options: ids }) {
    const careers = ids.slice(0, MAX_NAMED).map((id) => knowledge.careers.get(id)!);
    const named = namesOf(careers.map((c) => c.plural), ids.length);
    const text = `Which career do you mean? My sources cover the ${labelOf(topic)} of ${named}, and the answers differ.`;
    return clarify(text, careers.map((career) => topicQuestion(topic, career)), { topic, careerIds: [...ids] });
  },
  remember: (intent, previous) => ({ ...carried(previous, { kind: "which-career", options: intent.options.slice(0, MAX_OPTIONS) }), topic: intent.topic }),
};

export const didYouMean: IntentModule<"did-you-mean"> = {
  compose(knowledge, { careers: ids, topic }) {
    const careers = ids.slice(0, MAX_NAMED).map((id) => knowledge.careers.get(id)!);
    return clarify(`Did you mean ${listing(careers.map((c) => c.plural))}?`, careers.map((career) => topicQuestion(topic, career)));
  },
  remember: (intent, previous) => ({ ...carried(previous, { kind: "did-you-mean", careers: intent.careers }), topic: intent.topic }),
};
