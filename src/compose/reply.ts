import type { Intent } from "../decide.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Career, Topic } from "../knowledge/schema.js";
import type { Reply } from "../types.js";
import { topicSection } from "./answer.js";
import { citationsFor } from "./citations.js";
import { compareSection } from "./compare.js";
import { glossarySection } from "./glossary.js";
import {
  didYouMeanReply,
  noDataReply,
  notUnderstoodReply,
  otherCareerReply,
  smalltalkReply,
  whichCareerReply,
  whichComparisonReply,
} from "./replies.js";
import { joinSections, type Section } from "./section.js";
import { sourcesSection } from "./sources.js";
import { MAX_SUGGESTION_LENGTH, starterQuestions, suggestTopics } from "./suggestions.js";
import { capitalise, listing, TOPIC_LABEL } from "./wording.js";

/** Turns a decision into words: the only place that knows which composer serves which intent. */
export function composeReply(knowledge: Knowledge, intent: Intent): Reply {
  const reply = replyFor(knowledge, intent);
  const suggestions = [...new Set(reply.suggestions)].filter((s) => s.length <= MAX_SUGGESTION_LENGTH);
  return { ...reply, suggestions };
}

function replyFor(knowledge: Knowledge, intent: Intent): Reply {
  const career = (id: string): Career => knowledge.careers.get(id)!;
  switch (intent.kind) {
    case "answer":
      return answerReply(knowledge, intent);
    case "compare": {
      const careers = intent.careers.map(career);
      const section = compareSection(knowledge, careers, intent.topic);
      return answerOf(knowledge, section, {
        title: `${careers.map((c) => c.name).join(" vs ")}: ${TOPIC_LABEL[intent.topic]}`,
        careerIds: intent.careers,
        topic: intent.topic,
        suggestions: suggestTopics(knowledge, careers[0]!, [intent.topic]).slice(0, 2),
      });
    }
    case "glossary": {
      const section = glossarySection(knowledge, intent.terms);
      return answerOf(knowledge, section, { title: "Glossary", careerIds: [], topic: "glossary", suggestions: starterQuestions(knowledge) });
    }
    case "sources":
      return answerOf(knowledge, sourcesSection(knowledge, intent.focus, intent.careers.map(career), intent.topic), { title: "Sources", careerIds: [], topic: "sources", suggestions: starterQuestions(knowledge) });
    case "which-career":
      return whichCareerReply(knowledge, intent.topic, intent.options);
    case "which-comparison":
      return whichComparisonReply(knowledge, intent.topic);
    case "did-you-mean":
      return didYouMeanReply(knowledge, intent.careers, intent.topic);
    case "other-career":
      return otherCareerReply(knowledge);
    case "smalltalk":
      return smalltalkReply(knowledge, intent.about);
    case "not-understood":
      return notUnderstoodReply(knowledge);
  }
}

function answerReply(knowledge: Knowledge, intent: Extract<Intent, { kind: "answer" }>): Reply {
  const careers = intent.careers.map((id) => knowledge.careers.get(id)!);
  const several = careers.length > 1 || intent.topics.length > 1;
  const sections: Section[] = [];
  const missing: string[] = [];
  for (const career of careers) {
    for (const topic of intent.topics) {
      const section = topicSection(knowledge, career, { ...intent, topic });
      if (!section) missing.push(`the ${TOPIC_LABEL[topic]} of ${career.plural}`);
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
  if (intent.unmatched) sections.unshift({ text: `My sources don't cover that for ${listing(careers.map((c) => c.plural))}. What they do say:`, cited: [] });
  return answerOf(knowledge, joinSections(sections), {
    title: careers.length === 1 ? `${first.name}: ${intent.topics.map((t) => TOPIC_LABEL[t]).join(", ")}` : careers.map((c) => c.name).join(", "),
    careerIds: intent.careers,
    topic,
    suggestions: suggestTopics(knowledge, first, intent.topics),
  });
}

/** Starts a section with the career it is about, unless its text already names it. */
function named(section: Section, career: Career, topic: Topic | undefined): Section {
  const heading = `${capitalise(career.plural)}${topic ? `, ${TOPIC_LABEL[topic]}` : ""}:`;
  const firstLine = section.text.split("\n")[0]!.toLowerCase();
  if (firstLine.includes(career.name.toLowerCase()) || firstLine.includes(career.plural.toLowerCase())) return section;
  return { ...section, text: `${heading}\n${section.text}` };
}

function answerOf(
  knowledge: Knowledge,
  section: Section,
  details: { title: string; careerIds: string[]; topic: string; suggestions: string[] },
): Reply {
  return { kind: "answer", text: section.text, sources: citationsFor(knowledge, section.cited), ...details };
}
