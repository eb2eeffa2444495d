import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, type ConversationState } from "../../src/index.js";
import { shippedKnowledge } from "../helpers.js";

const knowledge = shippedKnowledge();
const engine = createEngine(knowledge);
const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join(" ");
const careerNames = new Set([...knowledge.careers.values()].flatMap((c) => [c.name, c.plural, ...c.aliases]).map(words));
const titles = knowledge.vocabulary.occupations.filter((title) => !careerNames.has(words(title)));
const paid = [...knowledge.careers.values()].filter((c) => c.pay.length);

const plural = (title: string) => (/[^aeiou]y$/.test(title) ? `${title.slice(0, -1)}ies` : /(s|ch|sh|x)$/.test(title) ? `${title}es` : `${title}s`);
const article = (title: string) => (/^[aeiou]/.test(title) ? `an ${title}` : `a ${title}`);

// A dozen ways of asking about a job's pay or prospects, from a full question to a two-word follow-up.
const SHAPES: ((title: string) => string)[] = [
  (t) => `what does ${article(t)} earn`,
  (t) => `${t} salary`,
  (t) => `how much do ${plural(t)} make`,
  (t) => `${t} pay??`,
  (t) => `and ${plural(t)}?`,
  (t) => `what about ${plural(t)}?`,
  (t) => `how much does ${article(t)} make a year`,
  (t) => `average ${t} wage`,
  (t) => `what's the median pay for ${plural(t)}`,
  (t) => `do ${plural(t)} earn more?`,
  (t) => `${plural(t)} in hospitals, salary?`,
  (t) => `whats the job outlook for ${plural(t)}`,
];

describe("a job the knowledge does not cover", () => {
  it("has hundreds of titles to be tested with", () => {
    expect(titles.length).toBeGreaterThan(400);
  });

  it("never gets a figure, in any question shape, after any covered career's pay answer", () => {
    fc.assert(
      fc.property(fc.constantFrom(...paid.map((c) => c.plural)), fc.constantFrom(...titles), fc.constantFrom(...SHAPES), (careers, title, shape) => {
        const before = engine.respond(`How much do ${careers} earn?`, undefined);
        expect(before.reply.text).toMatch(/\$\d/);
        const { reply } = engine.respond(shape(title), before.state);
        expect(reply.text, `${shape(title)} → ${reply.text}`).not.toMatch(/\$\d|\d%/);
        expect(reply.kind).toBe("fallback");
      }),
      { numRuns: 2_000 },
    );
  });

  it("is named in the reply", () => {
    const state: ConversationState | undefined = engine.respond("how much do health information technicians make?", undefined).state;
    expect(engine.respond("what does an actuary earn", state).reply.text).toMatch(/^I have nothing on actuaries/);
    expect(engine.respond("how much do zymurgists make", state).reply.text).toMatch(/^I have nothing on zymurgists/);
  });
});
