import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine, type ConversationState } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { copyOfKnowledge } from "../helpers.js";

const MANY = 100;

/** A career with a hospital pay figure, as many careers in a large folder would have. */
function careerFile(n: number): string {
  return [
    `id: ward-role-${n}`,
    `name: Ward role ${n}`,
    `plural: ward role ${n} staff`,
    `aliases: [ward role ${n}]`,
    "topics:",
    "  overview:",
    "    points:",
    `      - text: Ward role ${n} staff are made up for this test.`,
    "        sources: [hit-specialist-article]",
    "pay:",
    `  - amount: ${30_000 + n}`,
    "    measure: median",
    '    year: "2015"',
    "    scope: setting",
    "    label: hospitals",
    "    matches: [hospital, hospitals]",
    "    sources: [hit-specialist-article]",
    "",
  ].join("\n");
}

describe("conversation state", () => {
  it("stays small when a place names a pay group in very many careers, and still answers what was asked", () => {
    const dir = copyOfKnowledge();
    for (let n = 1; n <= MANY; n++) writeFileSync(join(dir, "careers", `ward-role-${n}.yaml`), careerFile(n));
    const engine = createEngine(loadKnowledge(dir));

    const first = engine.respond("how much do health information technicians make in hospitals?", undefined);
    expect(first.reply.kind).toBe("answer");
    expect(first.reply.text).toContain("$43,080");
    const state = first.state as ConversationState;
    expect(state.last.kind === "answer" && state.last.scopes.length).toBeLessThanOrEqual(64);
    expect(JSON.stringify(state).length).toBeLessThan(4_000);

    const next = engine.respond("and ward role 7 there?", state);
    expect(next.reply.kind).toBe("answer");
    expect(next.reply.text).toContain("$30,007");
  });
});
