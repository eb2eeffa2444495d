import type { Rule } from "./intent-module.js";

/**
 * "Isn't sure about 4 years of college; is there a shorter path?": the careers whose schooling comes
 * before that of the career in question, in the guided plan's order of schooling levels (least first).
 * Left to the other rules when the knowledge has no such order, or no career asks for less.
 */
export const lessSchooling: Rule = {
  name: "less-schooling",
  decide({ u, remembered, knowledge, comparing }) {
    // The career in question is the one named, else the conversation's: a way in the words describe ("a shorter route") is the answer, not the question.
    const asked = u.careers.length ? u.careers : remembered.slice(0, 1);
    if (!u.cues.has("lessSchooling") || comparing || asked.length !== 1) return undefined;
    const levels = knowledge.advisor?.plan?.questions.schooling.options.map((o) => o.id) ?? [];
    const rank = (id: string) => levels.indexOf(knowledge.careers.get(id)?.plan?.schooling.level ?? "");
    const from = rank(asked[0]!);
    const shorter = [...knowledge.careers.keys()].filter((id) => rank(id) >= 0 && rank(id) < from);
    return from > 0 && shorter.length ? { kind: "answer", careers: shorter, topics: ["education"], scopes: [], why: false } : undefined;
  },
};
