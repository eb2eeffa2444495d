import type { Knowledge, Reply } from "../../../src/index.js";
import type { Career } from "../../../src/knowledge/schema.js";
import { amountOf } from "../../../src/compose/money.js";
import type { Turn } from "./conversations.js";

// What must hold of every reply, whatever the question's wording: judged from the knowledge, never from the engine's own reading.

/** Every figure a reply may hold for these careers: their pay, their growth, and any figure their own words or sources state. */
function figuresOf(knowledge: Knowledge, careers: readonly Career[]): Set<string> {
  const allowed = new Set<string>();
  const sources = new Set<string>();
  for (const career of careers) {
    for (const figure of career.pay) {
      allowed.add(amountOf(figure));
      figure.sources.forEach((id) => sources.add(id));
    }
    if (career.outlook) allowed.add(`${career.outlook.growthPercent}%`);
    for (const text of wordsOf(career)) for (const figure of figuresIn(text)) allowed.add(figure);
    for (const notes of Object.values(career.topics)) notes?.points.forEach((p) => p.sources.forEach((id) => sources.add(id)));
  }
  for (const id of sources) for (const note of knowledge.sources.get(id)?.notes ?? []) for (const figure of figuresIn(note.text)) allowed.add(figure);
  return allowed;
}

function wordsOf(career: Career): string[] {
  const topics = Object.values(career.topics).flatMap((notes) => [...(notes?.points ?? []), ...(notes?.why ?? [])]);
  return [...topics, ...Object.values(career.paths).flat()].map((p) => p.text);
}

export function figuresIn(text: string): string[] {
  return text.match(/[$£€]\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?%/g) ?? [];
}

const NOT_COVERED_FIRST = /^(My sources don't (cover|have|mention)|My sources have nothing|I have nothing)/;

/** The breaches of one reply to one turn, each said in a line; none when the reply is sound. */
export function breaches(knowledge: Knowledge, turn: Turn, reply: Reply, previous?: Reply): string[] {
  const found: string[] = [];
  const careers = turn.about.map((id) => knowledge.careers.get(id)!);
  const allowed = figuresOf(knowledge, careers);
  for (const figure of figuresIn(reply.text)) {
    if (!allowed.has(figure) && figure !== turn.claim?.claimed) found.push(`figure ${figure} is not one of ${turn.about.join(", ")}'s`);
  }
  if (turn.claim && reply.text.includes(turn.claim.claimed)) found.push(`repeats the claimed ${turn.claim.claimed}`);
  if (turn.condition && !NOT_COVERED_FIRST.test(reply.text)) found.push(`does not say first that ${turn.condition.words} is not covered`);
  if (!turn.condition && NOT_COVERED_FIRST.test(reply.text) && reply.kind === "answer" && turn.form !== "still-true") found.push("says something is not covered before an answer that covers the question");
  const careerIds = "careerIds" in reply ? (reply.careerIds ?? []) : [];
  if (turn.refersTo && !careerIds.includes(turn.refersTo)) found.push(`the reference to ${turn.refersTo} got ${reply.kind} about [${careerIds.join(", ")}]`);
  if (turn.topic && (reply.kind === "answer" || turn.refersTo) && "topic" in reply && reply.topic !== turn.topic && turn.form !== "where-from") {
    found.push(`answers ${reply.topic ?? "nothing"} instead of ${turn.topic}`);
  }
  if (turn.fact && !reply.text.includes(turn.fact)) found.push(`does not give ${turn.fact}, the figure it points at`);
  if (turn.claim) {
    if (turn.form === "claim" && !/^No\b/.test(reply.text)) found.push("a contradicted claim does not get \"No\" first");
    if (!reply.text.includes(turn.claim.truth)) found.push(`does not give the true ${turn.claim.truth}`);
  }
  if (turn.form === "where-from" && !(reply.sources.length > 0)) found.push("a question about the sources cites none");
  if (turn.pointsAt) found.push(...pointingBreaches(knowledge, turn.pointsAt, reply, previous));
  return found;
}

/** A reply to "that source" or "the first certification" names and cites the thing pointed at. */
function pointingBreaches(knowledge: Knowledge, pointsAt: NonNullable<Turn["pointsAt"]>, reply: Reply, previous: Reply | undefined): string[] {
  const cites = (ids: readonly string[]) => ids.every((id) => reply.sources.some((s) => s.id === id));
  if (pointsAt.kind === "term") {
    const term = knowledge.glossary.find((t) => t.id === pointsAt.id)!;
    return reply.text.includes(term.term) && cites(term.meaning.sources) ? [] : [`does not name and cite ${term.term}, the certification pointed at`];
  }
  const cited = previous?.sources.map((s) => s.id) ?? [];
  const named = cited.filter((id) => cites([id]) && reply.text.includes(knowledge.sources.get(id)!.title));
  return !cited.length || named.length ? [] : [`does not name and cite one of [${cited.join(", ")}], the sources pointed at`];
}
