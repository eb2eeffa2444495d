import { exampleQuestions, fieldOf, followUpExamples } from "../compose/identity.js";
import { careerNames, topicsIKnow } from "../compose/replies.js";
import { starterQuestions } from "../compose/suggestions.js";
import type { IntentModule, Rule } from "./intent-module.js";
import type { Cue } from "../understand/lexicon.js";

/** A greeting, thanks, goodbye or a plea for help with nothing else in it. */
/** Cues that ask something of their own; "and", "that" and the like also end a thanks ("thanks, that helps"). */
const ASKING: readonly Cue[] = ["sources", "survey", "moreOfSame", "compare", "why", "expand", "duration", "count", "beyondSources"];

export const smalltalkAlone: Rule = {
  name: "smalltalk",
  decide({ u, smalltalk }) {
    const named = u.careers.length + u.shortNamed.length + u.terms.length + u.backgrounds.length + u.otherJobs.length + u.scopes.length;
    // "Hi! Where is that from? Thanks": a greeting around a question is no greeting alone.
    const asks = u.ordinal !== undefined || u.conditions.length > 0 || u.claims.length > 0 || ASKING.some((cue) => u.cues.has(cue));
    if (!smalltalk || named || asks || u.topics.length || u.weakTopics.length) return undefined;
    return { kind: "smalltalk", about: smalltalk };
  },
};

export const smalltalk: IntentModule<"smalltalk"> = {
  compose(knowledge, { about }) {
    const field = fieldOf(knowledge);
    const offer = `I can tell you about ${careerNames(knowledge)}: ${topicsIKnow(knowledge)}. Every answer names its sources.`;
    const followUps = followUpExamples(knowledge);
    const howToAsk = `Ask in your own words, for example ${quoted(exampleQuestions(knowledge), "or")}.${followUps.length ? ` Follow-up questions like ${quoted(followUps, "or")} work too.` : ""}`;
    const text = {
      greeting: knowledge.advisor ? `${knowledge.advisor.introduction}\n\nI know about ${careerNames(knowledge)}.` : `Hi! ${offer}`,
      help: `${offer}\n\n${howToAsk}`,
      thanks: `You're welcome! Ask me anything else${field ? ` about ${field}` : ""}.`,
      goodbye: "Good luck with your career plans! Come back any time.",
    }[about];
    return { kind: "smalltalk", text, sources: [], suggestions: about === "goodbye" ? [] : starterQuestions(knowledge) };
  },
  remember: () => undefined,
};

/** "a", "b" or "c", each in quotes. */
const quoted = (items: readonly string[], joiner: string) => {
  const q = items.map((item) => `"${item}"`);
  return q.length < 2 ? q.join("") : `${q.slice(0, -1).join(", ")} ${joiner} ${q.at(-1)}`;
};
