import { scopesBetween } from "./between.js";
import { setBeside } from "./other-career.js";
import { answerReply } from "../compose/answer-reply.js";
import type { IntentOf } from "./intent.js";
import type { Reading } from "../decide/reading.js";
import { careersWithPath, sourcesOf } from "../knowledge/coverage.js";
import type { Knowledge } from "../knowledge/load.js";
import type { PayScope } from "../state.js";
import { carried, recent, type IntentModule, type Rule } from "./intent-module.js";
import { conditionGaps } from "./conditions.js";

/** Careers one "how do I get in" answer covers when the asker named none. */
const MAX_PATH_CAREERS = 3;
/** Words in a follow-up short enough to want a short answer. */
const BRIEF_WORDS = 6;
/** What "is that a lot?" needs and no source gives. */
const OTHER_PAY = "how these figures compare with other jobs' pay";
/** A stated figure within this share of a source's figure is the same figure, rounded. */
const CLOSE_ENOUGH = 0.1;
/**
 * Pay groups a conversation keeps for a follow-up ("and DBAs there?"): every one asked, unless a place
 * names the groups of so many careers that the conversation would grow with the knowledge; then those of
 * the careers answered.
 */
const MAX_KEPT_SCOPES = 64;

/** Someone who told their background and named no career asks how to get in anywhere. */
export const backgroundPaths: Rule = {
  name: "background-paths",
  decide(reading) {
    const { subject, background, knowledge } = reading;
    if (subject.length || !background) return undefined;
    return answerIntent(reading, careersWithPath(knowledge, background).slice(0, MAX_PATH_CAREERS), ["paths"], []);
  },
};

/** Everything else that has a career: answer its topics, with any pay groups the question names. */
export const answerTopics: Rule = {
  name: "answer",
  decide(reading) {
    const { u, subject: careers, topics: readTopics, topicFromContext, state, knowledge, comparing } = reading;
    if (!careers.length) return undefined;
    const topics = [...readTopics];
    const scopes = u.scopes.filter((s) => careers.includes(s.careerId));
    // A pay group ("in schools", "executives") is a pay question, unless the conversation is about workplaces.
    if (scopes.length && !topics.includes("pay") && !topics.some((t) => t !== "workplaces") && state?.topic !== "workplaces") {
      topics.splice(0, topics.length, "pay");
    }
    // "Pay in schools": the place names the pay group, it does not ask where they work.
    if (scopes.length && topics.includes("pay") && topics.includes("workplaces")) topics.splice(topics.indexOf("workplaces"), 1);
    // "How long does that take?" after a way in: only schooling has a length in the sources. A question
    // naming what it measures ("how long is the degree?") asks for that length, which the sources give.
    const lengthOfOther = u.cues.has("duration") && u.cues.has("followUp") && !u.careers.length && topics.length === 1 && topics[0] === "education" && state?.last.kind === "answer" && state.topic !== "education";
    // "How many employers take them on?": the sources count years of schooling, pay and the survey, nothing else.
    const countOfOther = u.cues.has("count") && !u.cues.has("duration") && !u.cues.has("survey") && !topics.includes("pay");
    const notCovered = notCoveredFor(reading, careers);
    // Words nothing in the knowledge explains are admitted as "that": leftover words are never named back as a thing.
    const unexplained = !topics.length && !topicFromContext && u.unknown.length > 0 ? [] : undefined;
    // A question no source answers (a headcount, a length of time) is admitted as "that": the asker's words say what.
    const unanswerable = u.cues.has("beyondSources") || lengthOfOther || countOfOther ? [] : undefined;
    const unmatched = notCovered.length ? notCovered : (unanswerable ?? unexplained);
    // "How much is tuition?": money the sources have no figure for is no pay question, so no pay figure answers it.
    const moneyUnmet = u.conditions.some((c) => c.kind === "money" && notCovered.some((gap) => gap.asked === c.asked));
    if (moneyUnmet && !u.topics.includes("pay") && topics.includes("pay")) topics.splice(topics.indexOf("pay"), 1);
    if (!topics.length) topics.push(topicFromContext ?? "overview");
    if (topics.includes("pay") && u.cues.has("highest")) scopes.push(...highestPaid(knowledge, careers));
    // "How does that compare with …" inside one career sets the groups side by side.
    const lastScopes = state?.last.kind === "answer" ? state.last.scopes : [];
    // "How much do they make there?": the pay group just given.
    if (u.cues.has("samePlace") && !scopes.length && topics.includes("pay")) scopes.push(...lastScopes.filter((s) => careers.includes(s.careerId)));
    if (u.cues.has("between") && !scopes.length && topics.includes("pay")) scopes.push(...scopesBetween(knowledge, lastScopes));
    if (comparing && scopes.length) scopes.push(...lastScopes.filter((s) => careers.includes(s.careerId)));
    // Every pay group asked about goes along, so the answer can say when a career has no figure for it.
    const asked = [...u.scopes.filter((s) => !careers.includes(s.careerId)), ...scopes];
    // A job set against a career ("more than a teacher") is one the sources say nothing about.
    const unmentioned = [...new Set([...u.unmentioned, ...(topics.includes("pay") && u.cues.has("judgement") ? [OTHER_PAY] : [])])];
    // "A license like radiology techs do?": the job beside the career is one the sources say nothing about.
    const otherJobs = [...new Set([...(comparing ? u.otherJobs : []), ...(setBeside(reading) ? u.besideJobs : [])])];
    const contradicts =
      topics.some((t) => u.claims.includes(t)) || (topics.includes("pay") && claimsOtherFigure(reading, careers)) || (topics.includes("outlook") && claimsOtherGrowth(reading, careers));
    // "Is that a lot?" after a pay answer asks about the figures just given, not for all of them again.
    // So does a question the sources cannot answer ("how many of them are there?"): say so, then only the headline.
    const sameTopic = !u.careers.length && topics[0] === state?.topic;
    const brief = (lengthOfOther || (sameTopic && (unmatched || (!u.topics.length && u.words.length <= BRIEF_WORDS)))) && state?.last.kind === "answer";
    return {
      ...answerIntent(reading, careers, topics, uniqueScopes(asked)),
      ...(brief ? { brief } : {}),
      ...(unmatched !== undefined && !unmentioned.length && !otherJobs.length ? { unmatched } : {}),
      ...(unmentioned.length ? { unmentioned } : {}),
      ...(otherJobs.length ? { otherJobs } : {}),
      ...(contradicts ? { contradicts } : {}),
    };
  },
};

/** What the question asks for that these careers' own files, or the sources they rest on, say they leave out. */
function notCoveredFor({ u, knowledge }: Reading, careers: readonly string[]): { what: string; asked: string }[] {
  const applies = (owner: string) => careers.some((id) => id === owner || sourcesOf(knowledge, id).has(owner));
  const listed = u.notCovered.filter((entry) => applies(entry.owner)).map(({ what, asked }) => ({ what, asked }));
  // A source's own words for what it leaves out say it better than a condition's: "remote work", not "remote".
  const saidBy = (asked: string) => listed.some((entry) => entry.asked.toLowerCase().includes(asked.toLowerCase()) || asked.toLowerCase().includes(entry.asked.toLowerCase()));
  const found = [...listed, ...conditionGaps(knowledge, u.conditions.filter((c) => !saidBy(c.asked)), careers)];
  return found.filter((entry, i) => found.findIndex((other) => other.what === entry.what) === i);
}

function answerIntent({ u, background }: Reading, careers: readonly string[], topics: IntentOf<"answer">["topics"], scopes: PayScope[]): IntentOf<"answer"> {
  return { kind: "answer", careers: [...careers], topics, scopes, why: u.cues.has("why"), ...(background ? { background } : {}) };
}

/** A figure stated as fact ("they make 200k, right?") that is nowhere near any the sources give. */
function claimsOtherFigure({ u, knowledge }: Reading, careers: readonly string[]): boolean {
  if (!u.cues.has("premise") || !u.amounts.length) return false;
  const figures = careers.flatMap((id) => knowledge.careers.get(id)?.pay ?? []).map((f) => f.amount);
  return u.amounts.some((amount) => !figures.some((figure) => Math.abs(figure - amount) <= figure * CLOSE_ENOUGH));
}

/** A growth rate stated as fact ("they'll grow 40%, right?") that no career answered is projected to have. */
function claimsOtherGrowth({ u, knowledge }: Reading, careers: readonly string[]): boolean {
  if (!u.cues.has("premise") || !u.percents.length) return false;
  const rates = careers.flatMap((id) => knowledge.careers.get(id)?.outlook?.growthPercent ?? []);
  return rates.length > 0 && u.percents.some((percent) => !rates.includes(percent));
}

function highestPaid(knowledge: Knowledge, careers: readonly string[]): PayScope[] {
  return careers.flatMap((careerId) =>
    (knowledge.careers.get(careerId)?.pay ?? []).flatMap((figure, index) => (figure.highest ? [{ careerId, figure: index }] : [])),
  );
}

function uniqueScopes(scopes: readonly PayScope[]): PayScope[] {
  const seen = new Set<string>();
  return scopes.filter(({ careerId, figure }) => {
    const key = `${careerId}#${figure}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const answer: IntentModule<"answer"> = {
  compose: answerReply,
  remember(intent, previous, knowledge) {
    const scopes = intent.scopes.length <= MAX_KEPT_SCOPES ? intent.scopes : intent.scopes.filter((s) => intent.careers.includes(s.careerId));
    const state = carried(previous, { kind: "answer", together: intent.careers.length > 1, scopes });
    const background = intent.background ?? previous?.background;
    if (background) state.background = background;
    const topic = intent.topics[0]!;
    // After a list of related careers, "they" means the careers just listed.
    const related = topic === "related" && intent.careers.length === 1 ? knowledge.careers.get(intent.careers[0]!)?.related ?? [] : [];
    if (related.length) return { ...state, careers: [...related], topic, last: { kind: "answer", together: true, scopes: [] } };
    return { ...state, careers: recent(intent.careers, previous), topic };
  },
};
