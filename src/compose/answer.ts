import type { Knowledge } from "../knowledge/load.js";
import type { Background, Career, Topic } from "../knowledge/schema.js";
import type { PayScope } from "../understand/lexicon.js";
import { outlookSection } from "./outlook.js";
import { pathsSection } from "./paths.js";
import { paySection } from "./pay.js";
import { pointsSection, type Section } from "./section.js";

export type AnswerRequest = {
  topic: Topic;
  scopes: readonly PayScope[];
  why: boolean;
  background?: Background;
  /** A short follow-up on the same topic: the headline only; the rest is offered as suggestions. */
  brief?: boolean;
};

const BRIEF_POINTS = 2;

/** What the knowledge says about one career on one topic, or undefined when it says nothing. */
export function topicSection(knowledge: Knowledge, career: Career, request: AnswerRequest): Section | undefined {
  const { topic, why } = request;
  switch (topic) {
    case "pay":
      return paySection(knowledge, career, request);
    case "outlook":
      return outlookSection(knowledge, career, why);
    case "paths":
      return pathsSection(knowledge, career, request.background);
    default: {
      const notes = career.topics[topic];
      const points = why && notes?.why ? notes.why : notes?.points;
      return points?.length ? pointsSection(request.brief ? points.slice(0, BRIEF_POINTS) : points) : undefined;
    }
  }
}
