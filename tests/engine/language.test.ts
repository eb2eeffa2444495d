import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";
import { loadEvaluationSet, loadKnowledge } from "../../src/authoring.js";
import { SHIPPED } from "../helpers.js";

const EVALUATION = fileURLToPath(new URL("../evaluation/", import.meta.url));
const TRADES = fileURLToPath(new URL("../packs/trades", import.meta.url));

const packs = [
  { name: "healthcare IT", dir: SHIPPED, sets: readdirSync(EVALUATION).filter((f) => /^(?!known).*\.yaml$/.test(f)).map((f) => `${EVALUATION}${f}`) },
  { name: "trades", dir: TRADES, sets: [`${TRADES}/evaluation.yaml`] },
];

const OTHER_LANGUAGES = [
  "¿Cuánto gana un administrador de bases de datos?",
  "Combien gagne un technicien en informatique de santé ?",
  "Wie viel verdient man als Datenbankadministrator in Deutschland?",
  "Quanto ganha um técnico de informática em saúde?",
  "Magkano ang sahod ng isang nars sa ospital ngayon?",
];

describe.each(packs)("messages in another language, on the $name pack", ({ dir, sets }) => {
  const engine = createEngine(loadKnowledge(dir));

  it.each(OTHER_LANGUAGES)("%s gets a short reply, in English, that the advisor answers in English", (text) => {
    const { reply, state } = engine.respond(text, undefined);
    expect(reply.kind).toBe("fallback");
    expect(reply.text).toMatch(/in English/);
    expect(reply.text.length).toBeLessThan(200);
    expect(state).toBeUndefined();
  });

  it("keeps the conversation as it was", () => {
    const before = engine.respond("what do they earn in the first one", undefined).state;
    expect(engine.respond(OTHER_LANGUAGES[0]!, before).state).toEqual(before);
  });

  it("never reads a question of the evaluation sets, chat English and typos included, as another language", () => {
    const misread = sets
      .flatMap((file) => loadEvaluationSet(file).conversations.flatMap((c) => c.turns.map((t) => t.ask)))
      .filter((ask) => engine.explain(ask, undefined).understanding.language !== undefined);
    expect(misread).toEqual([]);
  });
});
