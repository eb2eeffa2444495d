import { answerOf } from "../compose/reply.js";
import { sourcesSection } from "../compose/sources.js";
import { starterQuestions } from "../compose/suggestions.js";
import { carried, type IntentModule, type Rule } from "./intent-module.js";

/** "Says who?" asks about the last answer; "where does your data come from?" asks about the advisor. */
export const aboutSources: Rule = {
  name: "about-sources",
  decide({ u, state, topics, remembered }) {
    if (!(u.cues.has("sources") || u.cues.has("survey"))) return undefined;
    if (!u.topics.every((t) => t === "overview" || t === "pay" || t === "outlook")) return undefined;
    const lastAnswer = !u.careers.length && !u.cues.has("survey") && state?.topic && !u.words.some((w) => w === "you" || w === "your");
    const focus = u.cues.has("survey") ? "survey" : state?.last.kind === "sources" ? state.last.focus : "all";
    return {
      kind: "sources",
      focus,
      // The survey is one source whatever career it is asked about.
      careers: lastAnswer ? remembered : focus === "survey" ? [] : u.careers,
      topic: lastAnswer ? state!.topic : topics.find((t) => t !== "overview"),
    };
  },
};

/** "And managers?" after a reply about the sources goes on about the sources. */
export const moreOnSources: Rule = {
  name: "more-on-sources",
  decide({ u, state }) {
    if (state?.last.kind !== "sources" || u.careers.length || u.topics.length || !u.cues.has("followUp")) return undefined;
    return { kind: "sources", focus: state.last.focus, careers: [] };
  },
};

export const sources: IntentModule<"sources"> = {
  compose: (knowledge, intent) =>
    answerOf(knowledge, sourcesSection(knowledge, intent.focus, intent.careers.map((id) => knowledge.careers.get(id)!), intent.topic), {
      title: "Sources",
      careerIds: [],
      topic: "sources",
      suggestions: starterQuestions(knowledge),
    }),
  remember: (intent, previous) => ({ ...carried(previous, { kind: "sources", focus: intent.focus }), ...(previous?.topic ? { topic: previous.topic } : {}) }),
};
