import { describe, expect, it } from "vitest";
import { createEngine, type ConversationState, type Reply } from "../../../src/index.js";
import { loadKnowledge } from "../../../src/authoring.js";
import { BOTH_PACKS } from "../../helpers.js";
import { FORMS, generate } from "./conversations.js";
import { breaches } from "./invariants.js";

const CONVERSATIONS = 5_000;
const SEED = 20261206;

describe.each(BOTH_PACKS)("generated conversations on the $pack pack", ({ dir }) => {
  const knowledge = loadKnowledge(dir);
  const engine = createEngine(knowledge);
  const conversations = generate(knowledge, CONVERSATIONS, SEED);

  it("use every follow-up form", () => {
    const used = new Set(conversations.flatMap((turns) => turns.map((t) => t.form)));
    // A pack without outlooks or related lists cannot ask every form; this one must have them all.
    expect(FORMS.filter((form) => !used.has(form))).toEqual([]);
  });

  it("get replies that keep every invariant", () => {
    const failures: string[] = [];
    for (const turns of conversations) {
      let state: ConversationState | undefined;
      const said: string[] = [];
      let previous: Reply | undefined;
      for (const turn of turns) {
        const { reply, state: next } = engine.respond(turn.text, state);
        state = next;
        said.push(`> ${turn.text}\n  ${reply.text.split("\n")[0]!.slice(0, 200)}`);
        const found = breaches(knowledge, turn, reply, previous);
        previous = reply;
        if (found.length) failures.push(`[${turn.form}] ${found.join("; ")}\n${said.join("\n")}`);
      }
    }
    // Two of each form, so one form's many failures do not hide another's.
    const byForm = new Map<string, string[]>();
    for (const failure of failures) {
      const form = failure.slice(1, failure.indexOf("]"));
      byForm.set(form, [...(byForm.get(form) ?? []), failure]);
    }
    const counts = [...byForm].map(([form, list]) => `${form}: ${list.length}`).join(", ");
    const examples = [...byForm.values()].flatMap((list) => list.slice(0, 2));
    expect(failures.length, `${counts}\n\n${examples.join("\n\n")}`).toBe(0);
  });
});
