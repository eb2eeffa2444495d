import { z } from "zod";
import { PLAN_QUESTIONS, type PlanQuestionId } from "./plan-questions.js";
import { TOPICS } from "./topics.js";

// One schema per knowledge file; the TypeScript types below are inferred from them and nowhere else.

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case id with dashes, like web-developer");

const Phrase = z.string().trim().min(1, "expected a non-empty phrase");

/** One statement in the knowledge base's own words, with the sources it rests on. */
export const Point = z.strictObject({
  text: z.string().trim().min(1, "expected the statement's text"),
  sources: z.array(Id).min(1, "expected at least one source id from sources.yaml"),
  year: z.string().optional().describe("The year or period the statement describes, where a source gives one (shown with the citation)."),
});

export { TOPICS };
export const Topic = z.enum(TOPICS);

export const BACKGROUNDS = ["clinical", "it", "no-degree"] as const;
export const Background = z.enum(BACKGROUNDS);

export const TopicNotes = z.strictObject({
  points: z.array(Point).default([]).describe("May be left out where a typed field (pay, outlook) says it all and only the reasons need words."),
  why: z.array(Point).optional().describe("Reasons behind the points, given when someone asks \"why?\"."),
});

/** What a pay figure is counted per; a year unless a file says otherwise, so older files keep their meaning. */
export const PAY_UNITS = ["year", "hour"] as const;

/** A pay figure as a typed value, so figures can be filtered and compared rather than quoted. */
export const PayFigure = z.strictObject({
  amount: z.number().positive("expected a positive amount, like 52940 (no currency sign or commas)"),
  unit: z.enum(PAY_UNITS).default("year").describe("Per year (the default) or per hour."),
  /** An ISO 4217 code; US dollars unless a file says otherwise. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "expected a three-letter ISO 4217 currency code in capitals, like USD, GBP or EUR")
    .default("USD"),
  measure: z.enum(["median", "average"]),
  year: z.string().regex(/^\d{4}$/, "expected a four-digit year"),
  scope: z.enum(["overall", "level", "setting"]).describe("Who the figure covers: everyone in the role, one level of seniority, or one work setting."),
  label: z.string().min(1).describe("Words for the group, as they read in a sentence (\"department heads\")."),
  matches: z.array(Phrase).default([]).describe("Words people use to ask for this group (\"in schools\", \"execs\")."),
  highest: z.boolean().default(false).describe("Marks the highest-paying setting or level the source names."),
  sources: z.array(Id).min(1),
});

export const Outlook = z.strictObject({
  growthPercent: z.number(),
  from: z.string().regex(/^\d{4}$/),
  to: z.string().regex(/^\d{4}$/),
  comparison: z.string().min(1).describe("How the source compares the growth with other occupations."),
  group: z.string().min(1).describe("Who the projection covers, when it is broader or narrower than the career itself."),
  sources: z.array(Id).min(1),
});

/** Something a source (or a career's file) has nothing on, so the advisor says so instead of answering around it. */
export const NotCovered = z.strictObject({
  what: z.string().trim().min(1, "expected words for what is not covered, like hourly pay").describe("What is missing, as it reads after \"nothing on\" (\"hourly pay\", \"other countries\", \"remote work\")."),
  asked: z.array(Phrase).min(1, "expected at least one phrase that asks for it, like per hour").describe("Words that ask for it (\"per hour\", \"hourly\")."),
});

/** The four questions of a guided plan, asked in this order. */

/** Where a career sits in a guided plan: the schooling it asks for, and what in it draws people, each with its sources. */
export const CareerPlan = z.strictObject({
  schooling: z
    .strictObject({
      level: Id.describe("The id of an option of the schooling question in advisor.yaml's plan (\"associate\")."),
      years: z.number().positive("expected the years of schooling as a number, like 2").optional().describe("How long that schooling takes, where the sources say; left out, a plan says they do not."),
      subject: z
        .array(Phrase)
        .min(1, "expected at least one way people name the subject, written [a, b]; leave `subject` out when the sources name none")
        .optional()
        .describe("The field the schooling is in, where the sources name one, as people say it (\"accounting\"); a degree someone holds meets it only when they or their background say one of these."),
      sources: z.array(Id).min(1, "expected at least one source id from sources.yaml"),
    })
    .describe("The schooling most positions ask for."),
  interests: z
    .array(Point.extend({ id: Id.describe("The id of an option of the interest question in advisor.yaml's plan (\"data\").") }))
    .min(1, "expected at least one interest, like {id: data, text: ..., sources: [...]}")
    .describe("What in the work answers each interest, the strongest first, each with a sentence of why."),
});

export const Career = z.strictObject({
  id: Id,
  name: z.string().min(1),
  plural: z.string().min(1).describe("How the career reads as the subject of a sentence (\"web developers earn…\")."),
  aliases: z.array(Phrase).min(1, "expected at least one name people use for the career"),
  related: z.array(Id).default([]).describe("Careers the sources present as alternatives to this one (ids of other career files)."),
  topics: z.partialRecord(Topic, TopicNotes),
  pay: z.array(PayFigure).default([]),
  outlook: Outlook.optional(),
  paths: z.partialRecord(Background, z.array(Point).min(1)).default({}).describe("Ways into the career by the asker's background."),
  notCovered: z.array(NotCovered).default([]).describe("What this career's figures leave out, beyond what its sources already say they leave out."),
  plan: CareerPlan.optional().describe("Where the career sits in a guided plan; a career without one is never a step."),
});

const SOURCE_KINDS = ["document", "agency", "survey", "reference"] as const;

export const Source = z.strictObject({
  id: Id,
  kind: z.enum(SOURCE_KINDS),
  title: z.string().min(1),
  short: z.string().min(1).optional(),
  publisher: z.string().optional(),
  date: z.string().optional().describe("When the document was last updated, or the year a survey describes."),
  cites: z.array(Id).default([]).describe("Other sources this one cites (ids)."),
  notes: z.array(Point).default([]).describe("What the source says about itself: its size, make-up and caveats."),
  notCovered: z.array(NotCovered).default([]).describe("What the source has nothing on: other units, places, kinds of work."),
  place: z.string().trim().min(1).optional().describe("The country its figures describe as a whole, by its English name (\"United States\"): a question about anywhere else, or a part of it, is one they do not cover."),
});

export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });

export const GlossaryTerm = z.strictObject({
  id: Id,
  term: z.string().min(1),
  expansion: z.string().min(1),
  aliases: z.array(Phrase).default([]),
  topic: Topic.optional().describe("The topic a question about the term belongs to when a career is named (\"is a CDL worth it for drivers?\")."),
  meaning: Point.describe("General knowledge about the term, cited to a reference source, never to the documents."),
  inSources: z.array(Point).default([]).describe("What the documents themselves say about the term."),
});

export const GlossaryFile = z.strictObject({ terms: z.array(GlossaryTerm).min(1) });

const PhraseList = z.array(Phrase).min(1);
const OptionalPhraseList = PhraseList.default([]);

const OccupationTitle = z
  .string()
  .regex(/^[a-z0-9][a-z0-9 '&+\-]*$/, "expected a lower-case occupation title, like marine biologist");

/** The words that carry meaning in a question, kept as data so they can grow without code changes. */
export const VocabularyFile = z.strictObject({
  topics: z.partialRecord(Topic, PhraseList).describe("Words that ask about each topic; a topic without any is asked about only through weaker words and acronyms (`check` warns)."),
  weakTopics: z.partialRecord(Topic, PhraseList).default({}).describe("Topic words that also appear in other senses (\"make\"), counted only when no other topic word is present."),
  /** A background a knowledge base has no way in for may be left out. */
  backgrounds: z.strictObject(
    Object.fromEntries(BACKGROUNDS.map((b) => [b, OptionalPhraseList])) as Record<(typeof BACKGROUNDS)[number], typeof OptionalPhraseList>,
  ),
  selfReference: PhraseList.describe("Words that mark the asker talking about themselves (\"I'm a teacher\"), so a job word reads as a background."),
  compare: PhraseList,
  why: PhraseList,
  highest: PhraseList,
  followUp: PhraseList.describe("Pronouns and lead-ins that point back to what was just discussed."),
  affirm: PhraseList,
  expand: PhraseList,
  moreOfSame: PhraseList,
  ordinals: PhraseList,
  lastOne: z.array(Phrase).default([]).describe("Words that pick the last of the things a reply offered (\"the last\", \"the last one\")."),
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
  otherOccupations: z.array(Phrase).default([]).describe("Jobs outside the knowledge base, so a question about them is answered as out of scope (older name of `occupations`)."),
  occupations: z.array(OccupationTitle).default([]).describe("Occupation titles, lower-case, one a line: any that is not a career here is a job this advisor does not cover."),
  subjectLeads: z.array(Phrase).default([]).describe("Words before a job's name in a question (\"what does an X earn\")."),
  subjectTails: z.array(Phrase).default([]).describe("Words after a job's name in a question (\"X salary\")."),
  judgement: z.array(Phrase).default([]).describe("Asking whether a figure is a lot (\"is that good money?\")."),
  samePlace: z.array(Phrase).default([]).describe("Pointing back to the pay group just given (\"… make there?\")."),
  fillers: z.array(Phrase).default([]).describe("Words a phrase still matches across (\"never finished a degree\" matches \"never really finished any degree\")."),
  contractions: z.record(z.string().regex(/^\S+ \S+$/, "expected two words, like: do not"), Phrase).default({}).describe("Two words read as one (\"do not\": dont), so phrases match contracted or not."),
  theOther: z.array(Phrase).default([]).describe("The career discussed before the last one (\"the other job you mentioned\")."),
  figures: z.array(Phrase).default([]).describe("Words that point at a figure just given (\"that figure\", \"that number\")."),
  pointers: z
    .strictObject({
      sources: z.partialRecord(z.enum([...SOURCE_KINDS, "any"]), z.array(Phrase)).default({}).describe("Nouns for one source, by its kind or any (\"that survey\", \"the source\"): the one the last reply cited."),
      terms: z.partialRecord(Topic, z.array(Phrase)).default({}).describe("Nouns for a term of a topic (certifications: \"certification\"): \"the first certification\" is the last reply's first such term."),
      alone: z.array(Phrase).default([]).describe("Pointing without a noun (\"that one\"): the one term the last reply held, when it held only one."),
    })
    .default({ sources: {}, terms: {}, alone: [] })
    .describe("Words that point at one thing the last reply held, by its type, after \"that\", \"the\" or an ordinal."),
  routes: z.array(Phrase).default([]).describe("Nouns for a way into a career (\"route\", \"path\", \"way in\"): \"the two-year route\" is then found by the careers' own words."),
  pickByWord: z.array(Phrase).default([]).describe("Words after a name's last word that pick one career by it (\"the tech one\")."),
  contradicted: z.partialRecord(Topic, z.array(Phrase)).default({}).describe("Claims the sources contradict, under the topic whose answer corrects them (\"phd\" under education)."),
  premise: z.array(Phrase).default([]).describe("Words that mark a question resting on a claim (\"…, right?\"), so a figure in it is checked."),
  subjectFollowUps: z.array(Phrase).default([]).describe("Lead-ins that make a bare name ending a message a follow-up about that job (\"and Xs?\")."),
  stopWords: PhraseList.describe("Words that carry no meaning for matching."),
  spellings: z.record(z.string().regex(/^\S+$/, "expected one word, like: wat"), Phrase).default({}).describe("Chat spellings read as the words they stand for (\"wat\": what, \"u\": you)."),
  unanswerable: z.array(Phrase).default([]).describe("Questions no source answers (\"how many of them are there\"): the reply says so before what the sources do say."),
  duration: z.array(Phrase).default([]).describe("Asking how long something takes (\"how long does that take\"): answered from the schooling, and said to be beyond the sources after anything else."),
  count: z.array(Phrase).default([]).describe("Asking how many (\"how many\", \"number of\"): the sources count only years of schooling, pay and the survey, so any other count is beyond them."),
  conditions: z
    .strictObject({
      now: z.array(Phrase).default([]).describe("Asking about the present (\"nowadays\", \"these days\", \"more recent\"): the sources describe their own years only."),
      money: z.array(Phrase).default([]).describe("Kinds of money beyond pay figures (\"tuition\", \"bonuses\", \"benefits\"): not covered unless the careers' own words mention them."),
      working: z.array(Phrase).default([]).describe("Ways of working (\"remote\", \"part time\", \"nights\"): not covered unless the careers' own words mention them."),
      experience: z.array(Phrase).default([]).describe("Stages of a career (\"first year\", \"entry level\"): not covered unless the careers' own words mention them."),
    })
    .default({ now: [], money: [], working: [], experience: [] })
    .describe("Conditions a question may put on an answer; each is checked against the knowledge, and said to be not covered first when it is not."),
  shortNameWords: z.array(Phrase).default([]).describe("Words after part of a career's name that make it a name (\"the database guys\", \"IT people\")."),
  manner: z.array(Phrase).default([]).describe("Words of manner that ask nothing (\"in plain terms\"): \"what does a plumber do, in plain terms\" still asks what they do."),
  beside: z.array(z.string().regex(/^\S+$/, "expected one word, like: like")).default([]).describe("Words right before a job that set it beside the question's subject (\"a license like radiology techs do?\"): the job is said to be not covered, and the question answered of the career."),
  lessSchooling: z.array(Phrase).default([]).describe("Asking for a way in with less schooling (\"a shorter path\", \"less school\"): the careers whose schooling comes earlier in the plan's order of schooling levels."),
  between: z.array(Phrase).default([]).describe("Asking for what lies between two things just given (\"somewhere in between?\" after two pay groups): the one between them in the knowledge's order."),
  plan: z.array(Phrase).default([]).describe("Words that ask for a guided career plan (\"help me plan\", \"where do I start\")."),
});

const PlanOption = z.strictObject({
  id: Id,
  label: Phrase.describe("The option as a button reads; typed back, it picks the option."),
  words: z.array(Phrase).default([]).describe("Other words that pick the option (\"construction\", \"labourer\")."),
  background: Background.optional().describe("A background from vocabulary.yaml whose words also pick it; on the background question, the careers' `paths` it reads."),
  otherJobs: z.boolean().default(false).describe("Picked by naming any job the knowledge does not cover (\"I'm a cashier\")."),
  years: z.number().nonnegative().optional().describe("On the time question: the most years of school the option allows; left out, no limit."),
});

const PlanQuestion = z.strictObject({
  ask: Phrase.describe("The question as the advisor asks it."),
  options: z.array(PlanOption).min(2, "expected 2 to 5 options").max(5, "expected 2 to 5 options"),
});

/** The guided plan's interview: a folder without it answers "plan" by saying it cannot make one. */
export const AdvisorPlan = z.strictObject({
  intro: Phrase.describe("Said before the first question."),
  questions: z.strictObject(Object.fromEntries(PLAN_QUESTIONS.map((q) => [q, PlanQuestion])) as Record<PlanQuestionId, typeof PlanQuestion>).describe(
    "The four questions; schooling options go from least to most schooling.",
  ),
});

/** How the advisor presents itself; everything it says about its own field comes from here. */
export const AdvisorFile = z.strictObject({
  name: z.string().trim().min(1).describe("What it calls itself."),
  field: z.string().trim().min(1).describe("Its subject, as it reads after \"I advise on\" (\"careers in the skilled trades\")."),
  introduction: z.string().trim().min(1).describe("One paragraph that greets someone new and says what it can do."),
  examples: z.array(Phrase).min(1, "expected at least one example question").describe("Questions shown as examples of how to ask, in the greeting and in help."),
  followUpExamples: z.array(Phrase).default([]).describe("Follow-ups shown in help to say that context carries over (\"and in schools?\", \"why?\")."),
  suggestions: z.array(Phrase).default([]).describe("Questions offered as buttons to someone who does not know what to ask."),
  offers: z.array(Topic).min(1, "expected at least one topic, like pay").describe("The topics help offers, in order."),
  backgrounds: z.partialRecord(Background, z.string().trim().min(1)).default({}).describe("How each background reads in \"Becoming a … with …\" (\"an IT background without experience in the field\")."),
  documentNoun: z.strictObject({ one: Phrase, many: Phrase }).default({ one: "document", many: "documents" }).describe("What the documents are called, one and several (\"report\", \"reports\"; \"fact sheet\", \"fact sheets\")."),
  plan: AdvisorPlan.optional().describe("The guided plan's questions and their options."),
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
export type AdvisorPlan = z.infer<typeof AdvisorPlan>;
export type CareerPlan = z.infer<typeof CareerPlan>;
