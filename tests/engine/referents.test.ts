import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { amountOf } from "../../src/compose/money.js";
import { BOTH_PACKS } from "../helpers.js";

describe.each(BOTH_PACKS)("what a reply holds, by type, on the $pack pack", ({ dir }) => {
  const knowledge = loadKnowledge(dir);
  const engine = createEngine(knowledge);
  const [earner, other] = [...knowledge.careers.values()].filter((c) => c.pay.length);

  it("a pay answer keeps its figures by id, then its career and its sources", () => {
    const { state } = engine.respond(`how much do ${earner!.plural} make?`, undefined);
    const referents = state!.referents!;
    const given = earner!.pay.flatMap((f, i) => (referents.some((r) => r.kind === "figure" && r.id === `${earner!.id}#${i}`) ? [f] : []));
    expect(given.length).toBeGreaterThan(0);
    expect(referents[0]!.kind).toBe("figure");
    expect(referents).toContainEqual({ kind: "career", id: earner!.id });
    expect(referents.some((r) => r.kind === "source" && knowledge.sources.has(r.id))).toBe(true);
    expect(given.every((f) => !amountOf(f).includes("undefined"))).toBe(true);
  });

  it("\"that figure\" resolves to the figure just given, and its sources are the figure's career's", () => {
    const first = engine.respond(`how much do ${earner!.plural} make?`, undefined);
    const explained = engine.explain("is that figure reliable?", first.state);
    expect(explained.referent?.kind).toBe("figure");
    expect(explained.referent?.id.startsWith(`${earner!.id}#`)).toBe(true);
    expect(explained.reply.text).toContain(earner!.plural);
  });

  it("a reply that holds nothing (thanks) keeps the last reply's referents", () => {
    const first = engine.respond(`how much do ${earner!.plural} make?`, undefined);
    const thanks = engine.respond("thanks!", first.state);
    expect(thanks.state?.referents).toEqual(first.state!.referents);
  });

  it("a figure of another career, given later, is the one 'that number' means", () => {
    if (!other) return;
    let { state } = engine.respond(`how much do ${earner!.plural} make?`, undefined);
    ({ state } = engine.respond(`and ${other.plural}?`, state));
    expect(engine.explain("where is that number from?", state).referent?.id.startsWith(`${other.id}#`)).toBe(true);
  });
});
