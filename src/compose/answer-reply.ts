import type { Knowledge } from "../knowledge/load.js";
import type { Background, Career, Topic } from "../knowledge/schema.js";
import type { PayScope } from "../state.js";
import { TOPICS, TOPIC_WORDS } from "../knowledge/topics.js";
import type { FallbackReply, Reply } from "../types.js";
import { hasTopic, topicSection } from "./topics/index.js";
import { fallback } from "./replies.js";
import { amountOf, payOf } from "./money.js";
import { answerOf } from "./reply.js";
import { joinSections, type Section } from "./section.js";
import { suggestTopics } from "./suggestions.js";
import { capitalise, labelOf, listing, plural } from "./wording.js";

/** What an answer is asked to cover: every topic for every career, and what to say first. */
export type AnswerAsked = {
  careers: string[];
  topics: Topic[];
  scopes: PayScope[];
  why: boolean;
  background?: Background;
  /**
   * The question asked about something the knowledge has no words for, so the answer is only the general
   * picture: what was asked, as typed, when the sources or the career's file say they leave it out.
   */
  unmatched?: { what: string; asked: string }[];
  /** Things the question names that the sources do not mention ("a Globex certification"), said first. */
  unmentioned?: string[];
  /** Jobs the sources do not cover, set against the career ("more than a teacher"). */
  otherJobs?: string[];
  /** A short follow-up on the topic just answered: the headline only. */
  brief?: boolean;
  /** The question rests on a claim the sources contradict, so the answer starts by saying no. */
  contradicts?: boolean;
};

/** The answer on each topic for each career, saying first what the sources do not cover. */
export function answerReply(knowledge: Knowledge, intent: AnswerAsked): Reply {
  const careers = intent.careers.map((id) => knowledge.careers.get(id)!);
  const several = careers.length > 1 || intent.topics.length > 1;
  const sections: Section[] = [];
  const missing: string[] = [];
  for (const career of careers) {
    for (const topic of intent.topics) {
      const section = topicSection(knowledge, career, { ...intent, topic });
      if (!section) missing.push(`the ${labelOf(topic)} of ${career.plural}`);
      // Ways in fall back to education; asked for both, say it once.
      else if (!sections.some((s) => s.text.endsWith(section.text))) sections.push(named(section, career, several ? topic : undefined));
    }
  }
  const first = careers[0]!;
  const topic = intent.topics[0]!;
  if (!sections.length) {
    return noDataReply(knowledge, intent.careers, topic, suggestTopics(knowledge, first, intent.topics));
  }
  if (missing.length) sections.push({ text: `My sources say nothing about ${listing(missing)}.`, cited: [] });
  const unmentioned = [...(intent.unmentioned ?? []), ...(intent.otherJobs ?? []).map(plural)];
  if (unmentioned.length) sections.unshift({ text: `My sources don't mention ${listing(unmentioned)}. What they do say:`, cited: [] });
  if (intent.contradicts) sections.unshift(correction(careers, topic));
  if (intent.unmatched) sections.unshift({ text: `My sources don't cover ${notCoveredWords(intent.unmatched)} for ${listing(careers.map((c) => c.plural))}. What they do say:`, cited: [] });
  // The same gaps the text admits, as data, so records of unanswered questions need not read the wording.
  const uncovered = [...(intent.unmatched ? (intent.unmatched.length ? intent.unmatched.map((e) => e.what) : ["the question as asked"]) : []), ...unmentioned, ...missing];
  return answerOf(knowledge, joinSections(sections), {
    title: careers.length === 1 ? `${first.name}: ${intent.topics.map((t) => labelOf(t)).join(", ")}` : careers.map((c) => c.name).join(", "),
    careerIds: intent.careers,
    topic,
    suggestions: suggestTopics(knowledge, first, intent.topics),
    ...(uncovered.length && { uncovered }),
  });
}

/**
 * The "no" a contradicted claim gets, with the true figure first where one career's figure answers it:
 * "No — the median was $37,110 a year; $40,430 is the average."
 */
function correction(careers: readonly Career[], topic: Topic): Section {
  const [career] = careers;
  const overall = careers.length === 1 && topic === "pay" ? career!.pay.filter((f) => f.scope === "overall") : [];
  const median = overall.find((f) => f.measure === "median");
  const average = overall.find((f) => f.measure === "average");
  if (median) {
    const rest = average ? `; ${amountOf(average)} is the average` : "";
    return { text: `No — the median for ${career!.plural} was ${payOf(median)}${rest}.`, cited: [{ sources: median.sources, ...(median.year ? { year: median.year } : {}) }] };
  }
  const outlook = careers.length === 1 && topic === "outlook" ? career!.outlook : undefined;
  if (outlook) return { text: `No — the projection was ${outlook.growthPercent}% growth from ${outlook.from} to ${outlook.to}.`, cited: [{ sources: outlook.sources }] };
  return { text: "No, not according to the sources.", cited: [] };
}

/** "other countries (canada)": what the sources leave out, and the words that asked for it when they say more. */
function notCoveredWords(entries: readonly { what: string; asked: string }[]): string {
  if (!entries.length) return "that";
  return listing(entries.map(({ what, asked }) => (what.toLowerCase().includes(asked.toLowerCase()) ? what : `${what} (${asked})`)));
}

/** Starts a section with the career it is about, unless its text already names it. */
function named(section: Section, career: Career, topic: Topic | undefined): Section {
  const heading = `${capitalise(career.plural)}${topic ? `, ${labelOf(topic)}` : ""}:`;
  const firstLine = section.text.split("\n")[0]!.toLowerCase();
  if (firstLine.includes(career.name.toLowerCase()) || firstLine.includes(career.plural.toLowerCase())) return section;
  return { ...section, text: `${heading}\n${section.text}` };
}

/** Nothing on the topic for any of the careers: said plainly, with what the sources do have on them. */
function noDataReply(knowledge: Knowledge, careerIds: readonly string[], topic: Topic, alternatives: string[]): FallbackReply {
  const plurals = listing(careerIds.map((id) => knowledge.careers.get(id)!.plural));
  const missing = TOPIC_WORDS[topic].missing;
  const covered = TOPICS.filter((t) => t !== "overview" && t !== topic && careerIds.some((id) => hasTopic(knowledge, id, t))).map(labelOf);
  const instead = covered.length ? ` I can tell you about their ${listing(covered)}.` : "";
  const text = `My sources give ${missing ?? `nothing on the ${labelOf(topic)}`} for ${plurals}, so I won't ${missing ? "guess one" : "guess"}.${instead}`;
  return fallback(text, alternatives, { topic, careerIds: [...careerIds] });
}
