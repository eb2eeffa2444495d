import { citationLabel } from "../chat/sources-line.js";
import { citationsFor } from "../compose/citations.js";
import { documentsNoun } from "../compose/identity.js";
import { answerOf } from "../compose/reply.js";
import { citedOf, type Section } from "../compose/section.js";
import { starterQuestions } from "../compose/suggestions.js";
import { careerCitations } from "../compose/topics/index.js";
import { bullets, labelOf, listing } from "../compose/wording.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Career, Topic } from "../knowledge/schema.js";
import type { SourcesFocus } from "../state.js";
import { carried, recent, type IntentModule, type Rule } from "./intent-module.js";
import type { Reading } from "../decide/reading.js";

/** "Says who?" asks about the last answer; "where does your data come from?" asks about the advisor. */
export const aboutSources: Rule = {
  name: "about-sources",
  decide({ u, state, topics, remembered, knowledge, referent }) {
    const pointed = referent?.kind === "source" && !u.careers.length ? referent.id : undefined;
    if (!(pointed || u.cues.has("sources") || u.cues.has("survey"))) return undefined;
    if (!u.topics.every((t) => t === "overview" || t === "pay" || t === "outlook")) return undefined;
    // "What do staff make, per the survey?": a pay group's pay, with its source named.
    if (u.scopes.length && [...u.topics, ...u.weakTopics].includes("pay")) return undefined;
    // "That survey", "the source's full name": the one source the last reply cited that the question points at.
    if (pointed) return { kind: "sources", focus: "all", careers: [], source: pointed, ...newer(u) };
    const lastAnswer = !u.careers.length && !u.cues.has("survey") && state?.topic && !u.words.some((w) => w === "you" || w === "your");
    const focus = u.cues.has("survey") ? "survey" : state?.last.kind === "sources" ? state.last.focus : "all";
    // "How current is the $40,430?": the career whose figure it is, and its pay.
    const quoted = u.amounts.length ? careersQuoting(knowledge, u.amounts) : [];
    if (quoted.length && !u.careers.length && !u.cues.has("survey")) return { kind: "sources", focus, careers: quoted, topic: "pay", ...newer(u) };
    // "Is that figure reliable?": the figure the last reply gave, whoever else was discussed since.
    if (referent?.kind === "figure" && !u.careers.length) return { kind: "sources", focus, careers: [referent.id.split("#")[0]!], topic: "pay", ...newer(u) };
    // "Is that number from this year?" asks about the figures of the careers just discussed.
    const figure = u.words.some((w) => w === "number" || w === "figure") && remembered.some((id) => knowledge.careers.get(id)?.pay.length);
    return {
      kind: "sources",
      focus,
      ...newer(u),

      // The survey is one source whatever career it is asked about.
      careers: lastAnswer ? remembered : focus === "survey" ? [] : u.careers,
      // "Do the sources give salaries for them?" asks about the sources of their pay, whatever was discussed;
      // "where is that from?" names no topic, only a weak "where".
      topic: lastAnswer ? (figure ? "pay" : (u.topics.find((t) => t !== "overview") ?? state!.topic)) : topics.find((t) => t !== "overview"),
    };
  },
};

/** "Is there a more recent number?": the reply says first that there is none. */
const newer = (u: Reading["u"]) => (u.conditions.some((c) => c.kind === "now") ? { newer: true } : {});

/** The careers with a pay figure equal to one the question quotes. */
function careersQuoting(knowledge: Knowledge, amounts: readonly number[]): string[] {
  return [...knowledge.careers.values()].filter((c) => c.pay.some((f) => amounts.includes(f.amount))).map((c) => c.id);
}

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
    answerOf(knowledge, intent.source ? oneSource(knowledge, intent.source) : sourcesSection(knowledge, intent.focus, intent.careers.map((id) => knowledge.careers.get(id)!), intent.topic, intent.newer === true), {
      title: "Sources",
      careerIds: [],
      topic: "sources",
      suggestions: starterQuestions(knowledge),
    }),
  // The careers asked about are the ones "that job" means next.
  remember: (intent, previous) => ({
    ...carried(previous, { kind: "sources", focus: intent.focus }),
    ...(intent.careers.length ? { careers: recent(intent.careers, previous) } : {}),
    ...(previous?.topic ? { topic: previous.topic } : {}),
  }),
};

/** One source as it is cited: its full title, who publishes it and its date, then what it says of itself. */
function oneSource(knowledge: Knowledge, id: string): Section {
  const source = knowledge.sources.get(id)!;
  const citation = [source.title, source.publisher, source.date].filter((part) => part !== undefined).join(", ");
  const notes = source.notes.length ? `\n${bullets(source.notes.map((n) => n.text))}` : "";
  return { text: `${citation}.${notes}`, cited: [{ sources: [id] }, ...source.notes.map(citedOf)] };
}

/** Where the advisor's knowledge comes from, how current it is, and the caveats the documents give. */
function sourcesSection(knowledge: Knowledge, focus: SourcesFocus, careers: readonly Career[], topic: Topic | undefined, newer: boolean): Section {
  const sources = [...knowledge.sources.values()];
  if (careers.length) {
    const cited = careers.flatMap((career) => careerCitations(career, topic));
    const names = careers.map((c) => c.plural).join(" and ");
    if (!cited.length) return { text: `My sources have nothing on the ${topic ? labelOf(topic) : "subject"} of ${names}, so there is nothing to cite.`, cited };
    // "Is that number from this year?": the years the figures describe answer it, whatever the documents' dates.
    const years = [...new Set(cited.flatMap((c) => (c.year ? [c.year] : [])))].sort();
    const described = years.length ? `\nThe figures describe ${listing(years)}.` : "";
    const none = newer && years.length ? `My sources don't have anything newer than ${years.at(-1)}.\n\n` : "";
    // Pay figures from a survey come with what the survey says of itself: who answered, and which way that leans.
    const surveyed = topic === "pay" ? [...new Set(cited.flatMap((c) => c.sources))].flatMap((id) => knowledge.sources.get(id) ?? []).filter((s) => s.kind === "survey") : [];
    const caveats = surveyed.flatMap((s) => s.notes);
    const said = caveats.length ? `\n${bullets(caveats.map((n) => n.text))}` : "";
    return { text: `${none}What I know about ${names} comes from:\n${bullets(citationsFor(knowledge, cited).map(citationLabel))}${described}${said}`, cited: [...cited, ...caveats.map(citedOf)] };
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
