import type { ConversationState, Referent } from "../state.js";
import type { Intent } from "./intent.js";

/**
 * The state after a reply, with the list it offered: the careers of a question back or of a list of
 * related careers, else the terms it listed together. A reply that offers no list keeps
 * the last one while it is about something on it ("the first one", then "and the second?").
 */
export function withOffered(intent: Intent, next: ConversationState, listedTerms: readonly string[], previous: ConversationState | undefined): ConversationState {
  const offered = offeredBy(next, listedTerms) ?? (previous?.offered && aboutOneOf(intent, previous.offered) ? previous.offered : undefined);
  return offered ? { ...next, offered } : next;
}

function offeredBy(next: ConversationState, listedTerms: readonly string[]): Referent[] | undefined {
  const careers = (ids: readonly string[]) => ids.map((id): Referent => ({ kind: "career", id }));
  if (next.last.kind === "which-career") return careers(next.last.options);
  if (next.last.kind === "answer" && next.last.together && next.topic === "related") return careers(next.careers);
  if (listedTerms.length) return listedTerms.map((id): Referent => ({ kind: "term", id }));
  return undefined;
}

function aboutOneOf(intent: Intent, offered: readonly Referent[]): boolean {
  const ids = intent.kind === "glossary" ? intent.terms : "careers" in intent ? intent.careers : [];
  return ids.length > 0 && ids.every((id) => offered.some((r) => r.id === id));
}
