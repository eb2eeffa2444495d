import { describe, expect, it } from "vitest";
import { renderReply } from "../../adapters/slack/render.js";
import { createEngine } from "../../src/index.js";
import { shippedKnowledge } from "../helpers.js";

describe("a guided plan on Slack", () => {
  it("offers each question's options as Block Kit buttons whose value answers the question", () => {
    const engine = createEngine(shippedKnowledge());
    const plan = shippedKnowledge().advisor!.plan!;
    const first = engine.respond("help me plan", undefined);
    const { blocks } = renderReply(first.reply, { followUps: true });
    const actions = blocks!.find((b) => b.type === "actions") as { elements: { text: { text: string }; value: string }[] };
    expect(actions.elements.map((e) => e.text.text)).toEqual(plan.questions.background.options.map((o) => o.label));
    expect(engine.respond(actions.elements[1]!.value, first.state).state?.plan).toEqual({ background: "it" });
  });
});
