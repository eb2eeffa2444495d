import type { Knowledge } from "../knowledge/load.js";
import type { PlanQuestionId } from "../knowledge/plan-questions.js";
import type { Background, Career, Topic } from "../knowledge/schema.js";
import type { PayScope } from "../state.js";
import { contractionsOf, joinContractions, type Contractions } from "./contractions.js";
import { toWords } from "./normalise.js";
import { singularCandidates } from "./plural.js";
import { createPhraseIndex, createPhraseTable, type PhraseIndex, type PhraseTable } from "./phrases.js";
import { createSpeller, type Speller } from "./spelling.js";
import type { Spellings } from "./spellings.js";
import type { ConditionClass } from "./conditions.js";
import { gazetteer, type Place } from "./gazetteer.js";
import { memoised } from "./memoised.js";

/** Things a question can be about; they compete for the same words ("IT technician" may be a background, not the career). */
export type Entity =
  | { kind: "career"; id: string }
  | { kind: "term"; id: string }
  | { kind: "background"; id: Background }
  | { kind: "occupation"; name: string }
  | { kind: "place" };

export const CUES = ["theOther", "samePlace", "judgement", "premise", "compare", "versusAll", "why", "highest", "followUp", "selfReference", "affirm", "expand", "moreOfSame", "lastOne", "beyondSources", "duration", "count", "between", "lessSchooling", "sources", "survey", "greeting", "thanks", "goodbye", "help", "plan"] as const;
export type Cue = (typeof CUES)[number];

export type { PayScope };

/** One option of a guided plan's question, as an answer picks it. */
export type PlanAnswer = { question: PlanQuestionId; option: string };

/** Something a source or a career's file has nothing on, as a question asks for it: `owner` is the source or career that says so. */
export type NotCoveredAsked = { owner: string; what: string };

/** Everything needed to read a question, built once per knowledge base. */
export type Lexicon = {
  stopWords: ReadonlySet<string>;
  canonical(word: string): string;
  isKnown(word: string): boolean;
  speller: Speller;
  entities: PhraseTable<Entity>;
  topics: PhraseTable<Topic>;
  weakTopics: PhraseTable<Topic>;
  scopes: PhraseTable<PayScope>;
  /** The scopes whose figure covers one level of seniority. */
  levels: ReadonlySet<PayScope>;
  /** Every cue but talk about oneself, which may overlap a name ("coming from IT"). */
  cues: PhraseIndex<Cue>;
  selfReference: PhraseIndex<Cue>;
  /** Words that pick an option by position ("the second one"), first to last. */
  ordinals: readonly string[];
  jobTitles: ReadonlySet<string>;
  /** Words of manner that ask nothing ("in plain terms"), each as its words joined. */
  manner: ReadonlySet<string>;
  /** Words right before a job that set it beside the question's subject ("like radiology techs"). */
  beside: ReadonlySet<string>;
  /** Two words that mean one ("do not" → "dont"), so phrases match however the asker spelt them. */
  contractions: Contractions;
  /** Careers by a word of their names, so "the tech one" can pick one. */
  careersByWord: ReadonlyMap<string, readonly string[]>;
  /** Careers by any run of words inside one of their names ("info tech", "health information"). */
  careersByNamePart: ReadonlyMap<string, readonly string[]>;
  /** Careers by a word of their own name and plural, not their other names: the first is the career the word names. */
  careersByOwnName: ReadonlyMap<string, readonly string[]>;
  /** Words after part of a career's name that make it a name ("the database guys"). */
  shortNameWords: ReadonlySet<string>;
  /** Chat spellings of function words ("wat", "u"), read as the words they stand for. */
  spellings: Spellings;
  /** Questions no source answers ("how many of them are there"), matched on the words outside names. */
  unanswerable: PhraseIndex<true>;
  pickByWord: ReadonlySet<string>;
  /** Where a job's name sits in a question: the words before it, after it, and the lead-ins of a bare follow-up. */
  /** Claims the sources contradict, by the topic that corrects them. */
  contradicted: PhraseTable<Topic>;
  subjectLeads: PhraseTable<true>;
  subjectTails: PhraseTable<true>;
  subjectFollowUps: PhraseTable<true>;
  notCovered: PhraseTable<NotCoveredAsked>;
  /** Countries and their parts, from the gazetteer. */
  places: PhraseTable<Place>;
  /** The vocabulary's word classes of conditions (the present, money, ways of working). */
  conditions: PhraseTable<ConditionClass>;
  /** The words that pick each option of the guided plan's questions. */
  planAnswers: PhraseTable<PlanAnswer>;
};

export const SPELLING = Object.freeze({
  /**
   * Fuse.js's cut-off while ranking candidates; the edit-distance check in the speller has the final word,
   * so the evaluation sets pass alike from 0.2 to 0.5. Two slips in a six-letter word score 0.33.
   */
  maxScore: 0.34,
  cacheSize: 5_000,
});

export function buildLexicon(knowledge: Knowledge): Lexicon {
  const { vocabulary } = knowledge;
  // A career's names feed several tables; reading each once keeps a large folder's build linear in its size.
  const wordsOf = memoised(toWords);
  const phrases: { words: string[]; add: (words: string[]) => void }[] = [];
  const rawWords = new Set<string>();
  // Words only occupation titles use are known but never a spelling correction: a typo is far likelier
  // a word of the field than "actress" ("acros" → "across", not "actress").
  const correctable = new Set<string>();
  const contractions = contractionsOf(
    Object.entries(vocabulary.contractions).map(([pair, word]) => {
      const [first, second] = toWords(pair);
      return [first!, second!, toWords(word).join(" ")] as const;
    }),
  );
  const collect = (text: string, add: (words: string[]) => void, { spellable = true } = {}) => {
    const words = joinContractions(wordsOf(text), contractions);
    words.forEach((w) => rawWords.add(w));
    if (spellable) words.forEach((w) => correctable.add(w));
    phrases.push({ words, add });
  };
  const collectAll = <T>(entries: [string[], T][], list: readonly string[], value: T) => {
    for (const phrase of list) collect(phrase, (w) => entries.push([w, value]));
  };

  const entityEntries: [string[], Entity][] = [];
  const topicEntries: [string[], Topic][] = [];
  const weakEntries: [string[], Topic][] = [];
  const scopeEntries: [string[], PayScope][] = [];
  const levels = new Set<PayScope>();
  const cueEntries = new Map<Cue, [string[], true][]>(CUES.map((cue) => [cue, []]));

  for (const career of knowledge.careers.values()) {
    const entity: Entity = { kind: "career", id: career.id };
    collectAll(entityEntries, [career.name, career.plural, ...career.aliases], entity);
    career.pay.forEach((figure, index) => {
      const scope: PayScope = { careerId: career.id, figure: index };
      if (figure.scope === "level") levels.add(scope);
      collectAll(scopeEntries, figure.matches, scope);
    });
  }
  for (const term of knowledge.glossary) collectAll(entityEntries, [term.term, term.expansion, ...term.aliases], { kind: "term", id: term.id });
  for (const [background, list] of Object.entries(vocabulary.backgrounds) as [Background, string[]][]) {
    collectAll(entityEntries, list, { kind: "background", id: background });
  }
  // A title that is also a career's name is the career; words a pay group is asked by ("director", "power plant") are that group.
  const groupWords = new Set([...knowledge.careers.values()].flatMap((c) => c.pay.flatMap((f) => f.matches)).map((m) => toWords(m).join(" ")).flatMap((m) => [m, ...singularCandidates(m)]));
  const careerNames = new Set<string>();
  for (const c of knowledge.careers.values()) [c.name, c.plural, ...c.aliases].forEach((n) => careerNames.add(wordsOf(n).join(" ")));
  for (const name of [...vocabulary.otherOccupations, ...vocabulary.occupations]) {
    if (!careerNames.has(toWords(name).join(" ")) && !groupWords.has(toWords(name).join(" "))) collect(name, (w) => entityEntries.push([w, { kind: "occupation", name }]), { spellable: false });
  }
  const shape = { leads: [] as [string[], true][], tails: [] as [string[], true][], followUps: [] as [string[], true][] };
  const claimEntries: [string[], Topic][] = [];
  for (const [topic, list] of Object.entries(vocabulary.contradicted) as [Topic, string[]][]) collectAll(claimEntries, list, topic);
  collectAll(shape.leads, vocabulary.subjectLeads, true);
  collectAll(shape.tails, vocabulary.subjectTails, true);
  collectAll(shape.followUps, vocabulary.subjectFollowUps, true);
  const unanswerableEntries: [string[], true][] = [];
  collectAll(unanswerableEntries, vocabulary.unanswerable, true);
  const notCoveredEntries: [string[], NotCoveredAsked][] = [];
  for (const owner of [...knowledge.sources.values(), ...knowledge.careers.values()]) {
    for (const { what, asked } of owner.notCovered) collectAll(notCoveredEntries, asked, { owner: owner.id, what });
  }
  collectAll(entityEntries, vocabulary.places.filter((p) => !groupWords.has(toWords(p).join(" "))), { kind: "place" });
  const conditionEntries: [string[], ConditionClass][] = [];
  for (const [kind, list] of Object.entries(vocabulary.conditions) as [ConditionClass, string[]][]) collectAll(conditionEntries, list, kind);
  // Place names stay unknown words: the question decides whether "Mayo" is a place or part of "Mayo Clinic".
  const placeEntries: [string[], Place][] = gazetteer().flatMap(({ names, place }) => names.map((name) => [toWords(name), place] as [string[], Place]));
  // Known words, but never a spelling correction: answering a plan must not change how other questions are read.
  const planEntries: [string[], PlanAnswer][] = [];
  for (const [question, { options }] of Object.entries(knowledge.advisor?.plan?.questions ?? {}) as [PlanQuestionId, { options: { id: string; label: string; words: string[] }[] }][]) {
    for (const option of options) {
      const answer: PlanAnswer = { question, option: option.id };
      for (const phrase of [option.label, ...option.words]) collect(phrase, (w) => planEntries.push([w, answer]), { spellable: false });
    }
  }
  for (const [topic, list] of Object.entries(vocabulary.topics) as [Topic, string[]][]) collectAll(topicEntries, list, topic);
  for (const [topic, list] of Object.entries(vocabulary.weakTopics) as [Topic, string[]][]) collectAll(weakEntries, list, topic);
  const cueLists: Record<Cue, string[]> = {
    premise: vocabulary.premise,
    judgement: vocabulary.judgement,
    samePlace: vocabulary.samePlace,
    theOther: vocabulary.theOther,
    compare: vocabulary.compare,
    why: vocabulary.why,
    highest: vocabulary.highest,
    followUp: vocabulary.followUp,
    versusAll: vocabulary.versusAll,
    selfReference: vocabulary.selfReference,
    affirm: vocabulary.affirm,
    expand: vocabulary.expand,
    moreOfSame: vocabulary.moreOfSame,
    lastOne: vocabulary.lastOne,
    // Set by the unanswerable index, which reads only the words outside names.
    beyondSources: [],
    duration: vocabulary.duration,
    count: vocabulary.count,
    between: vocabulary.between,
    lessSchooling: vocabulary.lessSchooling,
    sources: vocabulary.sources,
    survey: vocabulary.survey,
    ...vocabulary.smalltalk,
    plan: vocabulary.plan,
  };
  for (const cue of CUES) collectAll(cueEntries.get(cue)!, cueLists[cue], true);

  const fillers = new Set(vocabulary.fillers.flatMap((text) => toWords(text)));
  const stopWords = new Set(vocabulary.stopWords.flatMap((text) => toWords(text)));
  stopWords.forEach((w) => rawWords.add(w));
  // Plurals fold into their singular wherever the singular is known, so "schools" in a question meets "school" in a list.
  const canonical = (word: string): string => singularCandidates(word).find((singular) => rawWords.has(singular)) ?? word;
  for (const { words, add } of phrases) add(words.map(canonical));

  const speller = createSpeller([...correctable, ...stopWords], SPELLING);
  const entities = createPhraseTable(entityEntries, fillers);
  const topics = createPhraseTable(topicEntries, fillers);
  const weakTopics = createPhraseTable(weakEntries, fillers);
  const scopes = createPhraseTable(scopeEntries, fillers);
  const nameWords = memoised((name: string) => wordsOf(name).map(canonical));
  const byWord = careersByWord(knowledge, nameWords, (career) => [career.name, career.plural, ...career.aliases]);
  const byNamePart = careersByNamePart(knowledge, nameWords);
  const byOwnName = careersByWord(knowledge, nameWords, (career) => [career.name, career.plural]);
  const notCovered = createPhraseTable(notCoveredEntries, fillers);
  return {
    stopWords,
    canonical,
    isKnown: (word) => rawWords.has(word),
    speller,
    entities,
    topics,
    weakTopics,
    scopes,
    levels,
    cues: createPhraseIndex(CUES.filter((cue) => cue !== "selfReference").flatMap((cue) => cueEntries.get(cue)!.map(([w]) => [w, cue] as const)), fillers),
    selfReference: createPhraseIndex(cueEntries.get("selfReference")!.map(([w]) => [w, "selfReference" as Cue] as const), fillers),
    ordinals: vocabulary.ordinals.flatMap((text) => toWords(text)),
    jobTitles: new Set(vocabulary.jobTitles.flatMap((text) => toWords(text)).map(canonical)),
    beside: new Set(vocabulary.beside.flatMap((text) => toWords(text))),
    manner: new Set(vocabulary.manner.map((text) => toWords(text).map(canonical).join(" "))),
    careersByWord: byWord,
    careersByNamePart: byNamePart,
    careersByOwnName: byOwnName,
    shortNameWords: new Set(vocabulary.shortNameWords.flatMap((text) => toWords(text)).map(canonical)),
    spellings: new Map(Object.entries(vocabulary.spellings).map(([typed, meant]) => [typed.toLowerCase(), toWords(meant)])),
    unanswerable: createPhraseIndex(unanswerableEntries.map(([w]) => [w, true as const] as const), fillers),
    contractions,
    pickByWord: new Set(vocabulary.pickByWord.flatMap((text) => toWords(text))),
    contradicted: createPhraseTable(claimEntries, fillers),
    subjectLeads: createPhraseTable(shape.leads),
    subjectTails: createPhraseTable(shape.tails),
    subjectFollowUps: createPhraseTable(shape.followUps),
    notCovered,
    places: createPhraseTable(placeEntries),
    conditions: createPhraseTable(conditionEntries, fillers),
    planAnswers: createPhraseTable(planEntries, fillers),
  };
}

type NameWords = (name: string) => readonly string[];

/** Careers by each word of the names `names` gives for them. */
function careersByWord(knowledge: Knowledge, nameWords: NameWords, names: (career: Career) => string[]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const career of knowledge.careers.values()) {
    for (const name of names(career)) for (const word of nameWords(name)) addCareer(byWord, word, career);
  }
  return byWord;
}

function careersByNamePart(knowledge: Knowledge, nameWords: NameWords): Map<string, string[]> {
  const byPart = new Map<string, string[]>();
  for (const career of knowledge.careers.values()) {
    for (const name of [career.name, career.plural, ...career.aliases]) {
      const words = nameWords(name);
      for (let start = 0; start < words.length; start++) {
        for (let end = start + 1; end <= words.length; end++) addCareer(byPart, words.slice(start, end).join(" "), career);
      }
    }
  }
  return byPart;
}

/** Careers are added one at a time, so a career already listed under a key is the last one there. */
function addCareer(map: Map<string, string[]>, key: string, career: Career): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [career.id]);
  else if (ids.at(-1) !== career.id) ids.push(career.id);
}
