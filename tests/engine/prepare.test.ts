import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/index.js";
import { prepareEngine } from "../../src/engine.js";
import { runInSlices } from "../../src/understand/steps.js";
import { shippedKnowledge } from "../helpers.js";

describe("building the engine in slices", () => {
  it("gives the engine that building it in one go gives", async () => {
    const knowledge = shippedKnowledge();
    const whole = createEngine(knowledge);
    const sliced = await prepareEngine(knowledge);
    for (const text of ["hi", "how much do health information technicians make?", "I'm a nurse, how do I get in?", "what does an actuary earn"]) {
      expect(sliced.respond(text, undefined)).toEqual(whole.respond(text, undefined));
    }
  });

  it("lets other work run between its slices", async () => {
    function* work() {
      for (let step = 0; step < 20; step++) {
        const until = performance.now() + 2;
        while (performance.now() < until);
        yield;
      }
      return "built";
    }
    const gaps: number[] = [];
    let last = performance.now();
    let counting = true;
    const count = () => {
      gaps.push(performance.now() - last);
      last = performance.now();
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    expect(await runInSlices(work(), 8)).toBe("built");
    counting = false;
    expect(gaps.length).toBeGreaterThan(3);
  });
});
