import { fieldOf } from "../compose/identity.js";
import { careerNames, fallback, topicsIKnow } from "../compose/replies.js";
import { starterQuestions } from "../compose/suggestions.js";
import type { IntentModule, Rule } from "./intent-module.js";

export const nothingToRead: Rule = {
  name: "empty",
  decide: ({ u }) => (u.words.length ? undefined : { kind: "not-understood" }),
};

/** No career, named or remembered, and nothing that picks one: a greeting mixed with noise, or noise. */
export const nothingToAnswer: Rule = {
  name: "nothing-to-answer",
  decide: ({ subject, smalltalk }) => {
    if (subject.length) return undefined;
    return smalltalk ? { kind: "smalltalk", about: smalltalk } : { kind: "not-understood" };
  },
};

export const notUnderstood: IntentModule<"not-understood"> = {
  compose(knowledge) {
    const field = fieldOf(knowledge) ?? "careers";
    return fallback(`Sorry, I didn't understand that. I answer questions about ${field} (${careerNames(knowledge)}): ${topicsIKnow(knowledge)}.`, starterQuestions(knowledge));
  },
  remember: () => undefined,
};
