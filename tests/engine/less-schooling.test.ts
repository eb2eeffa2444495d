import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { BOTH_PACKS } from "../helpers.js";

describe.each(BOTH_PACKS)("a shorter way in, on the $pack pack", ({ dir }) => {
  const knowledge = loadKnowledge(dir);
  const engine = createEngine(knowledge);
  const levels = knowledge.advisor?.plan?.questions.schooling.options.map((o) => o.id) ?? [];
  const rank = (id: string) => levels.indexOf(knowledge.careers.get(id)?.plan?.schooling.level ?? "");
  const careers = [...knowledge.careers.values()].filter((c) => rank(c.id) >= 0);

  it("'is there a shorter path?' after a career gets the careers whose schooling comes earlier, else stays with the career", () => {
    for (const career of careers) {
      const shorter = careers.filter((c) => rank(c.id) < rank(career.id)).map((c) => c.id);
      const before = engine.respond(`what education do ${career.plural} need?`, undefined).state;
      const asked = engine.explain("is there a shorter path?", before);
      if (shorter.length) expect(asked.decision).toMatchObject({ kind: "answer", careers: shorter, topics: ["education"] });
      else expect(asked.rule).not.toBe("less-schooling");
    }
  });
});
