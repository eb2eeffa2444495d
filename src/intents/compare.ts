import { answerOf } from "../compose/reply.js";
import { careerNames, clarify } from "../compose/replies.js";
import { suggestTopics } from "../compose/suggestions.js";
import { labelOf } from "../compose/wording.js";
import { careersWith, compareSection } from "../compose/topics/index.js";
import { carried, recent, type IntentModule, type Rule } from "./intent-module.js";

/** Careers one ranking sets side by side. */
const MAX_COMPARED = 4;

/** Careers named in answer to "which careers should I compare?". */
export const comparisonPicked: Rule = {
  name: "comparison-picked",
  decide({ chosen, state, topics }) {
    if (chosen.length < 2 || state?.last.kind !== "which-comparison") return undefined;
    return { kind: "compare", careers: chosen, topic: topics[0] ?? state.topic ?? "overview" };
  },
};

/** "Which pays more, A or B?"; with one career named, the other comes from the conversation. */
export const compareCareers: Rule = {
  name: "compare",
  decide({ u, comparing, chosen, remembered, topics, topicFromContext }) {
    if (!comparing) return undefined;
    const pair = chosen.length >= 2 ? chosen : [...chosen, ...remembered.filter((id) => !chosen.includes(id))].slice(0, 2);
    const topic = topics[0] ?? (u.cues.has("highest") ? "pay" : topicFromContext) ?? "overview";
    // One career and a pay group ("how do schools compare?") compares groups within the career.
    if (pair.length >= 2 && !(chosen.length < 2 && u.scopes.length)) return { kind: "compare", careers: pair, topic };
    if (!chosen.length && !remembered.length) return { kind: "which-comparison", topic };
    return undefined;
  },
};

/** After a comparison, a new topic compares the same careers again. */
export const compareAgain: Rule = {
  name: "compare-again",
  decide({ chosen, state, topics, remembered }) {
    const lastCompared = state?.last.kind === "compare" || state?.last.kind === "which-comparison";
    if (chosen.length || !lastCompared || !topics.length || remembered.length < 2) return undefined;
    return { kind: "compare", careers: remembered.slice(0, 2), topic: topics[0]! };
  },
};

/** "Which career pays the most?" ranks every career the sources give figures for. */
export const rankCareers: Rule = {
  name: "rank",
  decide({ u, subject, topics, knowledge }) {
    if (subject.length || !u.cues.has("highest") || !topics.some((t) => t === "pay" || t === "outlook")) return undefined;
    const topic = topics.includes("pay") ? "pay" : "outlook";
    const ranked = careersWith(knowledge, topic);
    return ranked.length > 1 ? { kind: "compare", careers: ranked.slice(0, MAX_COMPARED), topic } : undefined;
  },
};

export const compare: IntentModule<"compare"> = {
  compose(knowledge, intent) {
    const careers = intent.careers.map((id) => knowledge.careers.get(id)!);
    return answerOf(knowledge, compareSection(knowledge, careers, intent.topic), {
      title: `${careers.map((c) => c.name).join(" vs ")}: ${labelOf(intent.topic)}`,
      careerIds: intent.careers,
      topic: intent.topic,
      suggestions: suggestTopics(knowledge, careers[0]!, [intent.topic]).slice(0, 2),
    });
  },
  remember: (intent, previous) => ({ ...carried(previous, { kind: "compare" }), careers: recent(intent.careers, previous), topic: intent.topic }),
};

export const whichComparison: IntentModule<"which-comparison"> = {
  compose(knowledge, { topic }) {
    const [a, b] = careersWith(knowledge, topic).slice(0, 2).map((id) => knowledge.careers.get(id)!);
    return clarify(`Which careers should I compare? I know about ${careerNames(knowledge)}.`, a && b ? [`Compare ${labelOf(topic)}: ${a.plural} vs ${b.plural}`] : []);
  },
  remember: (intent, previous) => ({ ...carried(previous, { kind: "which-comparison" }), topic: intent.topic }),
};
