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

/** A pay figure as a typed value, so figures can be filtered and compared rather than quoted. */
export const PayFigure = z.strictObject({
  amount: z.number().positive("expected a yearly amount in US dollars"),
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

const OccupationTitle = z
  .string()
  .regex(/^[a-z0-9][a-z0-9 '&+\-]*$/, "expected a lower-case occupation title, like medical scientist");

/** The words that carry meaning in a question, kept as data so they can grow without code changes. */
export const VocabularyFile = z.strictObject({
  topics: z.strictObject(Object.fromEntries(TOPICS.map((t) => [t, PhraseList])) as Record<(typeof TOPICS)[number], typeof PhraseList>),
  /** Topic words that also appear in other senses ("make"), counted only when no other topic word is present. */
  weakTopics: z.partialRecord(Topic, PhraseList).default({}),
  backgrounds: z.strictObject(
    Object.fromEntries(BACKGROUNDS.map((b) => [b, PhraseList])) as Record<(typeof BACKGROUNDS)[number], typeof PhraseList>,
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
  beyondSources: PhraseList,
  jobTitles: PhraseList,
  versusAll: PhraseList,
  places: PhraseList,
  sources: PhraseList,
  survey: PhraseList,
  smalltalk: z.strictObject({ greeting: PhraseList, thanks: PhraseList, goodbye: PhraseList, help: PhraseList }),
  /** Jobs outside the knowledge base, so a question about them is answered as out of scope (older name of `occupations`). */
  otherOccupations: z.array(Phrase).default([]),
  /** Occupation titles, lower-case, one a line: any that is not a career here is a job this advisor does not cover. */
  occupations: z.array(OccupationTitle).default([]),
  /** Words before a job's name in a question ("what does an X earn"). */
  subjectLeads: z.array(Phrase).default([]),
  /** Words after a job's name in a question ("X salary"). */
  subjectTails: z.array(Phrase).default([]),
  /** Asking whether a figure is a lot ("is that good money?"). */
  judgement: z.array(Phrase).default([]),
  /** Pointing back to the pay group just given ("… make there?"). */
  samePlace: z.array(Phrase).default([]),
  /** Words a phrase still matches across ("never finished a degree" matches "never really finished any degree"). */
  fillers: z.array(Phrase).default([]),
  /** Two words read as one ("do not": dont), so phrases match contracted or not. */
  contractions: z.record(z.string().regex(/^\S+ \S+$/, "expected two words, like: do not"), Phrase).default({}),
  /** The career discussed before the last one ("the other job you mentioned"). */
  theOther: z.array(Phrase).default([]),
  /** Words after a name's last word that pick one career by it ("the tech one"). */
  pickByWord: z.array(Phrase).default([]),
  /** Claims the sources contradict, under the topic whose answer corrects them ("phd" under education). */
  contradicted: z.partialRecord(Topic, z.array(Phrase)).default({}),
  /** Words that mark a question resting on a claim ("…, right?"), so a figure in it is checked. */
  premise: z.array(Phrase).default([]),
  /** Lead-ins that make a bare name ending a message a follow-up about that job ("and Xs?"). */
  subjectFollowUps: z.array(Phrase).default([]),
  /** Words that carry no meaning for matching. */
  stopWords: PhraseList,
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
