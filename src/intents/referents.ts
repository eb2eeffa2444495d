import { amountOf } from "../compose/money.js";
import type { Knowledge } from "../knowledge/load.js";
import type { ConversationState, Referent } from "../state.js";
import type { Reply } from "../types.js";

// What a reply put in front of the asker, by type, so "that figure", "that source" or "that route" can be
// found again: read off the reply and the knowledge, never off the wording of the question.

/** Referents one reply keeps, at most: a long list answer is not worth more memory than its first items. */
const MAX_REFERENTS = 12;

/** The careers, figures, ways in, terms and sources a reply holds, in the order a follow-up most likely means them. */
export function referentsOf(knowledge: Knowledge, reply: Reply, terms: readonly string[]): Referent[] {
  // A question back may list every career of a large field; only the first few can be meant next.
  const careerIds = ("careerIds" in reply ? (reply.careerIds ?? []) : []).slice(0, MAX_REFERENTS);
  const careers = careerIds.flatMap((id) => knowledge.careers.get(id) ?? []);
  const figures = careers.flatMap((career) =>
    career.pay.flatMap((figure, index): Referent[] => (reply.text.includes(amountOf(figure)) ? [{ kind: "figure", id: `${career.id}#${index}` }] : [])),
  );
  const topic = "topic" in reply ? reply.topic : undefined;
  const routes = topic === "education" || topic === "paths" ? careers.map((c): Referent => ({ kind: "route", id: c.id, by: "education" })) : [];
  const found: Referent[] = [
    ...figures,
    ...routes,
    ...careers.map((c): Referent => ({ kind: "career", id: c.id })),
    ...terms.map((id): Referent => ({ kind: "term", id })),
    ...reply.sources.filter((s) => knowledge.sources.has(s.id)).map((s): Referent => ({ kind: "source", id: s.id })),
  ];
  return found.slice(0, MAX_REFERENTS);
}

/** The state after a reply, holding its referents, or the last reply's when it held none (a "thanks" forgets nothing). */
export function withReferents(next: ConversationState, referents: readonly Referent[], previous: ConversationState | undefined): ConversationState {
  const kept = referents.length ? [...referents] : previous?.referents;
  return kept?.length ? { ...next, referents: kept } : next;
}
