import { z } from "zod";

// One schema per knowledge file; the TypeScript types below are inferred from them and nowhere else.

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case id with dashes, like health-services-manager");

const Phrase = z.string().trim().min(1, "expected a non-empty phrase");

/** One statement in the knowledge base's own words, with the sources it rests on. */
export const Point = z.strictObject({
  text: z.string().trim().min(1, "expected the statement's text"),
  sources: z.array(Id).min(1, "expected at least one source id from sources.yaml"),
  /** The year or period the statement describes, where a source gives one (shown with the citation). */
  year: z.string().optional(),
});

export const TOPICS = [
  "overview",
  "duties",
  "education",
  "certifications",
  "pay",
  "outlook",
  "workplaces",
  "paths",
  "related",
] as const;
export const Topic = z.enum(TOPICS);

export const BACKGROUNDS = ["clinical", "it", "no-degree"] as const;
export const Background = z.enum(BACKGROUNDS);

export const TopicNotes = z.strictObject({
  /** May be left out where a typed field (pay, outlook) says it all and only the reasons need words. */
  points: z.array(Point).default([]),
  /** Reasons behind the points, given when someone asks "why?". */
  why: z.array(Point).optional(),
});

/** What a pay figure is counted per; a year unless a file says otherwise, so older files keep their meaning. */
export const PAY_UNITS = ["year", "hour"] as const;

/** A pay figure as a typed value, so figures can be filtered and compared rather than quoted. */
export const PayFigure = z.strictObject({
  amount: z.number().positive("expected a positive amount, like 52940 (no currency sign or commas)"),
  /** Per year (the default) or per hour. */
  unit: z.enum(PAY_UNITS).default("year"),
  /** An ISO 4217 code; US dollars unless a file says otherwise. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "expected a three-letter ISO 4217 currency code in capitals, like USD, GBP or EUR")
    .default("USD"),
  measure: z.enum(["median", "average"]),
  year: z.string().regex(/^\d{4}$/, "expected a four-digit year"),
  /** Who the figure covers: everyone in the role, one level of seniority, or one work setting. */
  scope: z.enum(["overall", "level", "setting"]),
  /** Words for the group, as they read in a sentence ("department heads"). */
  label: z.string().min(1),
  /** Words people use to ask for this group ("in hospitals", "execs"). */
  matches: z.array(Phrase).default([]),
  /** Marks the highest-paying setting or level the source names. */
  highest: z.boolean().default(false),
  sources: z.array(Id).min(1),
});

export const Outlook = z.strictObject({
  growthPercent: z.number(),
  from: z.string().regex(/^\d{4}$/),
  to: z.string().regex(/^\d{4}$/),
  /** How the source compares the growth with other occupations. */
  comparison: z.string().min(1),
  /** Who the projection covers, when it is broader or narrower than the career itself. */
  group: z.string().min(1),
  sources: z.array(Id).min(1),
});

/** Something a source (or a career's file) has nothing on, so the advisor says so instead of answering around it. */
export const NotCovered = z.strictObject({
  /** What is missing, as it reads after "nothing on" ("hourly pay", "other countries", "remote work"). */
  what: z.string().trim().min(1, "expected words for what is not covered, like hourly pay"),
  /** Words that ask for it ("per hour", "hourly"). */
  asked: z.array(Phrase).min(1, "expected at least one phrase that asks for it, like per hour"),
});

export const Career = z.strictObject({
  id: Id,
  name: z.string().min(1),
  /** How the career reads as the subject of a sentence ("health information technicians earn…"). */
  plural: z.string().min(1),
  aliases: z.array(Phrase).min(1, "expected at least one name people use for the career"),
  /** Careers the sources present as alternatives to this one (ids of other career files). */
  related: z.array(Id).default([]),
  topics: z.partialRecord(Topic, TopicNotes),
  pay: z.array(PayFigure).default([]),
  outlook: Outlook.optional(),
  /** Ways into the career by the asker's background. */
  paths: z.partialRecord(Background, z.array(Point).min(1)).default({}),
  /** What this career's figures leave out, beyond what its sources already say they leave out. */
  notCovered: z.array(NotCovered).default([]),
});

export const Source = z.strictObject({
  id: Id,
  kind: z.enum(["document", "agency", "survey", "reference"]),
  title: z.string().min(1),
  short: z.string().min(1).optional(),
  publisher: z.string().optional(),
  /** When the document was last updated, or the year a survey describes. */
  date: z.string().optional(),
  /** Other sources this one cites (ids). */
  cites: z.array(Id).default([]),
  /** What the source says about itself: its size, make-up and caveats. */
  notes: z.array(Point).default([]),
  /** What the source has nothing on: other units, places, kinds of work. */
  notCovered: z.array(NotCovered).default([]),
});

export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });

export const GlossaryTerm = z.strictObject({
  id: Id,
  term: z.string().min(1),
  expansion: z.string().min(1),
  aliases: z.array(Phrase).default([]),
  /** The topic a question about the term belongs to when a career is named ("is PMP worth it in health IT?"). */
  topic: Topic.optional(),
  /** General knowledge about the term, cited to a reference source, never to the documents. */
  meaning: Point,
  /** What the documents themselves say about the term. */
  inSources: z.array(Point).default([]),
});

export const GlossaryFile = z.strictObject({ terms: z.array(GlossaryTerm).min(1) });

const PhraseList = z.array(Phrase).min(1);
const OptionalPhraseList = PhraseList.default([]);

/** The words that carry meaning in a question, kept as data so they can grow without code changes. */
export const VocabularyFile = z.strictObject({
  topics: z.strictObject(Object.fromEntries(TOPICS.map((t) => [t, PhraseList])) as Record<(typeof TOPICS)[number], typeof PhraseList>),
  /** Topic words that also appear in other senses ("make"), counted only when no other topic word is present. */
  weakTopics: z.partialRecord(Topic, PhraseList).default({}),
  /** A background a knowledge base has no way in for may be left out. */
  backgrounds: z.strictObject(
    Object.fromEntries(BACKGROUNDS.map((b) => [b, OptionalPhraseList])) as Record<(typeof BACKGROUNDS)[number], typeof OptionalPhraseList>,
  ),
  /** Words that mark the asker talking about themselves ("I'm a nurse"), so a job word reads as a background. */
  selfReference: PhraseList,
  compare: PhraseList,
  why: PhraseList,
  highest: PhraseList,
  /** Pronouns and lead-ins that point back to what was just discussed. */
  followUp: PhraseList,
  affirm: PhraseList,
  expand: PhraseList,
  moreOfSame: PhraseList,
  ordinals: PhraseList,
  /**
   * The older way to say what the sources leave out: one list for all of them. Still read; a source's own
   * `notCovered` says it better. Loaded knowledge holds every phrase from both here.
   */
  beyondSources: z.array(Phrase).default([]),
  jobTitles: PhraseList,
  versusAll: PhraseList,
  places: PhraseList,
  sources: PhraseList,
  survey: PhraseList,
  smalltalk: z.strictObject({ greeting: PhraseList, thanks: PhraseList, goodbye: PhraseList, help: PhraseList }),
  /** Jobs outside the knowledge base, so a question about them is answered as out of scope. */
  otherOccupations: PhraseList,
  /** Words that carry no meaning for matching. */
  stopWords: PhraseList,
});

/** How the advisor presents itself; everything it says about its own field comes from here. */
export const AdvisorFile = z.strictObject({
  /** What it calls itself. */
  name: z.string().trim().min(1),
  /** Its subject, as it reads after "I advise on" ("careers in healthcare IT"). */
  field: z.string().trim().min(1),
  /** One paragraph that greets someone new and says what it can do. */
  introduction: z.string().trim().min(1),
  /** Questions shown as examples of how to ask, in the greeting and in help. */
  examples: z.array(Phrase).min(1, "expected at least one example question"),
  /** Follow-ups shown in help to say that context carries over ("and in hospitals?", "why?"). */
  followUpExamples: z.array(Phrase).default([]),
  /** Questions offered as buttons to someone who does not know what to ask. */
  suggestions: z.array(Phrase).default([]),
  /** The topics help offers, in order. */
  offers: z.array(Topic).min(1, "expected at least one topic, like pay"),
  /** How each background reads in "Becoming a … with …" ("a clinical background (nursing or another clinical job)"). */
  backgrounds: z.partialRecord(Background, z.string().trim().min(1)).default({}),
  /** What the documents are called, one and several ("article", "articles"; "fact sheet", "fact sheets"). */
  documentNoun: z.strictObject({ one: Phrase, many: Phrase }).default({ one: "document", many: "documents" }),
});

export type Point = z.infer<typeof Point>;
export type Topic = z.infer<typeof Topic>;
export type Background = z.infer<typeof Background>;
export type TopicNotes = z.infer<typeof TopicNotes>;
export type PayFigure = z.infer<typeof PayFigure>;
export type Outlook = z.infer<typeof Outlook>;
export type Career = z.infer<typeof Career>;
export type Source = z.infer<typeof Source>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type Vocabulary = z.infer<typeof VocabularyFile>;
export type NotCovered = z.infer<typeof NotCovered>;
export type PayUnit = (typeof PAY_UNITS)[number];
export type AdvisorIdentity = z.infer<typeof AdvisorFile>;
