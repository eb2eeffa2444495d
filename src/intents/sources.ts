import { citationLabel } from "../chat/sources-line.js";
import { citationsFor } from "../compose/citations.js";
import { documentsNoun } from "../compose/identity.js";
import { answerOf } from "../compose/reply.js";
import { citedOf, type Section } from "../compose/section.js";
import { starterQuestions } from "../compose/suggestions.js";
import { careerCitations } from "../compose/topics/index.js";
import { bullets, labelOf } from "../compose/wording.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Career, Topic } from "../knowledge/schema.js";
import type { SourcesFocus } from "../state.js";
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

/** Where the advisor's knowledge comes from, how current it is, and the caveats the documents give. */
function sourcesSection(knowledge: Knowledge, focus: SourcesFocus, careers: readonly Career[], topic?: Topic): Section {
  const sources = [...knowledge.sources.values()];
  if (careers.length) {
    const cited = careers.flatMap((career) => careerCitations(career, topic));
    const names = careers.map((c) => c.plural).join(" and ");
    if (!cited.length) return { text: `My sources have nothing on the ${topic ? labelOf(topic) : "subject"} of ${names}, so there is nothing to cite.`, cited };
    return { text: `What I know about ${names} comes from:\n${bullets(citationsFor(knowledge, cited).map(citationLabel))}`, cited };
  }
  if (focus === "survey") {
    const surveys = sources.filter((s) => s.kind === "survey");
    const notes = surveys.flatMap((s) => s.notes);
    const titles = surveys.map((s) => `${s.publisher ?? s.title}${s.date ? `, ${s.date}` : ""}`);
    return { text: `About the ${titles.join(" and ")}:\n${bullets(notes.map((n) => n.text))}`, cited: notes.map(citedOf) };
  }
  const documents = sources.filter((s) => s.kind === "document");
  const lines = [`My answers come from ${documentsNoun(knowledge, documents.length)}:`];
  lines.push(bullets(documents.map((d) => `${d.title}${d.date ? ` (updated ${d.date})` : " (undated)"}`)));
  const notes = sources.flatMap((s) => s.notes);
  if (notes.length) lines.push(bullets(notes.map((n) => n.text)));
  const newest = Math.max(...[...knowledge.careers.values()].flatMap((c) => c.pay.map((f) => Number(f.year))));
  if (Number.isFinite(newest)) lines.push(`The newest pay figures here describe ${newest}; check a current source for today's numbers.`);
  return { text: lines.join("\n"), cited: [...documents.map((d) => ({ sources: [d.id] })), ...notes.map(citedOf)] };
}
