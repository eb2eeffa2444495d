import { describe, expect, it } from "vitest";
import { createEngine, type ConversationState } from "../../src/index.js";
import { loadKnowledge } from "../../src/authoring.js";
import { BOTH_PACKS, SHIPPED } from "../helpers.js";

describe.each(BOTH_PACKS)("references to what a reply offered, on the $pack pack", ({ dir }) => {
  const knowledge = loadKnowledge(dir);
  const engine = createEngine(knowledge);
  const conversation = (...questions: string[]) => {
    let state: ConversationState | undefined;
    return questions.map((q) => {
      const explained = engine.explain(q, state);
      state = explained.next;
      return explained;
    });
  };
  const withRelated = [...knowledge.careers.values()].find((c) => c.related.length > 1)!;
  const careerIds = (reply: { kind: string }) => ("careerIds" in reply ? reply.careerIds : []);

  it("ordinals pick from a list of related careers in its order, and the list stays while the conversation works through it", () => {
    const [list, first, second, last] = conversation(`what careers are related to ${withRelated.plural}?`, "what does the first one do", "and the second?", "and the last one?");
    expect(list!.next?.offered).toEqual(withRelated.related.map((id) => ({ kind: "career", id })));
    expect(first!.referent).toEqual({ kind: "career", id: withRelated.related[0] });
    expect(careerIds(first!.reply)).toEqual([withRelated.related[0]]);
    expect(careerIds(second!.reply)).toEqual([withRelated.related[1]]);
    expect(careerIds(last!.reply)).toEqual([withRelated.related.at(-1)]);
  });

  it("'somewhere in between' two pay groups asks for the groups the career lists between them", () => {
    const career = [...knowledge.careers.values()].find((c) => c.pay.filter((f) => f.scope === "level" && f.matches.length).length > 2);
    if (!career) return;
    const levels = career.pay.flatMap((f, figure) => (f.scope === "level" && f.matches.length ? [{ f, figure }] : []));
    const [low, middle, high] = [levels[0]!, levels[1]!, levels.at(-1)!];
    const [, , between] = conversation(`what do ${low.f.matches[0]} ${career.plural} make?`, `vs ${high.f.matches[0]}?`, "and somewhere in between?");
    expect(between!.decision).toMatchObject({ kind: "answer", topics: ["pay"], scopes: [{ careerId: career.id, figure: middle.figure }] });
  });

  it("'where does this come from?' after a pay answer names the sources of the pay figures, whatever 'where' may ask elsewhere", () => {
    const career = [...knowledge.careers.values()].find((c) => c.pay.length)!;
    const [, from] = conversation(`what do ${career.plural} earn?`, "where does this come from?");
    expect(from!.decision).toMatchObject({ kind: "sources", careers: [career.id], topic: "pay" });
    for (const id of new Set(career.pay.flatMap((f) => f.sources))) expect(from!.reply.sources.map((s) => s.id)).toContain(id);
  });

  it("questions about the last reply itself get the year of its figures, and whether anything is newer", () => {
    const career = [...knowledge.careers.values()].find((c) => c.pay.length)!;
    const years = [...new Set(career.pay.map((f) => f.year))].sort();
    const [, year, newer] = conversation(`what do ${career.plural} earn?`, "is that number from this year?", "is there a more recent number?");
    expect(year!.reply.text).toContain(`The figures describe ${years.join(" and ")}.`);
    expect(newer!.reply.text).toMatch(new RegExp(`^My sources don't have anything newer than ${years.at(-1)}\\.`));
  });

  it("a figure quoted back is found by its amount, with the year it describes", () => {
    const career = [...knowledge.careers.values()].find((c) => c.pay.some((f) => f.amount >= 10_000))!;
    const figure = career.pay.find((f) => f.amount >= 10_000)!;
    const [quoted] = conversation(`so how current is the $${figure.amount.toLocaleString("en-US")}?`);
    expect(quoted!.reply.text).toContain(career.plural);
    expect(quoted!.reply.text).toContain(figure.year);
  });

  it("an ordinal that is not a reference (\"my first year\") picks nothing", () => {
    const [, question] = conversation(`what careers are related to ${withRelated.plural}?`, "what would i make in my first year?");
    expect(question!.referent).toBeUndefined();
  });

  it("a reply about something not on the list drops it", () => {
    const [, away, back] = conversation(`what careers are related to ${withRelated.plural}?`, `what do ${withRelated.plural} earn?`, "and the second one?");
    expect(away!.next?.offered).toBeUndefined();
    expect(back!.referent).toBeUndefined();
  });
});

it("a list of terms named together is offered, and \"the last\" explains its last term only", () => {
  const knowledge = loadKnowledge(SHIPPED);
  const engine = createEngine(knowledge);
  const list = engine.explain("what certifications help healthcare IT professionals?", undefined);
  const offered = list.next!.offered!;
  expect(offered.length).toBeGreaterThan(1);
  expect(offered.every((r) => r.kind === "term")).toBe(true);
  const [firstTerm, lastTerm] = [offered[0]!, offered.at(-1)!].map((r) => knowledge.glossary.find((t) => t.id === r.id)!);
  const last = engine.explain("and the last?", list.next);
  expect(last.referent).toEqual(offered.at(-1));
  expect(last.reply.text).toContain(lastTerm!.expansion);
  expect(last.reply.text).not.toContain(firstTerm!.expansion);
  // "The first one" with "stand for" expands that one only, and the list stays for the next reference.
  const first = engine.explain("whats the first one stand for", list.next);
  expect(first.reply.text).toContain(firstTerm!.expansion);
  expect(first.reply.text).not.toContain(lastTerm!.expansion);
  expect(first.next!.offered).toEqual(offered);
});

it("a job set beside the career in the conversation ('like radiology techs do') is said to be not covered, and the question answered of the career", () => {
  const engine = createEngine(loadKnowledge(SHIPPED));
  for (const job of ["radiology techs", "pharmacists"]) {
    const before = engine.respond("how much do health information technicians make?", undefined).state;
    const beside = engine.explain(`do they need a license like ${job} do?`, before);
    expect(beside.decision).toMatchObject({ kind: "answer", careers: ["health-information-technician"], topics: ["certifications"], otherJobs: [job] });
    expect(beside.reply.text).toMatch(new RegExp(`^My sources don't mention ${job}\\.`));
  }
});
