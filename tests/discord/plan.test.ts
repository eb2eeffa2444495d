import { describe, expect, it } from "vitest";
import { questionFromCustomId } from "../../adapters/discord/buttons.js";
import { renderReply } from "../../adapters/discord/render.js";
import { createEngine } from "../../src/index.js";
import { shippedKnowledge } from "../helpers.js";

describe("a guided plan on Discord", () => {
  it("offers each question's options as buttons, and a pressed button answers the question", () => {
    const engine = createEngine(shippedKnowledge());
    const first = engine.respond("plan", undefined);
    const [message] = renderReply(first.reply);
    const buttons = (message!.components![0] as { components: { label: string; custom_id: string }[] }).components;
    expect(buttons.map((b) => b.label)).toEqual(shippedKnowledge().advisor!.plan!.questions.background.options.map((o) => o.label));
    const pressed = questionFromCustomId(buttons[0]!.custom_id)!;
    expect(engine.respond(pressed, first.state).reply.text).toBe(shippedKnowledge().advisor!.plan!.questions.schooling.ask);
  });
});
