import { createEngine, knowledgeDir, type ConversationState, type Explanation } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";

/** Replays the conversation lines, then shows how the question was read and which rule decided the reply. */
export async function runExplain(question: string, options: { conversation: string[]; knowledge?: string }): Promise<void> {
  const engine = createEngine(loadKnowledge(knowledgeDir(options.knowledge)));
  let state: ConversationState | undefined;
  for (const line of options.conversation) state = engine.respond(line, state).state;
  process.stdout.write(formatExplanation(question, engine.explain(question, state)));
}

export function formatExplanation(question: string, { understanding: u, referent, rule, decision, state, reply }: Explanation): string {
  const list = (items: readonly unknown[]) => (items.length ? items.map((i) => (typeof i === "string" ? i : JSON.stringify(i))).join(", ") : "-");
  const rows: [string, string][] = [
    ["question", question],
    ["words", u.words.join(" ") || "-"],
    ["corrections", list(u.corrections.map((c) => `${c.from} → ${c.to}`))],
    ["careers", list(u.careers)],
    ["doubtful careers", list(u.doubtfulCareers)],
    ["topics", list(u.topics)],
    ["weak topics", list(u.weakTopics)],
    ["pay groups", list(u.scopes.map((s) => `${s.careerId} #${s.figure}`))],
    ["acronyms", list(u.terms)],
    ["backgrounds", list(u.backgrounds)],
    ["cues", list([...u.cues])],
    ["plan answers", list(u.planAnswers.map((a) => `${a.question}: ${a.option}`))],
    ["short names", list(u.shortNamed.map((careers) => careers.join(" or ")))],
    ["other jobs", list(u.otherJobs)],
    ["not mentioned", list(u.unmentioned)],
    ["not covered", list(u.notCovered.map((n) => `${n.asked} → ${n.what} (${n.owner})`))],
    ["conditions", list(u.conditions.map((c) => `${c.asked} (${c.kind})`))],
    ["unknown words", list(u.unknown)],
    ["refers to", referent ? `${referent.kind} ${referent.id}${referent.kind === "route" ? ` (${referent.by})` : ""}` : "-"],
    ["context used", state ? JSON.stringify(state) : "none (a new conversation)"],
    ["rule", rule],
    ["decision", JSON.stringify(decision)],
    ["reply", `(${reply.kind}) ${reply.text.split("\n")[0]}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n") + "\n";
}
