import type { Background, Topic } from "../knowledge/schema.js";
import type { Cue, Entity, Lexicon, NotCoveredAsked, PayScope, PlanAnswer } from "./lexicon.js";
import { literal, toWords } from "./normalise.js";
import { singularCandidates } from "./plural.js";
import type { Correction } from "./spelling.js";
import { joinContractions } from "./contractions.js";
import { subjectRuns } from "./subjects.js";
import { shortNames } from "./short-names.js";
import { respell } from "./spellings.js";
import { otherLanguage } from "./language.js";
import { conditionsIn, type Condition } from "./conditions.js";
import type { Place } from "./gazetteer.js";
import type { PhraseMatch } from "./phrases.js";

/** What a question mentions, before any conversation context is applied. */
export type Understanding = {
  words: string[];
  careers: string[];
  /** Careers recognised only through a spelling correction too loose to act on without asking. */
  doubtfulCareers: string[];
  terms: string[];
  backgrounds: Background[];
  /** Jobs this advisor does not cover, by name: from the occupation list, or by where the words sit ("what does an X earn"). */
  otherJobs: string[];
  /** Occupations named that are also a background ("teacher"), for when they turn out not to be the asker's. */
  backgroundJobs: string[];
  /** Jobs set beside the question's subject ("a license like radiology techs do"), as typed. */
  besideJobs: string[];
  /** Names the knowledge has no words for, next to a topic ("a Globex certification", "the Acme Works"), as typed. */
  unmentioned: string[];
  /** Careers a word of their name picks ("the tech one"), when the question points at an option that way. */
  pickedByWord: string[];
  /** For each part of a name used as a name ("the techs", "the managers"), the careers it fits; several when it fits several. */
  shortNamed: string[][];
  /** Words the speller changed, as typed and as read. */
  corrections: { from: string; to: string }[];
  topics: Topic[];
  /** Topics whose answer corrects a claim the question makes ("you need a PhD"). */
  claims: Topic[];
  /** Amounts of money the question states ("200k", "$500,000"). */
  amounts: number[];
  /** Percentages the question states ("40%", "40 percent"). */
  percents: number[];
  weakTopics: Topic[];
  scopes: PayScope[];
  /** The scopes that are a level of seniority ("executives"), which name their career. */
  levels: PayScope[];
  cues: ReadonlySet<Cue>;
  /** What the question asks for that a source or a career's file says it has nothing on, and the words that asked. */
  notCovered: (NotCoveredAsked & { asked: string })[];
  /** Content words that are neither known nor a likely typo of a known word. */
  unknown: string[];
  /** Job titles outside any known name ("marketing specialists"): a career this advisor does not cover. */
  unknownJobs: string[];
  /** "What does a web dev do": a trailing "do" asks about duties. */
  asksWhatTheyDo: boolean;
  /** "What is a web developer and …": a definition asked alongside another question. */
  asksWhatItIs: boolean;
  /** A position ("2", "the second one"), counted from 1, when the question picks an offered option; -1 is the last. */
  ordinal?: number;
  /** What the question asks the answer to hold for: a year, a place, the present, money, a way of working. */
  conditions: Condition[];
  /** The language the message is written in, when it is plainly not English (ISO 639-3). */
  language?: string;
  /** Options of the guided plan's questions the words pick ("I'm a welder with a diploma"). */
  planAnswers: PlanAnswer[];
};

/**
 * Corrections scoring above this are only offered back as "did you mean", never acted on. Fuse.js scores
 * a typo at about its slips per letter: one slip in "helth" is 0.2, two in "heatlh" 0.33. Below 0.2 the
 * evaluation sets lose turns to needless questions back (0.12: 182 of 188 and 128 of 130 pass).
 */
export const DOUBTFUL_CORRECTION = 0.22;

export function understand(text: string, lexicon: Lexicon): Understanding {
  const unknown: string[] = [];
  const unknownAt = new Set<number>();
  const corrections = new Map<number, Correction>();
  const rawWords = joinContractions(respell(toWords(text), lexicon.spellings), lexicon.contractions);
  let known = 0;
  const places = placesIn(text, rawWords, lexicon);
  const inPlace = new Set(places.flatMap((m) => range(m.start, m.end)));
  const words = rawWords.map((raw, i) => {
    const word = lexicon.canonical(raw);
    if (lexicon.isKnown(word) || /\d/.test(word) || inPlace.has(i)) {
      known++;
      return word;
    }
    const correction = lexicon.speller.correct(raw) ?? firstDefined(singularCandidates(raw), (s) => lexicon.speller.correct(s));
    if (correction) {
      known++;
      corrections.set(i, correction);
      return lexicon.canonical(correction.word);
    }
    if (!lexicon.stopWords.has(raw)) {
      unknown.push(raw);
      if (/^\p{L}{3,}$/u.test(raw) || typedInCapitals(text, raw)) unknownAt.add(i);
    }
    return raw;
  });

  const careers: string[] = [];
  const doubtfulCareers: string[] = [];
  const terms: string[] = [];
  const backgrounds: Background[] = [];
  const occupations: string[] = [];
  const backgroundJobs: string[] = [];
  const besideJobs: string[] = [];
  // Names of things claim their words first: "web" in "web developer" is not a topic word,
  // and "it" in "coming from IT" does not point back to the previous answer.
  const claimed: boolean[] = words.map(() => false);
  let namesPlace = false;
  const careerStarts = new Set<number>();
  const speaksOfThemselves = lexicon.selfReference.valuesIn(words).size > 0;
  for (const match of lexicon.entities.match(words, claimed)) {
    const isBackground = match.values.some((entity) => entity.kind === "background");
    // A name that is both a background and a career is one of the two: the asker's own job when they speak of themselves.
    const skip = isBackground && match.values.some((entity) => entity.kind === "career") ? (speaksOfThemselves ? "career" : "background") : undefined;
    if (skip !== "career" && match.values.some((entity) => entity.kind === "career")) careerStarts.add(match.start);
    const doubtful = range(match.start, match.end).some((i) => (corrections.get(i)?.score ?? 0) > DOUBTFUL_CORRECTION);
    for (const entity of match.values) {
      if (entity.kind === skip) continue;
      if (entity.kind === "occupation" && isBackground) pushOnce(backgroundJobs, entity.name);
      else addEntity(entity, doubtful);
    }
    // "Radiology techs": a background named by a job title is a job too, named back as typed when no occupation names it.
    const titled = lexicon.jobTitles.has(words[match.end - 1]!) && !match.values.some((entity) => entity.kind === "occupation");
    if (isBackground && skip !== "background" && titled) pushOnce(backgroundJobs, rawWords.slice(match.start, match.end).join(" "));
    const job = match.values.some((entity) => entity.kind === "occupation") || (isBackground && titled);
    if (job && lexicon.beside.has(words[match.start - 1] ?? "")) pushOnce(besideJobs, rawWords.slice(match.start, match.end).join(" "));
  }

  function addEntity(entity: Entity, doubtful: boolean): void {
    if (entity.kind === "place") namesPlace = true;
    else if (entity.kind === "career") pushOnce(doubtful ? doubtfulCareers : careers, entity.id);
    else if (entity.kind === "term") pushOnce(terms, entity.id);
    else if (entity.kind === "background") pushOnce(backgrounds, entity.id);
    else if (entity.kind === "occupation") pushOnce(occupations, entity.name);
  }

  // A pay group named in several words ("no management duties") is not also a topic word.
  const scopeMatches = lexicon.scopes.match(words, [...claimed]);
  const topicMask = [...claimed];
  for (const { start, end } of scopeMatches) if (end - start > 1) topicMask.fill(true, start, end);
  // So is a stage of a career ("right out of school"): it asks for pay or a way in at that stage, not about schooling.
  const conditionMatches = lexicon.conditions.match(words, [...claimed]);
  for (const { start, end, values } of conditionMatches) if (values.includes("experience")) topicMask.fill(true, start, end);
  const topicMatches = lexicon.topics.match(words, [...topicMask]);
  const topics = topicMatches.flatMap((m) => m.values);
  const weakMatches = lexicon.weakTopics.match(words, [...topicMask]);
  // "How much do they make and how fast is it growing": a weak topic word asks its own question in a
  // part of the message that asks nothing else.
  const clause = clausesOf(words);
  for (const weak of weakMatches) if (topics.length && !topicMatches.some((m) => clause[m.start] === clause[weak.start])) topics.push(...weak.values);
  // Certifications and employers are the things people ask about by name.
  const nameableAt: boolean[] = words.map(() => false);
  for (const m of topicMatches) if (m.values.some((t) => t === "certifications" || t === "workplaces")) nameableAt.fill(true, m.start, m.end);
  if (namesPlace || asksWhereTheyWork(words)) topics.push("workplaces");
  // Cue words inside a name ("data" in "data entry clerk") are part of the name; only talk about
  // oneself may overlap one ("coming from IT" is both a background and the asker speaking of themselves).
  const cues = lexicon.cues.valuesIn(words, claimed);
  if (speaksOfThemselves) cues.add("selfReference");
  // "How many web developers are there": the name sits inside the question's shape.
  if (lexicon.unanswerable.valuesIn(claimed.includes(true) ? words.filter((_, i) => !claimed[i]) : words).size) cues.add("beyondSources");
  // A pay group ("executive managers") or a corrected word ("manage") is not part of a career's name.
  const notName = [...claimed];
  for (const i of corrections.keys()) notName[i] = true;
  for (const { start, end } of scopeMatches) notName.fill(true, start, end);
  const named = shortNames(words, notName, lexicon);
  const inShortName: boolean[] = words.map(() => false);
  for (const { start, end } of named) inShortName.fill(true, start, end);
  const runs = subjectRuns(words, unknownAt, lexicon);
  const pickedAt = words.map((word, i) => !claimed[i] && lexicon.pickByWord.has(words[i + 1] ?? "") && lexicon.careersByWord.has(word));
  const typed = (start: number, end: number) => asTyped(text, rawWords.slice(start, end));
  return {
    words,
    careers,
    doubtfulCareers: doubtfulCareers.filter((id) => !careers.includes(id)),
    terms,
    backgrounds,
    otherJobs: unique([...occupations, ...runs.map(([start, end]) => rawWords.slice(start, end).join(" "))]),
    backgroundJobs,
    besideJobs,
    unmentioned: namedThings(text, rawWords, unknownAt, nameableAt, lexicon).map(([start, end]) => typed(start, end)),
    pickedByWord: unique(words.flatMap((word, i) => (pickedAt[i] ? lexicon.careersByWord.get(word)! : []))),
    shortNamed: named.map((n) => n.careers),
    corrections: [...corrections].map(([i, c]) => ({ from: rawWords[i]!, to: c.word })),
    topics: unique(topics),
    claims: unique(lexicon.contradicted.match(words).flatMap((m) => m.values)),
    amounts: amountsIn(rawWords),
    percents: percentsIn(rawWords),
    weakTopics: unique(weakMatches.flatMap((m) => m.values)),
    scopes: unique(scopeMatches.flatMap((m) => m.values)),
    levels: unique(scopeMatches.flatMap((m) => m.values.filter((scope) => lexicon.levels.has(scope)))),
    cues,
    conditions: conditionsIn(words, claimed, places, conditionMatches, typed),
    notCovered: lexicon.notCovered.match(words).flatMap((m) => m.values.map((entry) => ({ ...entry, asked: typed(m.start, m.end) }))),
    unknown,
    // Checked as typed: a correction may turn a verb into a title ("manage" into "manager").
    unknownJobs: words.filter((word, i) => !topicMask[i] && !notName[i] && !pickedAt[i] && !inShortName[i] && !corrections.has(i) && lexicon.jobTitles.has(word)),
    asksWhatTheyDo: asksWhatTheyDo(words, lexicon.manner),
    asksWhatItIs: definesName(words, careerStarts),
    planAnswers: unique(lexicon.planAnswers.match(words).flatMap((m) => m.values)),
    ...positionIn(words, lexicon.ordinals, cues.has("lastOne")),
    ...languageOf(text, rawWords.length, known),
  };
}

function languageOf(text: string, words: number, known: number): { language?: string } {
  const language = otherLanguage(text, words, known);
  return language ? { language } : {};
}

/** Words after which a name is a place: "in Ohio", "near me in arizona", "from Philippines". */
const BEFORE_PLACE = new Set(["in", "near", "from", "around", "across", "outside", "within", "to", "for"]);

/**
 * Places the gazetteer knows. Many places are also words ("Down", "Mobile", "Reading"), so a name counts
 * as a place after a word of place or written with a capital inside a sentence; one followed by a
 * capitalised word is part of a longer name ("Mayo Clinic", "Texas Health Resources"): an employer.
 */
function placesIn(text: string, rawWords: readonly string[], lexicon: Lexicon): PhraseMatch<Place>[] {
  const matches = lexicon.places.match(rawWords);
  if (!matches.length) return matches;
  const cased = joinContractions(respell(toWords(text, { keepCase: true }), lexicon.spellings), lexicon.contractions);
  const capitalised = (i: number) => !shouted(text) && cased.length === rawWords.length && i < cased.length && /^\p{Lu}/u.test(cased[i]!) && !lexicon.stopWords.has(rawWords[i]!);
  return matches.filter((m) => !capitalised(m.end) && (BEFORE_PLACE.has(rawWords[m.start - 1] ?? "") || (m.start > 0 && capitalised(m.start))));
}

/** "The VA": two letters are a name only when typed in capitals, in a message that is not all capitals. */
function typedInCapitals(text: string, word: string): boolean {
  return /^\p{L}{2}$/u.test(word) && !shouted(text) && new RegExp(`(^|[^\\p{L}])${word.toUpperCase()}([^\\p{L}]|$)`, "u").test(text);
}

/** A message in capitals throughout: its capitals say nothing about names. */
function shouted(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/** Which part of a message each word is in, parts being joined by "and". */
function clausesOf(words: readonly string[]): number[] {
  let part = 0;
  return words.map((word) => (word === "and" ? ++part : part));
}

/**
 * "What does a web dev do", also as one of several questions ("what do they do and what do they earn") or
 * with words of manner after it ("in plain terms"); a closing "do" with no "what" before it stands for
 * another verb ("a license like radiology techs do").
 */
function asksWhatTheyDo(words: readonly string[], manner: ReadonlySet<string>): boolean {
  const closes = (i: number) => {
    const next = words.indexOf("and", i + 1);
    const rest = words.slice(i + 1, next < 0 ? undefined : next).join(" ");
    return rest === "" || manner.has(rest);
  };
  return words.some((word, i) => i > 0 && (word === "do" || word === "does") && closes(i) && words.slice(0, i).includes("what"));
}

function definesName(words: readonly string[], nameStarts: ReadonlySet<number>): boolean {
  return [...nameStarts].some((start) => {
    const before = words.slice(Math.max(0, start - 3), start).join(" ");
    return /\bwhat (is|are)( an?)?$/.test(before);
  });
}

function positionIn(words: readonly string[], ordinals: readonly string[], last: boolean): { ordinal?: number } {
  const digit = words.length === 1 && /^[1-9]$/.test(words[0]!) ? Number(words[0]) : 0;
  // "The second one", "and the first?", or a short answer ("second"): "my first year" picks nothing.
  const named = ordinals.findIndex((word) => words.some((w, i) => w === word && (words.length <= 3 || words[i - 1] === "the"))) + 1;
  const ordinal = digit || named || (last ? -1 : 0);
  return ordinal ? { ordinal } : {};
}

function firstDefined<T, R>(items: readonly T[], map: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const result = map(item);
    if (result !== undefined) return result;
  }
  return undefined;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

function pushOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** "Where do web devs work?": the career sits between the two words, so no phrase can hold it. */
function asksWhereTheyWork(words: readonly string[]): boolean {
  return words.includes("where") && words.some((w) => w === "work" || w === "working" || w === "employed" || w === "based");
}

/** The words as the asker typed them, capitals included, when they can be found in the text. */
function asTyped(text: string, words: readonly string[]): string {
  const pattern = words.map(literal).join("[^\\p{L}\\p{N}]+");
  return new RegExp(pattern, "iu").exec(text)?.[0] ?? words.join(" ");
}

/**
 * Runs of unknown words that name a thing: capitalised where a sentence does not start ("Globex", "Acme
 * Works"), or right beside a topic word ("initech employ"). A run is extended over capitalised
 * known words after it, so "Acme Works" stays whole.
 */
function namedThings(text: string, rawWords: readonly string[], unknownAt: ReadonlySet<number>, topicAt: readonly boolean[], lexicon: Lexicon): [number, number][] {
  if (!unknownAt.size) return [];
  const cased = joinContractions(respell(toWords(text, { keepCase: true }), lexicon.spellings), lexicon.contractions);
  const capitalised = (i: number) => !shouted(text) && cased.length === rawWords.length && i > 0 && /^\p{Lu}/u.test(cased[i]!) && !lexicon.stopWords.has(rawWords[i]!);
  const things: [number, number][] = [];
  for (let start = 0; start < rawWords.length; start++) {
    if (!unknownAt.has(start)) continue;
    let end = start;
    while (unknownAt.has(end)) end++;
    const byTopic = topicAt[end] === true || topicAt[start - 1] === true;
    const named = range(start, end).some(capitalised);
    while (end < rawWords.length && capitalised(end) && !unknownAt.has(end)) end++;
    if (named || byTopic) things.push([start, end]);
    start = end;
  }
  return things;
}

/** "40%" and "40 percent" → 40. */
function percentsIn(words: readonly string[]): number[] {
  return words.flatMap((word, i) => {
    const match = /^(\d+)%$/.exec(word) ?? (/^\d+$/.test(word) && words[i + 1] === "percent" ? [word, word] : null);
    return match ? [Number(match[1])] : [];
  });
}

/** "200k" → 200000, "$500000" → 500000, "$62" → 62; small numbers without a dollar are years, counts or percentages, not pay. */
function amountsIn(words: readonly string[]): number[] {
  return words.flatMap((word) => {
    const match = /^\$?(\d+(?:\.\d+)?)(k?)$/.exec(word);
    if (!match) return [];
    const amount = Number(match[1]) * (match[2] ? 1000 : 1);
    return amount >= 10_000 || word.startsWith("$") ? [amount] : [];
  });
}
