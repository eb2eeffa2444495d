import { smalltalkReply } from "../compose/replies.js";
import type { IntentModule, Rule } from "./intent-module.js";

/** A greeting, thanks, goodbye or a plea for help with nothing else in it. */
export const smalltalkAlone: Rule = {
  name: "smalltalk",
  decide({ u, smalltalk }) {
    const named = u.careers.length + u.shortNamed.length + u.terms.length + u.backgrounds.length + u.otherJobs.length + u.scopes.length;
    if (!smalltalk || named || u.topics.length || u.weakTopics.length) return undefined;
    return { kind: "smalltalk", about: smalltalk };
  },
};

export const smalltalk: IntentModule<"smalltalk"> = {
  compose: (knowledge, intent) => smalltalkReply(knowledge, intent.about),
  remember: () => undefined,
};
