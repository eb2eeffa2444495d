import type { Knowledge } from "../../knowledge/load.js";
import type { Background, Career, Topic } from "../../knowledge/schema.js";
import type { PayScope } from "../../state.js";
import type { Cited } from "../citations.js";
import { pointsSection, type Section } from "../section.js";

export type SectionRequest = {
  topic: Topic;
  scopes: readonly PayScope[];
  why: boolean;
  background?: Background;
  /** A short follow-up on the same topic: the headline only; the rest is offered as suggestions. */
  brief?: boolean;
};

/**
 * How answers on a topic are found in a career's file. A plain topic is the points its file gives under
 * the topic; a typed one (pay, outlook, ways in) also reads fields of its own, and overrides what it needs.
 */
export type TopicKind = {
  /** Whether the career's file says anything on the topic. */
  has(career: Career): boolean;
  /** What the career's file says on the topic, or undefined when it says nothing. */
  section(knowledge: Knowledge, career: Career, request: SectionRequest): Section | undefined;
  /** Careers side by side; without one, each career's first points. */
  compare?(knowledge: Knowledge, careers: readonly Career[]): Section;
  /** What the typed fields rest on, cited before the topic's points. */
  fieldsCite?(career: Career): Cited[];
};

const BRIEF_POINTS = 2;

export function plainKind(topic: Topic): TopicKind {
  return {
    has: (career) => Boolean(career.topics[topic]?.points.length),
    section(_knowledge, career, { why, brief }) {
      const notes = career.topics[topic];
      const points = why && notes?.why ? notes.why : notes?.points;
      return points?.length ? pointsSection(brief ? points.slice(0, BRIEF_POINTS) : points) : undefined;
    },
  };
}
