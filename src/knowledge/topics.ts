// Every topic the advisor answers on, and how it speaks of each. A plain topic is this entry and nothing
// else: its answer is the points a career's file gives under it. Pay, outlook and ways in also read typed
// fields of a career's file (src/compose/topics/). Apart from the schema so the engine can list the topics
// without loading the validator.

export type TopicWords = {
  /** As it reads in a title and in "the … of web developers". */
  label: string;
  /** As it reads in "I can tell you about their …". */
  offer: string;
  /** A question about it that the advisor understands when asked back: `{who}` is the career's plural, `{a name}` its name after "a" or "an". */
  ask: string;
  /** Its place among suggested follow-ups, what people ask about most first; false for never suggested. */
  suggest: number | false;
  /** What an answer lacks when a career has nothing on it ("no pay figure"); else "nothing on the <label>". */
  missing?: string;
};

const WORDS = {
  overview: { label: "overview", offer: "what the work is", ask: "What do {who} do?", suggest: false },
  duties: { label: "duties", offer: "duties", ask: "What are the duties of {who}?", suggest: 6 },
  education: { label: "education", offer: "education", ask: "What education do {who} need?", suggest: 2 },
  certifications: { label: "certifications", offer: "certifications", ask: "Which certifications help {who}?", suggest: 4 },
  pay: { label: "pay", offer: "pay", ask: "How much do {who} earn?", suggest: 1, missing: "no pay figure" },
  outlook: { label: "job outlook", offer: "job outlook", ask: "What is the job outlook for {who}?", suggest: 3, missing: "no growth projection" },
  workplaces: { label: "workplaces", offer: "where people work", ask: "Where do {who} work?", suggest: 7 },
  paths: { label: "ways in", offer: "how to get in from your background", ask: "How do I become {a name}?", suggest: 5 },
  related: { label: "related careers", offer: "related careers", ask: "What careers are related to {who}?", suggest: 8 },
} as const satisfies Record<string, TopicWords>;

export type Topic = keyof typeof WORDS;

export const TOPIC_WORDS: Readonly<Record<Topic, TopicWords>> = WORDS;

export const TOPICS = Object.keys(WORDS) as [Topic, ...Topic[]];
