import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { amountOf } from "../../src/compose/money.js";
import { BOTH_PACKS } from "../helpers.js";

describe.each(BOTH_PACKS)("the main ask of a question that also names a source, on the $pack pack", ({ dir }) => {
  const knowledge = loadKnowledge(dir);
  const engine = createEngine(knowledge);
  const survey = [...knowledge.sources.values()].find((s) => s.kind === "survey")!;
  // A level of seniority names its career by itself ("staff"); a setting is asked as "<career> in <setting>".
  const grouped = (scope: string) => [...knowledge.careers.values()].flatMap((c) => c.pay.filter((f) => f.scope === scope && f.matches.length).map((figure) => ({ career: c, figure })));
  const { career, figure } = (grouped("level")[0] ?? grouped("setting")[0])!;
  const group = figure.scope === "level" ? `${figure.matches[0]} in ${career.name}` : `${career.plural} in ${figure.matches[0]}`;
  const short = survey.short ?? survey.title;

  it("a pay group's pay asked \"per the survey\" gets the group's figure, not facts about the survey", () => {
    const { reply } = engine.respond(`what do ${group} make per the ${short}${/survey/i.test(short) ? "" : " survey"}?`, undefined);
    expect(reply.kind).toBe("answer");
    expect(reply.kind === "answer" && reply.careerIds).toEqual([career.id]);
    expect(reply.text).toContain(amountOf(figure));
  });
});
