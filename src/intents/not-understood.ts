import { notUnderstoodReply } from "../compose/replies.js";
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
  compose: (knowledge) => notUnderstoodReply(knowledge),
  remember: () => undefined,
};
